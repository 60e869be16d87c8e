/**
 * The exported NumPy script against `npm run replay`: both programs run for real (the export
 * and replay commands through tsx, the script through Python) and every number they print —
 * losses, accuracies, every weight and bias, every training output — must agree to a relative
 * 1e-9. The script shares no code with the engine, so agreement checks the port: shuffling,
 * dropout masks, the fused losses, the penalties, bias handling, the schedule and the
 * live-change log.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/core/random';
import { PY_RANDOM } from '../../../src/export/numpy/pyRandom';
import { missingPython, pythonWithNumpy } from './python';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TOLERANCE = 1e-9;
const SEEDS = [0, 1, 42, 0x7fffffff, 0xffffffff];
const STREAMS = ['shuffle', 'dropout', 'data', ''];

function tsx(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Exports the link, runs the script for `steps` steps and returns [replay, script] results. */
function runBoth(python: string, link: string, steps: number): [Json, Json] {
  const dir = mkdtempSync(join(tmpdir(), 'numpy-export-'));
  const file = join(dir, 'run.py');
  writeFileSync(file, tsx('src/cli/export.ts', link, '--format', 'numpy'));
  const script = execFileSync(python, [file, '--steps', String(steps)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const replay = tsx('src/cli/replay.ts', link, '--steps', String(steps));
  return [JSON.parse(replay) as Json, JSON.parse(script) as Json];
}

/** Every place where the two results differ by more than the tolerance (or in kind). */
function differences(expected: Json, actual: Json, path = ''): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    return Math.abs(expected - actual) <= TOLERANCE * scale
      ? []
      : [`${path}: replay ${expected}, script ${actual}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return [`${path}: ${expected.length} entries in replay, ${actual.length} in the script`];
    }
    return expected.flatMap((e, k) => differences(e, actual[k], `${path}[${k}]`));
  }
  if (
    expected !== null &&
    actual !== null &&
    typeof expected === 'object' &&
    typeof actual === 'object' &&
    !Array.isArray(expected) &&
    !Array.isArray(actual)
  ) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].flatMap((k) =>
      k in expected && k in actual
        ? differences(expected[k], actual[k], `${path}.${k}`)
        : [`${path}.${k}: only in ${k in expected ? 'replay' : 'the script'}`],
    );
  }
  return expected === actual
    ? []
    : [`${path}: replay ${String(expected)}, script ${String(actual)}`];
}

const CASES: { name: string; link: string; steps: number; check: (r: Json) => void }[] = [
  {
    name: 'a tanh/SGD net with a live-change log (rate, weight, bias, picked and typed-in samples)',
    link:
      'seed=5&h=6t,4t&lr=0.05&ch=200_lr_0.02,300_w1.0.1_0.3,400_b2.1_-0.2,450_s_3.17,' +
      '600_x_0.5;-0.25;;1&v=1',
    steps: 1000,
    // 200 training samples in batches of 10; two logged steps do not advance the epoch.
    check: (r) => expect(r).toMatchObject({ steps: 1000, epoch: 49, problems: [] }),
  },
  {
    name: 'a sigmoid net with explicit weights and no biases',
    link:
      'ds=csv&test=0&csv=MC41LDAuMywwLjIsMC44LDAuNg&csvy=2&h=2s_b0,3s_b0&out=sigmoid&ob=0&lr=0.1' +
      '&batch=1&w=0.1,0.2,0.3,0.4,0.5,0.6;0.1,0.2,0.3,0.4,0.5,0.6;0.1,0.2,0.3,0.4,0.5,0.6' +
      '&b=0,0;0,0,0;0,0&v=1',
    steps: 1000,
    check: (r) =>
      expect(r).toMatchObject({
        biases: [
          [0, 0],
          [0, 0, 0],
          [0, 0],
        ],
      }),
  },
  {
    name: 'a softmax/Adam/L2 spiral',
    link: 'seed=3&ds=spiral&h=16t,16t&out=softmax&loss=cce&opt=adam&lr=0.01&reg=l2&lambda=0.001&batch=16&v=1',
    steps: 1000,
    check: (r) => expect(r).toMatchObject({ sizes: [2, 16, 16, 3] }),
  },
  {
    name: 'a dropout/Momentum/inverse-time-decay net',
    link:
      'seed=8&n=200&h=16r_d0.3,8t_d0.2&out=sigmoid&loss=bce&init=he-normal&opt=momentum&lr=0.02' +
      '&sched=inverse-time&decay=0.05&v=1',
    steps: 1000,
    check: (r) => expect(r).toMatchObject({ steps: 1000, epoch: 100 }),
  },
  {
    name: 'a tanh/SGD compounding-decay net',
    link: 'seed=5&n=120&h=8t&out=sigmoid&loss=bce&opt=sgd&lr=0.3&sched=compound&decay=0.002&v=1',
    steps: 400,
    check: (r) => expect(r).toMatchObject({ steps: 400 }),
  },
  {
    name: 'a digits 14×14 net',
    link: 'ds=digits&n=300&h=16r&out=softmax&loss=cce&init=he-normal&opt=adam&lr=0.003&batch=32&v=1',
    steps: 300,
    check: (r) => expect(r).toMatchObject({ sizes: [196, 16, 10] }),
  },
];

describe('Export as Python (NumPy)', () => {
  const python = pythonWithNumpy;
  if (python === null) {
    it('needs Python 3 with NumPy', () => {
      throw new Error(missingPython);
    });
    return;
  }
  for (const { name, link, steps, check } of CASES) {
    it(`reproduces replay over ${steps} steps: ${name}`, { timeout: 120_000 }, () => {
      const [replay, script] = runBoth(python, link, steps);
      check(replay);
      expect(differences(replay, script)).toEqual([]);
    });
  }

  it('draws the same numbers and shuffles as src/core/random.ts (the ported generator)', () => {
    const program = `import json, math\n${PY_RANDOM}
out = []
for seed in ${JSON.stringify(SEEDS)}:
    for stream in ${JSON.stringify(STREAMS)}:
        r = Random(seed, stream)
        draws = [r.next() for _ in range(50)]
        order = list(range(20))
        r.shuffle(order)
        out.append({"draws": [repr(x) for x in draws], "order": order})
print(json.dumps(out))
`;
    const fromPython = JSON.parse(execFileSync(python, ['-c', program], { encoding: 'utf8' })) as {
      draws: string[];
      order: number[];
    }[];
    const fromLab = SEEDS.flatMap((seed) =>
      STREAMS.map((stream) => {
        const r = new Random(seed, stream);
        const draws = Array.from({ length: 50 }, () => r.next());
        const order = Array.from({ length: 20 }, (_, k) => k);
        r.shuffle(order);
        return { draws, order };
      }),
    );
    expect(fromPython).toHaveLength(fromLab.length);
    fromPython.forEach((p, k) => {
      expect(p.draws.map(Number)).toEqual(fromLab[k].draws);
      expect(p.order).toEqual(fromLab[k].order);
    });
  });

  it('tells a real difference apart from rounding', () => {
    expect(differences({ w: [[1, 2]] }, { w: [[1, 2 * (1 + 1e-12)]] })).toEqual([]);
    expect(differences({ w: [[1, 2]] }, { w: [[1, 2 * (1 + 1e-8)]] })).toHaveLength(1);
    expect(differences({ testLoss: null }, { testLoss: 0 })).toHaveLength(1);
  });
});
