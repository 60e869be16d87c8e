import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers' walls are kept by `npm run lint` (eslint.config.js): each case lints one import
 * as if it were written in a file of the given layer, through ESLint's own API and the
 * project's own config.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function wallErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = value;\n`, { filePath });
  return result.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layer walls', () => {
  it.each([
    ['src/views/Fake/Fake.ts', "import { Trainer as value } from '../../engine';"],
    ['src/views/Fake/Fake.ts', "import { Trainer as value } from '../../engine/trainer';"],
    ['src/views/Fake/Fake.ts', "import { STEPS_PER_FRAME as value } from '../../worker/protocol';"],
    ['src/engine/fake.ts', "import { live as value } from '../state/live';"],
    ['src/engine/fake.ts', "import { App as value } from '../views/App/App';"],
    ['src/engine/fake.ts', "import { TrainingSession as value } from '../worker/session';"],
    ['src/engine/fake.ts', "import { buildDataset as value } from '../data';"],
    ['src/engine/fake.ts', "import { encodeLink as value } from '../config/link';"],
    ['src/core/fake.ts', "import { LIMITS as value } from '../config/limits';"],
    ['src/core/fake.ts', "import { Trainer as value } from '../engine/trainer';"],
    ['src/config/fake.ts', "import { App as value } from '../views/App/App';"],
    ['src/data/fake.ts', "import { live as value } from '../state/live';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await wallErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/views/Fake/Fake.ts', "import { Header as value } from '../../core/snapshot';"],
    ['src/views/Fake/Fake.ts', "import { useAppStore as value } from '../../state/store';"],
    ['src/views/Fake/Fake.ts', "import { LIMITS as value } from '../../config/limits';"],
    ['src/engine/fake.ts', "import { Random as value } from '../core/random';"],
    ['src/engine/fake.ts', "import type { Dataset as value } from '../data/types';"],
    ['src/core/fake.ts', "import { exp as value } from './detmath';"],
    ['src/data/fake.ts', "import { sin as value } from '../core/detmath';"],
    ['src/state/fake.ts', "import { TrainingClient as value } from '../worker/client';"],
  ])('%s may: %s', async (file, code) => {
    expect(await wallErrors(file, code)).toEqual([]);
  });
});
