import { OPTIMIZER_DESCRIPTORS } from '../../core/choices/optimizers';
import type { OptimizerName } from '../../config/types';
import type { TraceOp } from '../../core/trace';
import type { InspectContext } from './context';
import { derivativeFromTrace } from './derivative';
import type { OpFocus } from './focus';
import { backSum } from './formulas/backward';
import { layerInput } from './formulas/forward';
import { paramUpdate } from './formulas/update';
import type { ParamUpdate } from './formulas/updateMath';
import { layerMark, sampleText } from './plain';

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

interface Column {
  label: string;
  values: ArrayLike<number>;
}

const count = (n: number): string[] => Array.from({ length: n }, (_, k) => String(k + 1));

/** Neuron-by-neuron vectors of one layer, side by side. */
function vectors(title: string, n: number, columns: Column[], focusRow?: number): ValueTable {
  return {
    title,
    corner: 'neuron',
    rowLabels: count(n),
    colLabels: columns.map((c) => c.label),
    cell: (r, c) => columns[c].values[r],
    focusRow,
  };
}

/** A row-major matrix M[j, i] (j = neuron of layer l, i = neuron of layer l−1). */
function matrix(
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

function map(n: number, f: (k: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = f(k);
  return out;
}

export function opTables(ctx: InspectContext, op: TraceOp, focus: OpFocus): ValueTable[] {
  const { trace } = ctx;
  const L = trace.sizes.length - 1;
  const l = focus.layer;
  const j = focus.neuron;
  const n = trace.sizes[l];
  const nIn = trace.sizes[l - 1];
  const m = layerMark;
  const sampleOf = 'sample' in op ? op.sample : trace.samples.length - 1;
  const s = trace.samples[sampleOf];
  switch (op.kind) {
    case 'forward-linear': {
      const inputs: Column[] = [{ label: `z${m(l - 1)}`, values: s.z[l - 1] }];
      const mask = s.mask[l - 1];
      if (mask) {
        inputs.push({ label: `m${m(l - 1)}`, values: mask });
        inputs.push({ label: `z̃${m(l - 1)}`, values: layerInput(ctx, sampleOf, l) });
      }
      return [
        vectors(`Inputs: layer ${l - 1}`, nIn, inputs),
        matrix(
          `W${m(l)} (row j = neuron of layer ${l}, column i = neuron of layer ${l - 1})`,
          n,
          nIn,
          trace.weightsBefore[l - 1],
          { row: j },
        ),
        vectors(
          `Layer ${l}`,
          n,
          [
            { label: `b${m(l)}`, values: trace.biasesBefore[l - 1] },
            { label: `a${m(l)}`, values: s.a[l - 1] },
          ],
          j,
        ),
      ];
    }
    case 'forward-activation': {
      const cols: Column[] = [
        { label: `a${m(l)}`, values: s.a[l - 1] },
        { label: `z${m(l)}`, values: s.z[l] },
      ];
      const mask = s.mask[l];
      if (mask) {
        cols.push({ label: `m${m(l)}`, values: mask });
        cols.push({ label: `z̃${m(l)}`, values: map(n, (k) => s.z[l][k] * mask[k]) });
      }
      return [vectors(`Layer ${l}`, n, cols, j)];
    }
    case 'loss':
    case 'output-delta': {
      const yHat = s.z[L];
      const cols: Column[] = [
        { label: `a${m(L)}`, values: s.a[L - 1] },
        { label: 'ŷ', values: yHat },
        { label: 'y', values: s.target },
        { label: 'ŷ − y', values: map(n, (k) => yHat[k] - s.target[k]) },
      ];
      if (op.kind === 'output-delta') cols.push({ label: `δ${m(L)}`, values: s.delta[L - 1] });
      return [vectors('Output layer', n, cols, op.kind === 'output-delta' ? j : undefined)];
    }
    case 'backward-delta': {
      const nAbove = trace.sizes[l + 1];
      const act = ctx.activations[l - 1];
      const cols: Column[] = [
        { label: `a${m(l)}`, values: s.a[l - 1] },
        {
          label: `h′(a${m(l)})`,
          values: map(n, (k) =>
            derivativeFromTrace(act, s.a[l - 1][k], s.z[l][k], ctx.actParams[l - 1]),
          ),
        },
        {
          label: `(W${m(l + 1)}ᵀδ${m(l + 1)})`,
          values: map(n, (k) => backSum(ctx, sampleOf, l, k)),
        },
      ];
      const mask = s.mask[l];
      if (mask) cols.push({ label: `m${m(l)}`, values: mask });
      cols.push({ label: `δ${m(l)}`, values: s.delta[l - 1] });
      return [
        vectors(`Layer ${l + 1}`, nAbove, [{ label: `δ${m(l + 1)}`, values: s.delta[l] }]),
        matrix(
          `W${m(l + 1)} (row k = neuron of layer ${l + 1}, column j = neuron of layer ${l})`,
          nAbove,
          n,
          trace.weightsBefore[l],
          { col: j },
        ),
        vectors(`Layer ${l}`, n, cols, j),
      ];
    }
    case 'gradients': {
      const B = trace.samples.length;
      const labels = trace.samples.map((t, k) => sampleText(k, B, t.index));
      const perSample = (
        title: string,
        width: number,
        row: (k: number) => ArrayLike<number>,
        col?: number,
      ): ValueTable => ({
        title,
        corner: 'sample',
        rowLabels: labels,
        colLabels: count(width),
        cell: (r, c) => row(r)[c],
        focusCol: col,
      });
      return [
        matrix(`∂C/∂W${m(l)} (batch mean)`, n, nIn, trace.weightGrads[l - 1], {
          row: j,
          col: focus.input,
        }),
        vectors(
          `∂C/∂b${m(l)} (batch mean)`,
          n,
          [{ label: `∂C/∂b${m(l)}`, values: trace.biasGrads[l - 1] }],
          j,
        ),
        perSample(`δ${m(l)} of each sample`, n, (k) => trace.samples[k].delta[l - 1], j),
        perSample(
          `z${m(l - 1)} of each sample (as passed on)`,
          nIn,
          (k) => layerInput(ctx, k, l),
          focus.input,
        ),
      ];
    }
    case 'update': {
      // Weights are computed cell by cell as the table shows them (784 × 64 would be 50 000).
      const uw = (k: number): ParamUpdate => paramUpdate(ctx, l, 'weight', k);
      const b = (f: (k: number) => number): Float64Array => map(n, f);
      const ub = Array.from({ length: n }, (_, k) => paramUpdate(ctx, l, 'bias', k));
      const focusCell = { row: j, col: focus.input };
      const tables = [
        matrix(`W${m(l)} before`, n, nIn, trace.weightsBefore[l - 1], focusCell),
        matrix(
          `g = ∂C/∂W${m(l)}${trace.penalty.l1 || trace.penalty.l2 ? ' + regularization' : ''}`,
          n,
          nIn,
          (k: number) => uw(k).g,
          focusCell,
        ),
      ];
      for (const [name, get] of stateColumns(trace.optimizer.kind)) {
        tables.push(matrix(`${name} (W${m(l)})`, n, nIn, (k: number) => get(uw(k)), focusCell));
      }
      tables.push(
        matrix(`Δw: the effective step`, n, nIn, (k: number) => uw(k).step, focusCell),
        matrix(`W${m(l)} after`, n, nIn, trace.weightsAfter[l - 1], focusCell),
      );
      if (ctx.hasBias[l - 1]) {
        tables.push(
          vectors(
            `Biases of layer ${l}`,
            n,
            [
              { label: 'b before', values: trace.biasesBefore[l - 1] },
              { label: '∂C/∂b', values: trace.biasGrads[l - 1] },
              ...stateColumns(trace.optimizer.kind).map(([name, get]) => ({
                label: name,
                values: b((k) => get(ub[k])),
              })),
              { label: 'Δb', values: b((k) => ub[k].step) },
              { label: 'b after', values: trace.biasesAfter[l - 1] },
            ],
            j,
          ),
        );
      }
      return tables;
    }
  }
}

type Getter = (u: ParamUpdate) => number;

/**
 * The optimizer's state as table columns: before and after for a one-slot state (v, G, E);
 * both moments after, then their bias corrections, for Adam and AdamW.
 */
function stateColumns(kind: OptimizerName): [string, Getter][] {
  const { state, biasCorrection } = OPTIMIZER_DESCRIPTORS[kind];
  if (state.length === 1) {
    return [
      [`${state[0].symbol} before`, (u) => u.firstBefore],
      [`${state[0].symbol} after`, (u) => u.firstAfter],
    ];
  }
  const columns: [string, Getter][] = state.map((slot, k): [string, Getter] => [
    `${slot.symbol} after`,
    k === 0 ? (u) => u.firstAfter : (u) => u.secondAfter,
  ]);
  if (biasCorrection) {
    columns.push([`${state[0]?.symbol ?? ''}̂`, (u) => u.mHat]);
    columns.push([`${state[1]?.symbol ?? ''}̂`, (u) => u.vHat]);
  }
  return columns;
}
