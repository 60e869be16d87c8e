import type { SnapshotLayout } from '../../core/snapshot';
import { layerBlock } from '../../core/snapshotReader';
import { layerEdgesTouched, type Highlight } from '../../state/highlight';
import { NEGATIVE, POSITIVE } from './colors';
import type { GraphMode } from './encoding';
import type { GraphLayout } from './layout';
import type { Target } from './targets';

/**
 * Edges that touch a wide layer (784 → 64 has 50 176 of them), drawn on a canvas beneath the
 * SVG. Only the STRONGEST edges of each layer are drawn (about 5√n of n, at most 600, chosen by
 * a 1 024-bin histogram of |v| — no sort, no allocation), with opacity ∝ |v| / max |v| of that layer,
 * so the picture shows where the large weights (or gradients) are. Lines are drawn by colour and
 * opacity level, each stroked on its own (overlaps add up, as SVG edges do): one path holding
 * hundreds of crossing lines costs the software rasterizer far more. A frame costs one pass over
 * the layer's values plus a few hundred strokes. The drawn edges are remembered for hovering and
 * clicking.
 */
/** How many of a layer's `count` edges are drawn: enough to show structure, few enough to read. */
export function edgeBudget(count: number): number {
  return Math.min(count, Math.max(64, Math.min(600, Math.round(5 * Math.sqrt(count)))));
}
/** Fine enough that one bin rarely holds more than a layer's budget (uniform init: n/1024). */
const BINS = 1024;
const LEVELS = 6;

export class CanvasEdges {
  private readonly layout: GraphLayout;
  private readonly bins = new Int32Array(BINS);
  /** Per layer, the largest |v| of the previous frame (the histogram's scale). */
  private readonly lastMax: Float64Array;
  private readonly drawnLayer: Int32Array;
  private readonly drawnTo: Int32Array;
  private readonly drawnFrom: Int32Array;
  private readonly drawnLevel: Uint8Array;
  private drawn = 0;

  constructor(layout: GraphLayout) {
    this.layout = layout;
    let capacity = 0;
    for (const l of layout.canvasLayers) {
      capacity += edgeBudget(layout.layers[l].size * layout.layers[l - 1].size);
    }
    this.drawnLayer = new Int32Array(capacity);
    this.drawnTo = new Int32Array(capacity);
    this.drawnFrom = new Int32Array(capacity);
    this.drawnLevel = new Uint8Array(capacity);
    this.lastMax = new Float64Array(layout.layers.length);
  }

  get drawnCount(): number {
    return this.drawn;
  }

  /**
   * Chooses the edges to draw this frame. Two passes over a layer's values: a histogram of
   * |v| (scaled by the previous frame's maximum, which moves slowly, while measuring the new
   * one), then the pick of the values above the threshold it gives.
   */
  select(s: Float64Array, lay: SnapshotLayout, mode: GraphMode): void {
    this.drawn = 0;
    for (const l of this.layout.canvasLayers) {
      const nIn = lay.sizes[l - 1];
      const values = layerBlock(lay, s, mode === 'forward' ? 'weights' : 'weightGrads', l);
      const count = values.length;
      const budget = edgeBudget(count);
      const previous = this.lastMax[l];
      const max = this.histogram(values, previous > 0 ? previous : 0);
      this.lastMax[l] = max;
      if (!(max > 0)) continue;
      const threshold = count <= budget ? 0 : this.threshold(previous > 0 ? previous : max, budget);
      const limit = this.drawn + budget;
      for (let k = 0; k < count && this.drawn < limit; k++) {
        const v = values[k];
        const m = v < 0 ? -v : v;
        if (!(m >= threshold) || m === 0) continue; // NaN: not computed yet (inspector)
        const d = this.drawn++;
        this.drawnLayer[d] = l;
        this.drawnTo[d] = (k / nIn) | 0;
        this.drawnFrom[d] = k % nIn;
        const level = Math.min(LEVELS - 1, Math.floor((m / max) * LEVELS));
        this.drawnLevel[d] = v < 0 ? level : LEVELS + level;
      }
    }
  }

