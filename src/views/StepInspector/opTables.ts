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
import { layerMark } from '../../core/marks';
import { map, matrix, perSample, vectors, type Column, type ValueTable } from './tables/build';
import { normTables } from './tables/normTables';

export type { ValueTable } from './tables/build';

const m = layerMark;

/** The tables of an operation, for the focused neuron (and input). */
export function opTables(ctx: InspectContext, op: TraceOp, focus: OpFocus): ValueTable[] {
  switch (op.kind) {
    case 'forward-linear':
      return forwardLinearTables(ctx, op.sample, focus);
    case 'forward-activation':
      return forwardActivationTables(ctx, op.sample, focus);
    case 'loss':
    case 'output-delta':
      return outputTables(ctx, op.sample, op.kind === 'output-delta' ? focus.neuron : undefined);
    case 'backward-delta':
      return backwardTables(ctx, op.sample, focus);
    case 'gradients':
      return gradientTables(ctx, focus);
    case 'update':
      return updateTables(ctx, focus);
    default:
      return normTables(ctx, op, focus);
  }
}

/** a = Wz (+ b): the inputs, W and the layer's result (before batch norm where it has one). */
function forwardLinearTables(ctx: InspectContext, sample: number, f: OpFocus): ValueTable[] {
  const { trace, t } = ctx;
  const l = f.layer;
  const s = trace.samples[sample];
  const inputs: Column[] = [{ label: `z${m(l - 1)}`, values: s.z[l - 1] }];
  const mask = s.mask[l - 1];
  if (mask) {
    inputs.push({ label: `m${m(l - 1)}`, values: mask });
    inputs.push({ label: `z̃${m(l - 1)}`, values: layerInput(ctx, sample, l) });
  }
  const result: Column[] = [];
  if (ctx.hasBias[l - 1]) result.push({ label: `b${m(l)}`, values: trace.biasesBefore[l - 1] });
  result.push({ label: `a${m(l)}`, values: s.norm[l - 1]?.a ?? s.a[l - 1] });
  const W = trace.weightsBefore[l - 1];
  return [
    vectors(ctx, t('inspector.table.inputs', { layer: l - 1 }), trace.sizes[l - 1], inputs),
    matrix(
      t('inspector.table.weights', { W: `W${m(l)}`, layer: l, below: l - 1 }),
      trace.sizes[l],
      trace.sizes[l - 1],
      W,
      { row: f.neuron },
    ),
    vectors(ctx, t('inspector.table.layer', { layer: l }), trace.sizes[l], result, f.neuron),
  ];
}

/** z = h(a), or h(y) after batch norm, and the dropout mask. */
function forwardActivationTables(ctx: InspectContext, sample: number, f: OpFocus): ValueTable[] {
  const { trace, t } = ctx;
  const l = f.layer;
  const n = trace.sizes[l];
  const s = trace.samples[sample];
  const cols: Column[] = [
    { label: `${ctx.norm[l - 1] ? 'y' : 'a'}${m(l)}`, values: s.a[l - 1] },
    { label: `z${m(l)}`, values: s.z[l] },
  ];
  const mask = s.mask[l];
  if (mask) {
    cols.push({ label: `m${m(l)}`, values: mask });
    cols.push({ label: `z̃${m(l)}`, values: map(n, (k) => s.z[l][k] * mask[k]) });
  }
  return [vectors(ctx, t('inspector.table.layer', { layer: l }), n, cols, f.neuron)];
}

/** The output layer: a, ŷ, y, ŷ − y and, for the output delta, δ. */
function outputTables(ctx: InspectContext, sample: number, focus?: number): ValueTable[] {
  const { trace, t } = ctx;
  const L = trace.sizes.length - 1;
  const n = trace.sizes[L];
  const s = trace.samples[sample];
  const yHat = s.z[L];
  const cols: Column[] = [
    { label: `a${m(L)}`, values: s.a[L - 1] },
    { label: 'ŷ', values: yHat },
    { label: 'y', values: s.target },
    { label: 'ŷ − y', values: map(n, (k) => yHat[k] - s.target[k]) },
  ];
  if (focus !== undefined) cols.push({ label: `δ${m(L)}`, values: s.delta[L - 1] });
  return [vectors(ctx, t('inspector.table.output'), n, cols, focus)];
}

