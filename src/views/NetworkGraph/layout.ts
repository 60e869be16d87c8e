import { scalePoint } from 'd3-scale';
import type { Translate } from '../../core/i18n';
import { classNameWords } from '../shared/dataWords';
import { caption, labelWidth } from './captions';
import { curve } from './geometry';
import type { GraphShape } from './shape';

/**
 * Where everything of the graph goes, computed from the network's shape and the panel width
 * alone (pure, no DOM). A layer is drawn one of three ways:
 * - 'nodes': up to MAX_NODES neurons as circles (or squares holding a heat map), each an SVG
 *   element with its own value, bias marker and hover/click target;
 * - 'cells': a wider layer as a compact grid of small cells (one column for 64 units, a few for
 *   256) painted on canvas, so every neuron stays visible but costs no SVG element;
 * - 'image': an image input (digits) as the focus image itself, one pixel per input.
 * Edges between two 'nodes' layers are SVG paths (within SVG_EDGE_BUDGET); all others are drawn
 * on a canvas beneath the SVG.
 */

export const MAX_NODES = 24;
/** More SVG edges than this go to the canvas (each SVG edge costs two elements). */
export const SVG_EDGE_BUDGET = 600;
export const MIN_HEIGHT = 300;
export const MAX_HEIGHT = 560;
const TOP = 40;
const BOTTOM = 14;
const MIN_CELL = 7;
const MAX_CELL = 12;

export type LayerKind = 'nodes' | 'cells' | 'image';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LayerLayout {
  layer: number;
  size: number;
  kind: LayerKind;
  /** Centre of the layer. */
  x: number;
  caption: string[];
  /** 'nodes': circle, or square when the neuron shows a heat map. */
  shape: 'circle' | 'square';
  /** Circle radius or half the square's side ('nodes'). */
  radius: number;
  /** Node centres ('nodes'). */
  ys: number[];
  /** The grid of cells or pixels ('cells', 'image'). */
  box: Box;
  cols: number;
  rows: number;
  /** Cell height and width (cells are wider than tall, so a single column still reads). */
  cell: number;
  cellWidth: number;
  /** Neuron k sits at row k % rows of column ⌊k/rows⌋ ('cells'), or row-major ('image'). */
  columnMajor: boolean;
  /** Where incoming edges end and outgoing edges start. */
  inX: number;
  outX: number;
  /** Per neuron, the y where its edges attach. */
  portY: Float64Array;
  /** Whether labels fit beside the nodes (input names, output names). */
  labels: boolean;
  /** Whether each node's value is written (inside a circle, under a square) — when it fits. */
  values: boolean;
}

export interface SvgEdge {
  key: string;
  /** Target layer l (1-based): the weight w⁽ˡ⁾ⱼᵢ with j = to, i = from (0-based). */
  layer: number;
  to: number;
  from: number;
  d: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  layers: LayerLayout[];
  svgEdges: SvgEdge[];
  /** Layers l whose incoming edges are drawn on canvas. */
  canvasLayers: number[];
  /** Widest SVG edge (px): narrower where layers sit close or neurons are packed. */
  edgeMax: number;
  /** Where layer l's neurons start in an output map that includes hidden neurons (−1: input). */
  mapOffset: number[];
}

function kindOf(shape: GraphShape, layer: number): LayerKind {
  if (layer === 0 && shape.imageSide > 0) return 'image';
  return shape.sizes[layer] > MAX_NODES ? 'cells' : 'nodes';
}

/** A layer's size before placing: its half-width, grid and node pitch. */
interface LayerSize {
  kind: LayerKind;
  half: number;
  cols: number;
  rows: number;
  cell: number;
  cellWidth: number;
  radius: number;
  pitch: number;
}

/** The panel's vertical frame: total height, inner height and middle line. */
interface Frame {
  height: number;
  innerH: number;
  midY: number;
}

