import type { TraceOp } from '../../../core/trace';
import type { InspectContext } from '../context';
import type { OpFocus } from '../focus';
import { layerNorm, sampleNorm } from '../formulas/norm';
import { layerMark } from '../../../core/marks';
import { perSample, vectors, type Column, type ValueTable } from './build';

type NormOp = Extract<
  TraceOp,
  { kind: 'norm-statistics' | 'norm-forward' | 'norm-gradients' | 'norm-backward' }
>;

/** One sample's columns: a through y forward, ∂C/∂y through δ backward. */
function sampleColumns(ctx: InspectContext, op: NormOp, sample: number): Column[] {
  const { trace, t } = ctx;
  const l = op.layer;
  const m = layerMark(l);
  const norm = layerNorm(ctx, l);
  const s = sampleNorm(ctx, sample, l);
  if (op.kind === 'norm-forward') {
    return [
      { label: `a${m}`, values: s.a },
      { label: 'μ_B', values: norm.mean },
      { label: 'σ²_B', values: norm.variance },
      { label: `â${m}`, values: s.hat },
      { label: `γ${m}`, values: norm.gammaBefore },
      { label: `β${m}`, values: norm.betaBefore },
      { label: `y${m}`, values: trace.samples[sample].a[l - 1] },
    ];
  }
  return [
    { label: `∂C/∂y${m}`, values: s.dy },
    { label: `â${m}`, values: s.hat },
    { label: '∂C/∂σ²_B', values: norm.varianceGrad },
    { label: '∂C/∂μ_B', values: norm.meanGrad },
    { label: t('inspector.table.via', { symbol: 'â' }), values: s.direct },
    { label: t('inspector.table.via', { symbol: 'σ²_B' }), values: s.viaVariance },
    { label: t('inspector.table.via', { symbol: 'μ_B' }), values: s.viaMean },
    { label: `δ${m}`, values: trace.samples[sample].delta[l - 1] },
  ];
}

/** Batch norm's tables: the layer's statistics and parameters, and the samples' numbers. */
export function normTables(ctx: InspectContext, op: NormOp, focus: OpFocus): ValueTable[] {
  const { trace, t } = ctx;
  const l = op.layer;
  const j = focus.neuron;
  const n = trace.sizes[l];
  const m = layerMark(l);
  const norm = layerNorm(ctx, l);
  const layer = (columns: Column[]): ValueTable =>
    vectors(ctx, t('inspector.table.norm', { layer: l }), n, columns, j);
  const each = (symbol: string, pick: (k: number) => ArrayLike<number>): ValueTable =>
    perSample(ctx, t('inspector.table.perSample', { symbol }), n, pick, j);
  const of = (k: number) => sampleNorm(ctx, k, l);
  switch (op.kind) {
    case 'norm-statistics':
      return [
        each(`a${m}`, (k) => of(k).a),
        layer([
          { label: 'μ_B', values: norm.mean },
          { label: 'σ²_B', values: norm.variance },
          { label: 'μ_run', values: norm.runningMean },
          { label: 'σ²_run', values: norm.runningVar },
        ]),
      ];
    case 'norm-gradients':
      return [
        layer([
          { label: `∂C/∂γ${m}`, values: norm.gammaGrad },
          { label: `∂C/∂β${m}`, values: norm.betaGrad },
        ]),
        each(`∂C/∂y${m}`, (k) => of(k).dy),
        each(`â${m}`, (k) => of(k).hat),
      ];
    default:
      return [layer(sampleColumns(ctx, op, op.sample))];
  }
}
