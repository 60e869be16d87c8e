import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runGraph } from '../../../src/cli/graph';

describe('npm run graph', () => {
  it('prints value, gradients and nodes for (x+y)·z', () => {
    const r = runGraph(['(x+y)*z', 'x=-2', 'y=5', 'z=-4']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      value: number;
      gradients: Record<string, number>;
      nodes: unknown[];
    };
    expect(json.value).toBe(-12);
    expect(json.gradients).toEqual({ x: -4, y: -4, z: 3 });
    expect(json.nodes).toEqual([
      { id: 0, op: 'var', inputs: [], value: -2, grad: -4 },
      { id: 1, op: 'var', inputs: [], value: 5, grad: -4 },
      { id: 2, op: 'add', inputs: [0, 1], value: 3, grad: -4 },
      { id: 3, op: 'var', inputs: [], value: -4, grad: 3 },
      { id: 4, op: 'mul', inputs: [2, 3], value: -12, grad: 1 },
    ]);
  });

  it.each([
    [['(x+y))*z', 'x=1', 'y=2', 'z=3'], "bad expression: unexpected ')' at 6"],
    [['(x+y)*z', 'x=1'], 'missing values: give y=… z=…'],
    [['x', 'x=abc'], "value of x 'abc' is not a finite number"],
    [['x', 'x=1', 'q=2'], "the expression has no variable 'q'"],
    [['1/x', 'x=0'], 'division by zero: 1 / 0 at node 2 (÷, written at 2)'],
    [[], 'usage: npm run graph -- '],
  ])('%j → exit 1 with a clear message', (argv, message) => {
    const r = runGraph(argv);
    expect(r.code).toBe(1);
    expect(r.err.startsWith(message)).toBe(true);
    expect(r.out).toBe('');
  });

  it('as a process: exit 1 and one line on stderr for a bad expression', () => {
    const p = spawnSync('npx', ['tsx', 'src/cli/graph.ts', 'log(x', 'x=1'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(p.status).toBe(1);
    expect(p.stderr.trim()).toBe(
      "bad expression: unexpected end of expression at 6: the '(' at 4 is not closed",
    );
  });
});
