/**
 * fast-check arbitraries for valid RunConfigs covering every field (derived from the field
 * table, so a new field is covered automatically).
 *
 * Deriving valid values from the table means these arbitraries test the CODEC, not the ranges;
 * the ranges themselves are checked against the design by hand-written cases in validate.test.ts.
 */
import fc from 'fast-check';
import { MATHS_VERSIONS } from '../../../src/core/detmath';
import { expressionFacts, PRESETS } from '../../../src/core/scalarGraph';
import { defaultConfig } from '../../../src/config/defaults';
import {
  FIELD_SPECS,
  LAYER_FIELD_SPECS,
  LIVE_SETTINGS,
  LOSS_NEEDS_OUTPUT,
  fieldSpec,
  sampleRange,
  type FieldSpec,
  type NumberSpec,
} from '../../../src/config/fields';
import { setPath, type PlainObject } from '../../../src/config/paths';
import { LIMITS } from '../../../src/config/limits';
import { BUDGET, layerWidthBounds, memoryBytes } from '../../../src/config/budget';
import type { InitialParams, LayerConfig, LiveChange, RunConfig } from '../../../src/config/types';

/** Doubles that break naive codecs. */
const SPECIAL_DOUBLES = [
  -0,
  0,
  5e-324,
  2.2250738585072014e-308,
  1e-7,
  0.1,
  0.30000000000000004,
  1 / 3,
  1e21,
  1e308,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
];

function inRange(spec: NumberSpec, x: number): boolean {
  const aboveMin = spec.minExclusive ? x > spec.min : x >= spec.min;
  const belowMax = spec.maxExclusive ? x < spec.max : x <= spec.max;
  return aboveMin && belowMax && (!spec.integer || Number.isInteger(x));
}

export function numberArb(spec: NumberSpec): fc.Arbitrary<number> {
  const finiteMax = Math.min(spec.max, Number.MAX_VALUE);
  const body = fc.double({
    min: spec.min,
    max: finiteMax,
    minExcluded: spec.minExclusive ?? false,
    maxExcluded: (spec.maxExclusive ?? false) && finiteMax === spec.max,
    noNaN: true,
    noDefaultInfinity: true,
  });
  const specials = [...SPECIAL_DOUBLES, spec.min, finiteMax].filter((x) => inRange(spec, x));
  const any = fc.oneof(body, fc.constantFrom(...specials));
  return spec.integer ? any.map((x) => Math.floor(x)).filter((x) => inRange(spec, x)) : any;
}

function valueArb(spec: FieldSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'number':
      return numberArb(spec);
    case 'choice':
      return fc.constantFrom(...spec.choices);
    case 'boolean':
      return fc.boolean();
    case 'subset':
      return fc.shuffledSubarray([...spec.choices], { minLength: 1 });
    case 'text':
      if (spec.path === 'open.graphExpression') return graphExpressionArb;
      if (spec.path === 'open.graphValues') return graphValuesArb;
      return csvTextArb;
    case 'layers':
      return fc.array(layerArb, { maxLength: spec.maxCount });
    case 'params':
      return fc.constant(null); // filled in once the layer count is known
  }
}

/** Expressions of the graph view (valid ones; the parser has its own fuzz tests). */
const graphExpressionArb = fc.constantFrom(
  ...PRESETS.map((p) => p.expression),
  'x',
  '2',
  'σ(w₀·x₀ − b_1) ^ 2',
  'max(x1, -y) / (1 + abs(z))',
);
const graphValuesArb = fc
  .array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-0)), {
    maxLength: 6,
  })
  .map((xs) => xs.map(String).join(','));

/** Text with every character that has a meaning in URLs, HTML or CSV, plus unicode. */
const ODD_PIECES = [
  '&', '#', '=', '%', '%25', '%2B', '+', ',', ';', '\n', '\r\n', '\t', '"', "'", '<script>',
  '</script>', '?', '/', '\\', ' ', '\u0000', '\ufeff', 'é', 'ß', '漢字', '😀', '👩‍👩‍👧', '\u202e',
  '1.5', '-2', 'v=1', '__proto__',
]; // prettier-ignore

export const csvTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(fc.constantFrom(...ODD_PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
);

export const layerArb: fc.Arbitrary<LayerConfig> = fc
  .record(
    Object.fromEntries(LAYER_FIELD_SPECS.map((spec) => [spec.path, valueArb(spec)])) as Record<
      string,
      fc.Arbitrary<unknown>
    >,
  )
  .map((layer) => layer as unknown as LayerConfig);

const paramNumberArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...SPECIAL_DOUBLES, -Number.MAX_VALUE, -5e-324),
);

function paramsArb(hiddenLayers: number): fc.Arbitrary<InitialParams | null> {
  const lists = fc.array(fc.array(paramNumberArb, { minLength: 1, maxLength: 12 }), {
    minLength: hiddenLayers + 1,
    maxLength: hiddenLayers + 1,
  });
  return fc.option(fc.record({ weights: lists, biases: lists }), { freq: 2 });
}

/**
 * A valid RunConfig. Each field is its default about a third of the time, so links with and
 * without each key are both exercised.
 */
