/**
 * The data layer's public face: build a run's dataset from its config (seeded, pure, never
 * throwing), plus what the controls and the worker need to know about datasets and assets.
 * The Node-only disk loader lives in digitsNode.ts and is deliberately not re-exported here,
 * so the browser bundle never pulls in Node APIs.
 */
import { english, msg, type Message } from '../core/i18n/message';
import { DATASETS, type DatasetName, type RunConfig } from '../config/types';
import { Random, STREAMS } from '../core/random';
import { assemble } from './assemble';
import { csvData } from './csv';
import { DIGITS_ASSET_PATH, digitsData } from './digits';
import { generateGate, type GateName } from './gates';
import { generatePlaneClassification, type PlaneClassificationName } from './generators2d';
import { datasetInfo } from './info';
import { irisData } from './iris';
import { resolveDataParams, type DataParams } from './params';
import type { RawData } from './rawData';
import {
  generateRegression1d,
  generateRegression2d,
  type Regression1dName,
  type Regression2dName,
} from './regression';
import type { BuildResult, DatasetAssets } from './types';

export type * from './types';
export { datasetInfo } from './info';
export { decodeClass } from './encode';
export { FEATURE_LABELS } from './features';
export { DIGITS_ASSET_PATH, parseDigitsAsset } from './digits';

/** The asset a dataset needs before `buildDataset` can run, so the worker can fetch it first. */
export function needsAssets(config: RunConfig): 'digits' | null {
  return config.data.dataset === 'digits' ? 'digits' : null;
}

/**
 * The dataset of a run: same config and seed, same numbers, in Node and in the browser.
 * Bad user data (CSV) or a missing digits asset come back as `{ ok: false, error }`.
 */
export function buildDataset(config: RunConfig, assets: DatasetAssets = {}): BuildResult {
  const name = config.data.dataset;
  if (!(DATASETS as readonly string[]).includes(name)) {
    return failed(msg('problem.csv.unknownDataset', { name: String(name) }));
  }
  try {
    const params = resolveDataParams(config.data, datasetInfo(name));
    const rng = new Random(config.seed, STREAMS.data);
    const source = SOURCES[name]({ config, params, assets, rng });
    if (!source.ok) return source;
    const dataset = assemble(source.data, {
      params,
      normalize: config.data.normalize,
      outputActivation: config.network.output.activation,
      splitRng: new Random(config.seed, STREAMS.split),
    });
    return { ok: true, dataset };
  } catch (error) {
    // Not expected; but a view must get a message, never a dead worker.
    const why = error instanceof Error ? error.message : String(error);
    return failed(msg('problem.csv.buildFailed', { name: String(name), why }));
  }
}

type Source = { ok: true; data: RawData } | { ok: false; error: string; text: Message };

/** A failure saying `text`; `error` is its English words, for the command line. */
function failed(text: Message): { ok: false; error: string; text: Message } {
  return { ok: false, error: english(text), text };
}

interface SourceContext {
  config: RunConfig;
  params: DataParams;
  assets: DatasetAssets;
  /** The run's 'data' stream. */
  rng: Random;
}

const made = (data: RawData): Source => ({ ok: true, data });

const pointCloud =
  (name: PlaneClassificationName) =>
  ({ params, rng }: SourceContext): Source =>
    made(generatePlaneClassification(name, params.samples, params.noise, params.classes, rng));

const gate =
  (name: GateName) =>
  ({ params, rng }: SourceContext): Source =>
    made(generateGate(name, params.noise, rng));

const curve =
  (name: Regression1dName) =>
  ({ params, rng }: SourceContext): Source =>
    made(generateRegression1d(name, params.samples, params.noise, rng));

const surface =
  (name: Regression2dName) =>
  ({ params, rng }: SourceContext): Source =>
    made(generateRegression2d(name, params.samples, params.noise, rng));

/** One source per dataset name; the Record type makes a new name in DATASETS fail to compile here. */
const SOURCES: Record<DatasetName, (context: SourceContext) => Source> = {
  circle: pointCloud('circle'),
  xor: pointCloud('xor'),
  gaussians: pointCloud('gaussians'),
  spiral: pointCloud('spiral'),
  moons: pointCloud('moons'),
  'gate-and': gate('gate-and'),
  'gate-or': gate('gate-or'),
  'gate-xor': gate('gate-xor'),
  'gate-xnor': gate('gate-xnor'),
  'gate-nand': gate('gate-nand'),
  sine: curve('sine'),
  abs: curve('abs'),
  step: curve('step'),
  cubic: curve('cubic'),
  plane: surface('plane'),
  bump: surface('bump'),
  iris: () => made(irisData()),
  digits: ({ params, assets, rng }) =>
    assets.digits
      ? made(digitsData(assets.digits, params.samples, params.digitSize, rng))
      : failed(msg('problem.csv.noDigits', { path: DIGITS_ASSET_PATH })),
  csv: ({ config }) => {
    const parsed = csvData(config.data);
    return parsed.ok ? made(parsed.value) : parsed;
  },
};