/** What every step of the layout needs to know about the network. */
interface Plan {
  shape: GraphShape;
  depth: number;
  kinds: LayerKind[];
  mapped: (l: number) => boolean;
  pitchPref: number;
}

function planOf(shape: GraphShape): Plan {
  const depth = shape.sizes.length - 1;
  const kinds = shape.sizes.map((_, l) => kindOf(shape, l));
  const hidden = (l: number): boolean => l > 0 && l < depth;
  const mapped = (l: number): boolean =>
    shape.maps !== null && kinds[l] === 'nodes' && (l === depth || (hidden(l) && shape.hiddenMaps));
  return { shape, depth, kinds, mapped, pitchPref: shape.maps ? 68 : 54 };
}

function frameOf(plan: Plan): Frame {
  const needed = Math.max(
    ...plan.shape.sizes.map((n, l) => {
      const kind = plan.kinds[l];
      if (kind === 'nodes') return n * (plan.mapped(l) ? plan.pitchPref : 54);
      return kind === 'cells' ? n * 9 : 420;
    }),
  );
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, needed + TOP + BOTTOM)));
  const innerH = height - TOP - BOTTOM;
  return { height, innerH, midY: TOP + innerH / 2 };
}

/** Sizes first: they set how far the first and last layer sit from the edges. */
function layerSize(plan: Plan, l: number, innerH: number, approxSpacing: number): LayerSize {
  const { shape } = plan;
  const n = shape.sizes[l];
  const kind = plan.kinds[l];
  if (kind === 'image') {
    const side = Math.max(48, Math.min(168, innerH * 0.6, approxSpacing * 0.7));
    const cell = side / shape.imageSide;
    const cols = shape.imageSide;
    return { kind, half: side / 2, cols, rows: cols, cell, cellWidth: cell, radius: 0, pitch: 0 };
  }
  if (kind === 'cells') {
    const maxRows = Math.max(1, Math.floor(innerH / MIN_CELL));
    const cols = Math.ceil(n / maxRows);
    const rows = Math.ceil(n / cols);
    const cell = Math.max(2, Math.min(MAX_CELL, Math.floor(innerH / rows)));
    const cellWidth = Math.max(cell, Math.min(2 * cell, 16));
    return { kind, half: (cols * cellWidth) / 2, cols, rows, cell, cellWidth, radius: 0, pitch: 0 };
  }
  const mapped = plan.mapped(l);
  const pitch = Math.min(innerH / n, mapped ? plan.pitchPref : 54);
  const radius = mapped
    ? Math.max(8, Math.min(22, pitch * 0.36, approxSpacing * 0.2))
    : Math.max(5, Math.min(17, pitch * 0.34, approxSpacing * 0.18));
  return { kind, half: radius, cols: 1, rows: n, cell: 0, cellWidth: 0, radius, pitch };
}

/** One layer placed at x = cx: node centres or the grid, ports, labels. */
function placeLayer(
  plan: Plan,
  l: number,
  p: LayerSize,
  cx: number,
  midY: number,
  caption: string[],
): LayerLayout {
  const n = plan.shape.sizes[l];
  const portY = new Float64Array(n);
  let ys: number[] = [];
  let box: Box;
  if (p.kind === 'nodes') {
    const top = midY - (p.pitch * (n - 1)) / 2;
    ys = Array.from({ length: n }, (_, k) => top + k * p.pitch);
    portY.set(ys);
    const height = p.pitch * (n - 1) + 2 * p.radius;
    box = { left: cx - p.radius, top: top - p.radius, width: 2 * p.radius, height };
  } else {
    const w = p.cols * p.cellWidth;
    const h = p.rows * p.cell;
    box = { left: cx - w / 2, top: midY - h / 2, width: w, height: h };
    for (let k = 0; k < n; k++) {
      const row = p.kind === 'image' ? Math.floor(k / p.cols) : k % p.rows;
      portY[k] = box.top + (row + 0.5) * p.cell;
    }
  }
  const mapped = plan.mapped(l);
  const nodes = p.kind === 'nodes';
  return {
    layer: l,
    size: n,
    kind: p.kind,
    x: cx,
    caption,
    shape: mapped ? 'square' : 'circle',
    radius: p.radius,
    ys,
    box,
    cols: p.cols,
    rows: p.rows,
    cell: p.cell,
    cellWidth: p.cellWidth,
    columnMajor: p.kind === 'cells',
    inX: nodes ? cx - p.radius : box.left,
    outX: nodes ? cx + p.radius : box.left + box.width,
    portY,
    labels: nodes && (l === 0 ? plan.kinds[0] === 'nodes' : l === plan.depth),
    values: nodes && (mapped ? n === 1 || p.pitch >= 2 * p.radius + 14 : p.radius >= 10),
  };
}

