import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import { traceStep, type StepTrace, type Trainer } from '../../../src/engine';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import { prepareRun } from '../../../src/run/prepare';
import type { RunInfo } from '../../../src/worker/protocol';
import { runInfo } from '../../../src/worker/runFacts';
import { inspectContext, type InspectContext } from '../../../src/views/StepInspector/context';

/** A run prepared exactly as the worker and the replay command prepare it. */
export function preparedTrainer(config: RunConfig = defaultConfig()): Trainer {
  const assets = config.data.dataset === 'digits' ? { digits: loadDigitsFromDisk() } : {};
  const prepared = prepareRun(config, assets);
  if (!prepared.ok) throw new Error(prepared.error);
  return prepared.trainer;
}

/** The RunInfo the worker session sends for this run (the session's own function). */
export function infoOf(trainer: Trainer): RunInfo {
  return runInfo(1, trainer, trainer.dataset);
}

export interface TracedRun {
  config: RunConfig;
  trainer: Trainer;
  trace: StepTrace;
  info: RunInfo;
  ctx: InspectContext;
}

/** A real traced step of `config` after `warm` plain steps. */
export function tracedRun(
  config: RunConfig = defaultConfig(),
  warm = 0,
  samples?: number[],
): TracedRun {
  const trainer = preparedTrainer(config);
  trainer.run(warm);
  const trace = traceStep(trainer, samples);
  const info = infoOf(trainer);
  return { config, trainer, trace, info, ctx: inspectContext(trace, info, config) };
}