  /** Fills the histogram of |v| / scale (when scale > 0) and returns max |v|. */
  private histogram(s: Float64Array, scale: number): number {
    const h = this.bins;
    h.fill(0);
    let max = 0;
    if (scale > 0) {
      const f = BINS / scale;
      for (let k = 0; k < s.length; k++) {
        const v = s[k] < 0 ? -s[k] : s[k];
        if (v > max) max = v;
        const b = (v * f) | 0;
        h[b < BINS ? b : BINS - 1]++;
      }
      return max;
    }
    for (let k = 0; k < s.length; k++) {
      const v = s[k] < 0 ? -s[k] : s[k];
      if (v > max) max = v;
    }
    // First frame of a layer: no scale yet, histogram with the one just measured.
    if (max > 0) this.histogram(s, max);
    return max;
  }

  /** Smallest |v| such that at most `budget` values reach it (from the histogram at `scale`). */
  private threshold(scale: number, budget: number): number {
    const h = this.bins;
    let total = 0;
    for (let b = BINS - 1; b >= 0; b--) {
      if (total + h[b] > budget) {
        // When even the top bin is over budget (many equal values), take it: the pick stops
        // at the budget anyway.
        return ((total === 0 ? b : b + 1) * scale) / BINS;
      }
      total += h[b];
    }
    return 0;
  }

  /** Draws the selected edges; with a highlight, layers it does not touch are faded. */
  paint(ctx: CanvasRenderingContext2D, highlight: Highlight | null = null): void {
    const layers = this.layout.layers;
    ctx.lineCap = 'butt';
    const faded = layers.map((_, l) => highlight !== null && !layerEdgesTouched(highlight, l));
    // Weak before strong, so the strong edges of either sign end up on top.
    for (let step = 0; step < 4 * LEVELS; step++) {
      const level = ((step >> 1) & 1) * LEVELS + (step >> 2);
      const fade = (step & 1) === 0;
      const strength = ((level % LEVELS) + 1) / LEVELS;
      ctx.strokeStyle = level < LEVELS ? NEGATIVE : POSITIVE;
      ctx.globalAlpha = (0.04 + 0.5 * strength * strength) * (fade ? 0.2 : 1);
      ctx.lineWidth = 0.5 + 1.1 * strength;
      for (let d = 0; d < this.drawn; d++) {
        if (this.drawnLevel[d] !== level) continue;
        const l = this.drawnLayer[d];
        if (faded[l] !== fade) continue;
        const a = layers[l - 1];
        const b = layers[l];
        ctx.beginPath();
        ctx.moveTo(a.outX, a.portY[this.drawnFrom[d]]);
        ctx.lineTo(b.inX, b.portY[this.drawnTo[d]]);
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
  }

  /** The drawn edge nearest to (x, y) within `tolerance` px. */
  pick(x: number, y: number, tolerance = 4): Target | null {
    const layers = this.layout.layers;
    let best = tolerance * tolerance;
    let found = -1;
    for (let d = 0; d < this.drawn; d++) {
      const l = this.drawnLayer[d];
      const a = layers[l - 1];
      const b = layers[l];
      if (x < a.outX - tolerance || x > b.inX + tolerance) continue;
      const dist = segmentDistanceSq(
        x,
        y,
        a.outX,
        a.portY[this.drawnFrom[d]],
        b.inX,
        b.portY[this.drawnTo[d]],
      );
      // Prefer the stronger edge among equally near ones (later levels are stronger).
      if (
        dist < best ||
        (dist === best &&
          found >= 0 &&
          strength(this.drawnLevel[d]) > strength(this.drawnLevel[found]))
      ) {
        best = dist;
        found = d;
      }
    }
    if (found < 0) return null;
    return {
      kind: 'edge',
      layer: this.drawnLayer[found],
      to: this.drawnTo[found],
      from: this.drawnFrom[found],
    };
  }
}

function strength(level: number): number {
  return level % LEVELS;
}

function segmentDistanceSq(
  px: number,
  py: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = dx * dx + dy * dy;
  let t = len > 0 ? ((px - x0) * dx + (py - y0) * dy) / len : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}