export const validConfigArb: fc.Arbitrary<RunConfig> = fc
  .record(
    Object.fromEntries(
      FIELD_SPECS.map((spec) => [spec.path, fc.oneof(fc.constant(undefined), valueArb(spec))]),
    ) as Record<string, fc.Arbitrary<unknown>>,
  )
  .map((values) => {
    const config = defaultConfig();
    for (const [path, value] of Object.entries(values)) {
      if (value !== undefined) setPath(config as unknown as PlainObject, path, value);
    }
    return makeConsistent(config);
  })
  .chain((config) =>
    paramsArb(config.network.hidden.length).map((initialParams) => ({ ...config, initialParams })),
  )
  .chain((config) =>
    changesArb.map((changes) => ({ ...config, changes: consistentChanges(config, changes) })),
  )
  .chain((config) =>
    fc.constantFrom(...MATHS_VERSIONS).map((mathsVersion) => ({ ...config, mathsVersion })),
  );

/** A valid live-change log: settings from the table's own ranges, weights and biases, by step. */
const changesArb: fc.Arbitrary<LiveChange[]> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LIVE_SETTINGS).chain((path) =>
        fc.record({
          step: fc.integer({ min: 0, max: LIMITS.openStep }),
          kind: fc.constant('setting' as const),
          path: fc.constant(path),
          value: valueArb(fieldSpec(path)!) as fc.Arbitrary<number | string>,
        }),
      ),
      fc.record({
        step: fc.integer({ min: 0, max: LIMITS.openStep }),
        kind: fc.constant('weight' as const),
        layer: fc.integer({ min: 1, max: 11 }),
        to: fc.integer({ min: 0, max: 255 }),
        from: fc.integer({ min: 0, max: 783 }),
        value: paramNumberArb,
      }),
      fc.record({
        step: fc.integer({ min: 0, max: LIMITS.openStep }),
        kind: fc.constant('bias' as const),
        layer: fc.integer({ min: 1, max: 11 }),
        to: fc.integer({ min: 0, max: 255 }),
        value: paramNumberArb,
      }),
    ),
    { maxLength: 6 },
  )
  .map((changes) => [...changes].sort((a, b) => a.step - b.step));

/** Applies the cross-field rules the per-field arbitraries cannot know about. */
function makeConsistent(config: RunConfig): RunConfig {
  const samples = sampleRange(config.data.dataset);
  config.data.samples = Math.min(Math.max(config.data.samples, samples.min), samples.max);
  const { optimizer, schedule } = config.training;
  schedule.cycleLow = Math.min(schedule.cycleLow, optimizer.learningRate);
  const needed = LOSS_NEEDS_OUTPUT[config.network.loss];
  if (needed !== undefined) config.network.output.activation = needed;
  // The work budget (budget.ts), computed here by hand: 3 × batch × weights.
  const widths = layerWidthBounds(config);
  let weights = 0;
  for (let l = 1; l < widths.length; l++) weights += widths[l - 1] * widths[l];
  const batchForWork = Math.floor(BUDGET.stepMultiplyAdds / (3 * weights));
  config.training.batchSize = Math.max(1, Math.min(config.training.batchSize, batchForWork));
  // …and the memory budget: the largest batch whose data and activations fit (memoryBytes is
  // linear in the batch, so one division finds it).
  const rows = config.data.dataset === 'csv' ? LIMITS.csvRows : config.data.samples;
  const fixed = memoryBytes(widths, 0, rows);
  const perSample = memoryBytes(widths, 1, rows) - fixed;
  const batchForMemory = Math.floor((BUDGET.memoryBytes - fixed) / perSample);
  config.training.batchSize = Math.max(1, Math.min(config.training.batchSize, batchForMemory));
  // The graph's values: one per variable of its expression.
  const facts = expressionFacts(config.open.graphExpression);
  const count = facts.ok ? facts.variables.length : 0;
  const given = config.open.graphValues === '' ? [] : config.open.graphValues.split(',');
  config.open.graphValues = Array.from({ length: count }, (_, k) => given[k] ?? '0.5').join(',');
  return config;
}

/**
 * Keeps the lowest cyclic rate at or below the learning rate at every step of the log, as
 * the key rules require: a too-high low rate is lowered, and a change that would break the
 * rule while the schedule is cyclic is left out.
 */
function consistentChanges(config: RunConfig, changes: LiveChange[]): LiveChange[] {
  const current = { ...config.training.schedule, lr: config.training.optimizer.learningRate };
  const kept: LiveChange[] = [];
  for (const change of changes) {
    if (change.kind !== 'setting') {
      kept.push(change);
      continue;
    }
    const next = { ...current };
    let entry = change;
    if (change.path === 'training.schedule.cycleLow') {
      entry = { ...change, value: Math.min(change.value as number, current.lr) };
      next.cycleLow = entry.value as number;
    } else if (change.path === 'training.optimizer.learningRate') {
      next.lr = change.value as number;
    } else if (change.path === 'training.schedule.kind') {
      next.kind = change.value as typeof next.kind;
    }
    if (next.kind === 'cyclic' && next.cycleLow > next.lr) continue;
    Object.assign(current, next);
    kept.push(entry);
  }
  return kept;
}
