import type { InspectContext } from '../context';

/**
 * The full vectors and matrices of an operation, for "Show all values": each table is rows ×
 * columns of numbers read from the trace (or computed from it by the engine's formulas).
 */
export interface ValueTable {
  title: string;
  /** Header of the label column ("j", "sample"). */
  corner: string;
  rowLabels: string[];
  colLabels: string[];
  cell: (r: number, c: number) => number;
  focusRow?: number;
  focusCol?: number;
}

export interface Column {
  label: string;
  values: ArrayLike<number>;
}

export const count = (n: number): string[] => Array.from({ length: n }, (_, k) => String(k + 1));

/** Neuron-by-neuron vectors of one layer, side by side. */
export function vectors(
  ctx: InspectContext,
  title: string,
  n: number,
  columns: Column[],
  focusRow?: number,
): ValueTable {
  return {
    title,
    corner: ctx.t('inspector.table.neuron'),
    rowLabels: count(n),
    colLabels: columns.map((c) => c.label),
    cell: (r, c) => columns[c].values[r],
    focusRow,
  };
}

/** A row-major matrix M[j, i] (j = neuron of layer l, i = neuron of layer l−1). */
export function matrix(
  title: string,
  rows: number,
  cols: number,
  values: ArrayLike<number> | ((k: number) => number),
  focus?: { row?: number; col?: number },
): ValueTable {
  const at = typeof values === 'function' ? values : (k: number) => values[k];
  return {
    title,
    corner: 'j \\ i',
    rowLabels: count(rows),
    colLabels: count(cols),
    cell: (r, c) => at(r * cols + c),
    focusRow: focus?.row,
    focusCol: focus?.col,
  };
}

/** One row per sample of the batch, `width` columns (neurons) each. */
export function perSample(
  ctx: InspectContext,
  title: string,
  width: number,
  row: (k: number) => ArrayLike<number>,
  col?: number,
): ValueTable {
  const { trace, t } = ctx;
  const B = trace.samples.length;
  return {
    title,
    corner: t('inspector.table.sample'),
    rowLabels: trace.samples.map((s, k) => sampleLabel(ctx, k, B, s.index)),
    colLabels: count(width),
    cell: (r, c) => row(r)[c],
    focusCol: col,
  };
}

function sampleLabel(ctx: InspectContext, k: number, B: number, index: number): string {
  return ctx.t('inspector.sample', {
    position: k + 1,
    count: B,
    index: index < 0 ? ctx.t('inspector.sample.custom') : `#${index}`,
  });
}

export function map(n: number, f: (k: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = f(k);
  return out;
}