/** δ⁽ˡ⁾ = h′ ⊙ (W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾) [⊙ m]; ∂C/∂y on a batch-normalized layer. */
function backwardTables(ctx: InspectContext, sample: number, f: OpFocus): ValueTable[] {
  const { trace, t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const n = trace.sizes[l];
  const nAbove = trace.sizes[l + 1];
  const s = trace.samples[sample];
  const act = ctx.activations[l - 1];
  const norm = s.norm[l - 1];
  const input = `${norm ? 'y' : 'a'}${m(l)}`;
  const cols: Column[] = [
    { label: input, values: s.a[l - 1] },
    {
      label: `h′(${input})`,
      values: map(n, (k) =>
        derivativeFromTrace(act, s.a[l - 1][k], s.z[l][k], ctx.actParams[l - 1]),
      ),
    },
    { label: `(W${m(l + 1)}ᵀδ${m(l + 1)})`, values: map(n, (k) => backSum(ctx, sample, l, k)) },
  ];
  const mask = s.mask[l];
  if (mask) cols.push({ label: `m${m(l)}`, values: mask });
  cols.push(
    norm
      ? { label: `∂C/∂y${m(l)}`, values: norm.dy }
      : { label: `δ${m(l)}`, values: s.delta[l - 1] },
  );
  return [
    vectors(ctx, t('inspector.table.layer', { layer: l + 1 }), nAbove, [
      { label: `δ${m(l + 1)}`, values: s.delta[l] },
    ]),
    matrix(
      t('inspector.table.weightsBack', { W: `W${m(l + 1)}`, above: l + 1, layer: l }),
      nAbove,
      n,
      trace.weightsBefore[l],
      { col: j },
    ),
    vectors(ctx, t('inspector.table.layer', { layer: l }), n, cols, j),
  ];
}

/** ∂C/∂W and ∂C/∂b (batch means) and what they are made of, sample by sample. */
function gradientTables(ctx: InspectContext, f: OpFocus): ValueTable[] {
  const { trace, t } = ctx;
  const l = f.layer;
  const j = f.neuron;
  const n = trace.sizes[l];
  const nIn = trace.sizes[l - 1];
  const tables = [
    matrix(
      t('inspector.table.batchMean', { symbol: `∂C/∂W${m(l)}` }),
      n,
      nIn,
      trace.weightGrads[l - 1],
      { row: j, col: f.input },
    ),
  ];
  if (ctx.hasBias[l - 1]) {
    const symbol = `∂C/∂b${m(l)}`;
    tables.push(
      vectors(
        ctx,
        t('inspector.table.batchMean', { symbol }),
        n,
        [{ label: symbol, values: trace.biasGrads[l - 1] }],
        j,
      ),
    );
  }
  tables.push(
    perSample(
      ctx,
      t('inspector.table.perSample', { symbol: `δ${m(l)}` }),
      n,
      (k) => trace.samples[k].delta[l - 1],
      j,
    ),
    perSample(
      ctx,
      t('inspector.table.passedOn', { symbol: `z${m(l - 1)}` }),
      nIn,
      (k) => layerInput(ctx, k, l),
      f.input,
    ),
  );
  return tables;
}

/** W before, g, the optimizer's state, Δw and W after; then the biases or γ and β. */
function updateTables(ctx: InspectContext, f: OpFocus): ValueTable[] {
  const { trace, t } = ctx;
  const l = f.layer;
  const n = trace.sizes[l];
  const nIn = trace.sizes[l - 1];
  const W = `W${m(l)}`;
  // Weights are computed cell by cell as the table shows them (784 × 64 would be 50 000).
  const uw = (k: number): ParamUpdate => paramUpdate(ctx, l, 'weight', k);
  const focusCell = { row: f.neuron, col: f.input };
  const regularized = trace.penalty.l1 !== 0 || trace.penalty.l2 !== 0;
  const columns = stateColumns(ctx, trace.optimizer.kind);
  const tables = [
    matrix(
      t('inspector.table.before', { symbol: W }),
      n,
      nIn,
      trace.weightsBefore[l - 1],
      focusCell,
    ),
    matrix(
      t(regularized ? 'inspector.table.gradientRegularized' : 'inspector.table.gradient', { W }),
      n,
      nIn,
      (k: number) => uw(k).g,
      focusCell,
    ),
    ...columns.map(([name, get]) =>
      matrix(
        t('inspector.table.stateOf', { state: name, W }),
        n,
        nIn,
        (k) => get(uw(k)),
        focusCell,
      ),
    ),
    matrix(t('inspector.table.step'), n, nIn, (k: number) => uw(k).step, focusCell),
    matrix(t('inspector.table.after', { symbol: W }), n, nIn, trace.weightsAfter[l - 1], focusCell),
  ];
  const units = (
    kind: 'bias' | 'gamma' | 'beta',
    symbol: string,
    before: Float64Array,
    after: Float64Array,
  ): Column[] => {
    const u = Array.from({ length: n }, (_, k) => paramUpdate(ctx, l, kind, k));
    return [
      { label: t('inspector.table.before', { symbol }), values: before },
      { label: `∂C/∂${symbol}`, values: map(n, (k) => u[k].grad) },
      ...columns.map(([name, get]) => ({ label: name, values: map(n, (k) => get(u[k])) })),
      { label: `Δ${symbol}`, values: map(n, (k) => u[k].step) },
      { label: t('inspector.table.after', { symbol }), values: after },
    ];
  };
  if (ctx.hasBias[l - 1]) {
    const cols = units('bias', 'b', trace.biasesBefore[l - 1], trace.biasesAfter[l - 1]);
    tables.push(vectors(ctx, t('inspector.table.biases', { layer: l }), n, cols, f.neuron));
  }
  const norm = trace.norm[l - 1];
  if (norm) {
    const cols = [
      ...units('gamma', 'γ', norm.gammaBefore, norm.gammaAfter),
      ...units('beta', 'β', norm.betaBefore, norm.betaAfter),
    ];
    tables.push(vectors(ctx, t('inspector.table.norm', { layer: l }), n, cols, f.neuron));
  }
  return tables;
}

type Getter = (u: ParamUpdate) => number;

/**
 * The optimizer's state as table columns: before and after for a one-slot state (v, G, E);
 * both moments after, then their bias corrections, for Adam and AdamW.
 */
function stateColumns(ctx: InspectContext, kind: OptimizerName): [string, Getter][] {
  const { t } = ctx;
  const { state, biasCorrection } = OPTIMIZER_DESCRIPTORS[kind];
  if (state.length === 1) {
    return [
      [t('inspector.table.before', { symbol: state[0].symbol }), (u) => u.firstBefore],
      [t('inspector.table.after', { symbol: state[0].symbol }), (u) => u.firstAfter],
    ];
  }
  const columns: [string, Getter][] = state.map((slot, k): [string, Getter] => [
    t('inspector.table.after', { symbol: slot.symbol }),
    k === 0 ? (u) => u.firstAfter : (u) => u.secondAfter,
  ]);
  if (biasCorrection) {
    columns.push([`${state[0]?.symbol ?? ''}̂`, (u) => u.mHat]);
    columns.push([`${state[1]?.symbol ?? ''}̂`, (u) => u.vHat]);
  }
  return columns;
}
