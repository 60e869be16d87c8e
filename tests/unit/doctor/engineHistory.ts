import type { RunConfig } from '../../../src/config/types';
import type { LossPoint } from '../../../src/core/doctor';
import { Evaluator } from '../../../src/engine';
import { findLesson, lessonConfig } from '../../../src/lessons';
import { prepareRun } from '../../../src/run/prepare';
import { capped } from '../../../src/worker/runFacts';

/** A lesson variant's config, failing loudly on a wrong id. */
export function lessonRun(lessonId: string, variantId: string): RunConfig {
  const lesson = findLesson(lessonId);
  const variant = lesson?.variants.find((v) => v.id === variantId);
  if (!lesson || !variant) throw new Error(`no lesson variant ${lessonId}/${variantId}`);
  return lessonConfig(lesson, variant);
}

/**
 * Trains `config` on the real engine and records a loss-curve point every `every` steps from
 * step 0, measured as the worker measures it (the first EVAL_SAMPLE_CAP samples of each set).
 * Stops early after a divergence, with the NaN point the page would then see.
 */
export function engineHistory(config: RunConfig, steps: number, every: number): LossPoint[] {
  const run = prepareRun(config);
  if (!run.ok) throw new Error(run.error);
  const { trainer, dataset } = run;
  const evaluator = new Evaluator(trainer.network);
  const points: LossPoint[] = [];
  const record = (): void => {
    const train = evaluator.evaluate(capped(dataset.train), dataset);
    const test = evaluator.evaluate(capped(dataset.test), dataset);
    points.push({
      step: trainer.stepsDone,
      trainLoss: train.loss,
      testLoss: test.loss,
      batchLoss: trainer.lastBatchLoss,
    });
  };
  record();
  while (trainer.stepsDone < steps) {
    const diverged = trainer.run(Math.min(every, steps - trainer.stepsDone));
    record();
    if (diverged) break;
  }
  return points;
}
