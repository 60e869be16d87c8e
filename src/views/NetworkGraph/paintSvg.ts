import type { SnapshotLayout } from '../../core/snapshot';
import { edgeValue, unitValue } from '../../core/snapshotReader';
import { NEUTRAL, rampColor, signColor } from './colors';
import type { GraphElements } from './elements';
import { deltaUnit, edgeWidth, shortValue, type FrameScales, type GraphMode } from './encoding';
import type { GraphLayout } from './layout';

export interface SvgPaintInput {
  s: Float64Array;
  lay: SnapshotLayout;
  layout: GraphLayout;
  mode: GraphMode;
  scales: FrameScales;
  /** Forward value → t ∈ [−1, 1], per layer. */
  units: ((z: number) => number)[];
}

/**
 * Writes one frame into the SVG: node fills and values, bias markers, edge widths and colours.
 * Work is proportional to the elements drawn (SVG layers are small by construction).
 */
export function paintSvg(els: GraphElements, p: SvgPaintInput): void {
  const { s, lay, layout, mode, scales, units } = p;
  const backward = mode === 'backward';
  for (const L of layout.layers) {
    if (L.kind !== 'nodes') continue;
    const l = L.layer;
    const fills = els.nodeFill[l];
    const texts = els.nodeText[l];
    const marks = els.biasMark[l];
    for (let j = 0; j < L.size; j++) {
      let fill: string;
      let text: string;
      if (backward) {
        if (l === 0) {
          fill = NEUTRAL;
          text = '';
        } else {
          const d = unitValue(lay, s, 'deltas', l, j);
          fill = rampColor(deltaUnit(d, scales.delta));
          text = shortValue(d);
        }
      } else {
        const z = unitValue(lay, s, 'activations', l, j);
        fill = rampColor(units[l](z));
        text = shortValue(z);
      }
      const el = fills[j];
      if (el && els.lastFill[l][j] !== fill) {
        el.setAttribute('fill', fill);
        els.lastFill[l][j] = fill;
      }
      const t = texts[j];
      if (t && els.lastText[l][j] !== text) {
        t.textContent = text;
        // Dark fills get white text.
        t.setAttribute('class', textClass(fill));
        els.lastText[l][j] = text;
      }
      const mark = marks[j];
      if (mark && l > 0) {
        const b = unitValue(lay, s, backward ? 'biasGrads' : 'biases', l, j);
        paintMarker(mark, els.lastBias[l], j, b, scales.bias);
      }
    }
    paintNorm(els, p, l, L.size);
  }
  const edges = layout.svgEdges;
  for (let k = 0; k < edges.length; k++) {
    const el = els.edges[k];
    if (!el) continue;
    const e = edges[k];
    const v = edgeValue(lay, s, backward ? 'weightGrads' : 'weights', e.layer, e.to, e.from);
    // Widths to 0.1 px: finer steps are invisible, and as the largest |w| (the scale) moves
    // every frame they would restyle, repaint and re-rasterize every edge every frame.
    const key = `${signColor(v)}|${edgeWidth(v, scales.edge, layout.edgeMax).toFixed(1)}`;
    if (els.lastEdge[k] === key) continue;
    const bar = key.indexOf('|');
    el.setAttribute('stroke', key.slice(0, bar));
    el.setAttribute('stroke-width', key.slice(bar + 1));
    els.lastEdge[k] = key;
  }
}

/** A small marker: colour = sign, size ∝ √(|v| / scale) between half and full. */
function paintMarker(mark: SVGElement, last: string[], j: number, v: number, scale: number): void {
  const k = scale > 0 ? Math.sqrt(Math.min(1, Math.abs(v) / scale)) : 0;
  const key = `${signColor(v)}|${(0.5 + 0.5 * k).toFixed(2)}`;
  if (last[j] === key) return;
  const [color, size] = key.split('|');
  mark.setAttribute('fill', color);
  mark.style.transform = `scale(${size})`;
  last[j] = key;
}

/** A batch-normalized layer's γ and β markers (∂C/∂γ, ∂C/∂β backward). */
function paintNorm(els: GraphElements, p: SvgPaintInput, l: number, n: number): void {
  const slots = l > 0 ? p.lay.norm[l - 1] : null;
  if (!slots) return;
  const backward = p.mode === 'backward';
  const gamma = backward ? slots.gammaGrad : slots.gamma;
  const beta = backward ? slots.betaGrad : slots.beta;
  for (let j = 0; j < n; j++) {
    const g = els.gammaMark[l][j];
    if (g) paintMarker(g, els.lastGamma[l], j, p.s[gamma + j], p.scales.gamma);
    const b = els.betaMark[l][j];
    if (b) paintMarker(b, els.lastBeta[l], j, p.s[beta + j], p.scales.beta);
  }
}

const darkText = new Set<string>();
function textClass(fill: string): string {
  return darkText.has(fill) || isDark(fill) ? 'ng-value on-dark' : 'ng-value';
}

function isDark(hex: string): boolean {
  const n = parseInt(hex.slice(1), 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  const dark = 0.299 * r + 0.587 * g + 0.114 * b < 150;
  if (dark) darkText.add(hex);
  return dark;
}
