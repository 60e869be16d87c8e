import { describe, expect, it } from 'vitest';
import type { TraceOp } from '../../../src/engine';
import {
  biasRole,
  edgeRole,
  expandParts,
  nodeRole,
  type Highlight,
} from '../../../src/state/highlight';
import { graphModeFor, opHighlight } from '../../../src/views/StepInspector/opHighlight';

/** The default network's shape, 2-4-2-1, every layer with a bias. */
const SIZES = [2, 4, 2, 1];
const BIAS = [true, true, true];

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);
const nodes = (l: number): string[] => range(SIZES[l]).map((j) => `n${l}:${j}`);
const biases = (l: number): string[] => range(SIZES[l]).map((j) => `b${l}:${j}`);
const edges = (l: number, to?: number, from?: number): string[] =>
  range(SIZES[l]).flatMap((j) =>
    range(SIZES[l - 1])
      .filter((i) => (to === undefined || j === to) && (from === undefined || i === from))
      .map((i) => `e${l}:${j}<${i}`),
  );

function sets(h: Highlight) {
  return {
    reads: [...expandParts(h.reads, SIZES)].sort(),
    writes: [...expandParts(h.writes, SIZES)].sort(),
    focus: [...expandParts(h.focus, SIZES)].sort(),
  };
}
const sorted = (...parts: string[][]): string[] => parts.flat().sort();

function highlight(op: TraceOp, layer: number, neuron: number, input = 0, hasBias = BIAS) {
  return opHighlight(op, { layer, neuron, input }, hasBias);
}

describe('per-operation highlight sets on a 2-4-2-1 network', () => {
  it('forward-linear l = 2: reads layer 1, W⁽²⁾, b⁽²⁾; writes layer 2; focus neuron 2 and its inputs', () => {
    const h = highlight({ kind: 'forward-linear', layer: 2, sample: 0 }, 2, 1);
    expect(sets(h)).toEqual({
      reads: sorted(nodes(1), edges(2), biases(2)),
      writes: sorted(nodes(2)),
      focus: sorted(['n2:1', 'b2:1'], edges(2, 1)),
    });
  });

  it('forward-activation l = 1: reads and writes layer 1', () => {
    const h = highlight({ kind: 'forward-activation', layer: 1, sample: 3 }, 1, 3);
    expect(sets(h)).toEqual({
      reads: sorted(nodes(1)),
      writes: sorted(nodes(1)),
      focus: ['n1:3'],
    });
  });

  it('loss: reads the output, writes nothing on the graph', () => {
    const h = highlight({ kind: 'loss', sample: 0 }, 3, 0);
    expect(sets(h)).toEqual({ reads: ['n3:0'], writes: [], focus: [] });
  });

  it('output-delta: reads and writes the output layer', () => {
    const h = highlight({ kind: 'output-delta', sample: 0 }, 3, 0);
    expect(sets(h)).toEqual({ reads: ['n3:0'], writes: ['n3:0'], focus: ['n3:0'] });
  });

  it('backward-delta l = 1: reads δ⁽²⁾, W⁽²⁾ and a⁽¹⁾; writes δ⁽¹⁾; focus neuron 3 and its outgoing edges', () => {
    const h = highlight({ kind: 'backward-delta', layer: 1, sample: 0 }, 1, 2);
    expect(sets(h)).toEqual({
      reads: sorted(nodes(2), nodes(1), edges(2)),
      writes: sorted(nodes(1)),
      focus: sorted(['n1:2'], edges(2, undefined, 2)),
    });
  });

  it('gradients l = 3: reads δ⁽³⁾ and z⁽²⁾; writes every edge and bias of layer 3', () => {
    const h = highlight({ kind: 'gradients', layer: 3 }, 3, 0, 1);
    expect(sets(h)).toEqual({
      reads: sorted(nodes(3), nodes(2)),
      writes: sorted(edges(3), biases(3)),
      focus: ['b3:0', 'e3:0<1'],
    });
  });

  it('update l = 1: reads and writes the edges and biases of layer 1', () => {
    const h = highlight({ kind: 'update', layer: 1 }, 1, 2, 1);
    expect(sets(h)).toEqual({
      reads: sorted(edges(1), biases(1)),
      writes: sorted(edges(1), biases(1)),
      focus: ['b1:2', 'e1:2<1'],
    });
  });

  it('a layer without bias has no bias in any set', () => {
    const h = highlight({ kind: 'update', layer: 2 }, 2, 0, 0, [true, false, true]);
    const all = [...sets(h).reads, ...sets(h).writes, ...sets(h).focus];
    expect(all.some((n) => n.startsWith('b'))).toBe(false);
  });

  it('roles: focus beats write beats read; everything else is dimmed (null)', () => {
    const h = highlight({ kind: 'forward-linear', layer: 2, sample: 0 }, 2, 1);
    expect(nodeRole(h, 2, 1)).toBe('focus');
    expect(nodeRole(h, 2, 0)).toBe('write');
    expect(nodeRole(h, 1, 3)).toBe('read');
    expect(nodeRole(h, 0, 0)).toBeNull();
    expect(nodeRole(h, 3, 0)).toBeNull();
    expect(edgeRole(h, 2, 1, 3)).toBe('focus');
    expect(edgeRole(h, 2, 0, 3)).toBe('read');
    expect(edgeRole(h, 1, 0, 0)).toBeNull();
    expect(biasRole(h, 2, 1)).toBe('focus');
    expect(biasRole(h, 2, 0)).toBe('read');
    expect(biasRole(h, 3, 0)).toBeNull();
  });

  it('the graph shows backward values during backward operations, Δw during the updates', () => {
    const modes = (
      [
        { kind: 'forward-linear', layer: 1, sample: 0 },
        { kind: 'forward-activation', layer: 1, sample: 0 },
        { kind: 'loss', sample: 0 },
        { kind: 'output-delta', sample: 0 },
        { kind: 'backward-delta', layer: 1, sample: 0 },
        { kind: 'gradients', layer: 1 },
        { kind: 'update', layer: 1 },
      ] as TraceOp[]
    ).map(graphModeFor);
    expect(modes).toEqual([
      'forward',
      'forward',
      'forward',
      'backward',
      'backward',
      'backward',
      'delta-w',
    ]);
  });
});