/** Edges between two 'nodes' layers in SVG (within the budget), the others on canvas. */
function edgesOf(
  layers: LayerLayout[],
  pre: LayerSize[],
  innerH: number,
): Pick<GraphLayout, 'svgEdges' | 'canvasLayers' | 'edgeMax'> {
  const svgEdges: SvgEdge[] = [];
  const canvasLayers: number[] = [];
  let budget = SVG_EDGE_BUDGET;
  let edgeMax = 7;
  for (let l = 1; l < layers.length; l++) {
    const a = layers[l - 1];
    const b = layers[l];
    const count = a.size * b.size;
    if (a.kind !== 'nodes' || b.kind !== 'nodes' || count > budget) {
      canvasLayers.push(l);
      continue;
    }
    budget -= count;
    const pitch = Math.min(pre[l - 1].pitch || innerH, pre[l].pitch || innerH);
    edgeMax = Math.min(edgeMax, (b.inX - a.outX) / 10, pitch / 8);
    for (let j = 0; j < b.size; j++) {
      for (let i = 0; i < a.size; i++) {
        const d = curve(a.outX, a.portY[i], b.inX - 2, b.portY[j]);
        svgEdges.push({ key: `${l}:${j}:${i}`, layer: l, to: j, from: i, d });
      }
    }
  }
  return { svgEdges, canvasLayers, edgeMax: Math.max(1.5, edgeMax) };
}

/** Hidden neurons in layer order, then the outputs (when the map includes hidden neurons). */
function mapOffsets(sizes: readonly number[]): number[] {
  const mapOffset: number[] = [];
  let offset = 0;
  for (let l = 0; l < sizes.length; l++) {
    mapOffset.push(l === 0 ? -1 : offset);
    if (l > 0) offset += sizes[l];
  }
  return mapOffset;
}

export function computeLayout(shape: GraphShape, width: number, t: Translate): GraphLayout {
  const { sizes } = shape;
  const plan = planOf(shape);
  const { depth, kinds } = plan;
  const frame = frameOf(plan);
  const left = 10 + (kinds[0] === 'nodes' ? labelWidth(shape.inputNames) : 0);
  // The output names as drawn, in the page's language ('1번 나선 팔' is wider than 'arm 1').
  const outputNames = shape.outputNames.map((name) => classNameWords(t, name));
  const right = 10 + (kinds[depth] === 'nodes' ? labelWidth(outputNames) : 0);
  const usable = Math.max(80, width - left - right);
  const approxSpacing = usable / Math.max(1, depth);
  const pre = sizes.map((_, l) => layerSize(plan, l, frame.innerH, approxSpacing));
  const x = scalePoint<number>()
    .domain(sizes.map((_, l) => l))
    .range([left + pre[0].half, width - right - pre[depth].half]);
  const spacing = depth > 0 ? x.step() : usable;
  const layers = sizes.map((_, l) =>
    placeLayer(plan, l, pre[l], x(l) ?? left, frame.midY, caption(shape, l, depth, spacing, t)),
  );
  return {
    width,
    height: frame.height,
    layers,
    ...edgesOf(layers, pre, frame.innerH),
    mapOffset: mapOffsets(sizes),
  };
}
