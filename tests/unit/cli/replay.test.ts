import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { encodeLink } from '../../../src/config/link';
import { Evaluator } from '../../../src/engine';
import { prepareRun } from '../../../src/run/prepare';

interface ReplayResult {
  steps: number;
  trainLoss: number;
  testLoss: number;
  problems: string[];
  weights: number[][];
  biases: number[][];
  outputs: number[][];
}

function replay(...args: string[]): ReplayResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', ...args], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ReplayResult;
}

describe('npm run replay', () => {
  it('trains a link headless and prints the exact numbers of the engine', () => {
    const config = defaultConfig();
    config.seed = 7;
    config.training.optimizer.learningRate = 0.1;
    const result = replay(`https://example.org/lab/#${encodeLink(config)}`, '--steps', '120');
    expect(result.steps).toBe(120);
    expect(result.problems).toEqual([]);

    const run = prepareRun(config);
    if (!run.ok) throw new Error(run.error);
    run.trainer.run(120);
    expect(result.weights).toEqual(run.trainer.network.weights.map((w) => Array.from(w)));
    expect(result.biases).toEqual(run.trainer.network.biases.map((b) => Array.from(b)));
    const ev = new Evaluator(run.trainer.network);
    expect(result.trainLoss).toBe(ev.evaluate(run.dataset.train, run.dataset).loss);
    expect(result.outputs).toHaveLength(run.dataset.train.count);
  });

  it('reads a config JSON file and trains to its opening step by default', () => {
    const config = defaultConfig();
    config.open.step = 30;
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    const file = join(dir, 'run.json');
    writeFileSync(file, JSON.stringify(config));
    expect(replay(file).steps).toBe(30);
  });

  it('lists what was wrong with a hostile link and still runs', () => {
    const result = replay('#v=1&lr=1e999&n=-5&ds=<script>', '--steps', '5');
    expect(result.steps).toBe(5);
    expect(result.problems.length).toBeGreaterThanOrEqual(3);
    expect(result.problems.join('\n')).toMatch(/learning rate/);
  });
});
