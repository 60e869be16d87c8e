import { format } from 'd3-format';
import type { SnapshotLayout } from '../../core/snapshot';
import { activationUnit } from './colors';
import type { GraphLayout } from './layout';
import type { GraphShape } from './shape';
import { layerBlock } from '../../core/snapshotReader';
import { maxAbs } from './values';

/**
 * How numbers become marks, for the painters and the legend alike.
 * - Forward: node fill = z on the neuron's own scale (tanh as is, sigmoid/softmax around ½,
 *   unbounded activations squashed by tanh; inputs by tanh(x / inputScale)); edges = w.
 * - Backward: node fill = δ relative to the largest |δ| in the network, through a square root so
 *   small deltas stay visible while vanishing ones fade; edges = ∂C/∂w.
 * Edge width is √(|v| / max |v|) between EDGE_MIN and layout.edgeMax px (7 in small nets), so a weight twice as large
 * draws about 1.4× as thick and small nets with one big weight still read.
 */
export type GraphMode = 'forward' | 'backward';

/**
 * What the page asks the graph to show: a painting mode, or 'delta-w' while the step inspector
 * is open — the change Δw of its step on the edges (live.inspectDelta, painted as forward values).
 */
export type ViewMode = GraphMode | 'delta-w';

export const EDGE_MIN = 0.6;

/** Width of an edge of value v when the largest |v| is `ref` and the widest edge `max` px. */
export function edgeWidth(v: number, ref: number, max: number): number {
  if (!(ref > 0) || !(v === v)) return EDGE_MIN;
  const r = Math.min(1, Math.abs(v) / ref);
  return EDGE_MIN + (max - EDGE_MIN) * Math.sqrt(r);
}

export function deltaUnit(d: number, ref: number): number {
  if (!(ref > 0)) return 0;
  const r = Math.min(1, Math.abs(d) / ref);
  return d < 0 ? -Math.sqrt(r) : Math.sqrt(r);
}

/** The numbers that set this frame's scales (largest magnitudes). */
export interface FrameScales {
  delta: number;
  edge: number;
  bias: number;
  /** Largest |γ| and |β| (∂C/∂γ, ∂C/∂β backward) over the batch-normalized layers. */
  gamma: number;
  beta: number;
}

export function frameScales(
  s: Float64Array,
  lay: SnapshotLayout,
  layout: GraphLayout,
  mode: GraphMode,
): FrameScales {
  const L = lay.sizes.length - 1;
  let delta = 0;
  let bias = 0;
  for (let l = 1; l <= L; l++) {
    delta = Math.max(delta, maxAbs(layerBlock(lay, s, 'deltas', l)));
    const biases = layerBlock(lay, s, mode === 'forward' ? 'biases' : 'biasGrads', l);
    bias = Math.max(bias, maxAbs(biases));
  }
  // Edges drawn in SVG share one scale; canvas layers scale themselves.
  let edge = 0;
  let last = 0;
  for (const e of layout.svgEdges) {
    if (e.layer === last) continue;
    last = e.layer;
    const weights = layerBlock(lay, s, mode === 'forward' ? 'weights' : 'weightGrads', e.layer);
    edge = Math.max(edge, maxAbs(weights));
  }
  let gamma = 0;
  let beta = 0;
  for (const slots of lay.norm) {
    if (!slots) continue;
    const n = (k: number): Float64Array => s.subarray(k, k + (slots.beta - slots.gamma));
    gamma = Math.max(gamma, maxAbs(n(mode === 'forward' ? slots.gamma : slots.gammaGrad)));
    beta = Math.max(beta, maxAbs(n(mode === 'forward' ? slots.beta : slots.betaGrad)));
  }
  return { delta, edge, bias, gamma, beta };
}

/** Scale for inputs: half the largest coordinate of the data's domain (x ∈ [−6, 6] → 3). */
export function inputScale(rawDomain: readonly [number, number][]): number {
  let m = 0;
  for (const [a, b] of rawDomain) m = Math.max(m, Math.abs(a), Math.abs(b));
  return Math.max(1, m / 2);
}

/** t ∈ [−1, 1] for each layer's forward values. */
export function forwardUnits(shape: GraphShape, inputRef: number): ((z: number) => number)[] {
  return shape.sizes.map((_, l) =>
    l === 0 ? (x: number) => Math.tanh(x / inputRef) : activationUnit(shape.activations[l - 1]),
  );
}

const two = format('.2~f');
const one = format('.1~f');
const exp = format('.0e');

/** A value short enough to sit inside a node: 0.73, −1.2, 12, 3e−4. */
export function shortValue(v: number): string {
  if (!(v === v)) return '—';
  const m = Math.abs(v);
  let text: string;
  if (m === 0) text = '0';
  else if (m < 0.005) text = exp(v);
  else if (m < 10) text = two(v);
  else if (m < 100) text = one(v);
  else if (m < 1e4) text = String(Math.round(v));
  else text = exp(v);
  return text.replace(/-/g, '−');
}
