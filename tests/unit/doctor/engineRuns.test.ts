import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { decodeLink } from '../../../src/config/link';
import type { RunConfig } from '../../../src/config/types';
import { LossDoctor, type Diagnosis, type LossPoint } from '../../../src/core/doctor';
import { findLesson, lessonLink } from '../../../src/lessons';
import { engineHistory } from './engineHistory';

/** A lesson variant's run, opened from its link as the page opens it. */
function fromLink(lessonId: string, variantId: string): RunConfig {
  const lesson = findLesson(lessonId);
  const variant = lesson?.variants.find((v) => v.id === variantId);
  if (!lesson || !variant) throw new Error(`no lesson variant ${lessonId}/${variantId}`);
  const decoded = decodeLink(lessonLink(lesson, variant));
  expect(decoded.problems).toEqual([]);
  return decoded.config;
}

function contextOf(config: RunConfig): { softmaxClasses: number | null } {
  const softmax = config.network.output.activation === 'softmax' && config.network.loss === 'cce';
  return { softmaxClasses: softmax ? config.data.classes : null };
}

/** Feeds the curve point by point, as the page does; returns every diagnosis ever shown. */
function watch(config: RunConfig, points: LossPoint[]): Map<string, Diagnosis> {
  const doctor = new LossDoctor(contextOf(config));
  const seen = new Map<string, Diagnosis>();
  for (let i = 1; i <= points.length; i++) {
    for (const d of doctor.update(points.slice(0, i))) if (!seen.has(d.kind)) seen.set(d.kind, d);
  }
  return seen;
}

describe('the doctor on real engine runs', () => {
  it('learning-rate lesson, η = 1: diverging, with the rise in numbers', () => {
    const config = fromLink('learning-rate', 'large');
    const seen = watch(config, engineHistory(config, 200, 10));
    expect([...seen.keys()]).toEqual(['diverging']);
    expect(seen.get('diverging')?.evidence).toMatch(/rose from 0\.239 \(step 0\) to .*e\+\d+/);
  });

  it('initialization lesson, tanh σ = 0.01: flat from the start', () => {
    const config = fromLink('initialization', 'tiny');
    const seen = watch(config, engineHistory(config, 300, 10));
    expect([...seen.keys()]).toEqual(['flat']);
    expect(seen.get('flat')?.evidence).toMatch(/moved at most 0\.\d+% from its first value 0\.5/);
  });

  it('overfitting lesson without regularization: overfitting, once the test loss has risen', () => {
    const config = fromLink('overfitting', 'none');
    const seen = watch(config, engineHistory(config, 1000, 10));
    expect([...seen.keys()]).toEqual(['overfitting']);
    expect(seen.get('overfitting')?.evidence).toMatch(/lowest at step 240 \(0\.382\)/);
  });

  it('softmax lesson with σ = 1: the first loss is far from ln 3', () => {
    const config = fromLink('softmax', 'large');
    const seen = watch(config, engineHistory(config, 100, 10));
    expect([...seen.keys()]).toEqual(['first-loss']);
    expect(seen.get('first-loss')?.evidence).toContain('ln 3 = 1.1; it was 7.54');
  });

  it('learning-rate lesson at batch size 1 and η = 0.3: very noisy', () => {
    const base = fromLink('learning-rate', 'right');
    const config: RunConfig = {
      ...base,
      training: {
        ...base.training,
        batchSize: 1,
        optimizer: { ...base.training.optimizer, learningRate: 0.3 },
      },
    };
    const seen = watch(config, engineHistory(config, 400, 10));
    expect(seen.has('noisy')).toBe(true);
    expect(seen.has('diverging')).toBe(false);
  });

  it('says nothing on the default run', () => {
    const config = defaultConfig();
    expect([...watch(config, engineHistory(config, 2000, 10)).keys()]).toEqual([]);
  });

  const healthy: [string, string][] = [
    ['one-sample', 'one-sample'],
    ['xor', 'one-hidden'],
    ['vanishing-gradients', 'relu'],
    ['dead-relus', 'sane-lr'],
    ['initialization', 'xavier'],
    ['initialization', 'he'],
    ['optimizers', 'sgd'],
    ['optimizers', 'momentum'],
    ['optimizers', 'adam'],
    ['overfitting', 'l2'],
    ['overfitting', 'dropout'],
    ['softmax', 'small'],
    ['learning-rate', 'right'],
    ['batch-norm', 'bn'],
  ];
  it.each(healthy)('says nothing on the healthy variant %s/%s up to its opening step', (l, v) => {
    const config = fromLink(l, v);
    const steps = Math.max(config.open.step, 500);
    expect([...watch(config, engineHistory(config, steps, 10)).keys()]).toEqual([]);
  });
});
