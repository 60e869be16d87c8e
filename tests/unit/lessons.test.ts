import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../src/config/link';
import { validateConfig } from '../../src/config/validate';
import { LAYER_STATS, LayerStat, Evaluator, type Trainer } from '../../src/engine';
import { writeLayerStats } from '../../src/engine/stats';
import {
  LESSONS,
  findLesson,
  lessonConfig,
  latestLessonStep,
  lessonForLink,
  lessonLink,
  type Lesson,
} from '../../src/lessons';
import { LESSON1_WEIGHTS } from '../../src/lessons/lessons';
import { prepareRun, type PreparedRun } from '../../src/run/prepare';
import { computeGraph, neuronGraph, variableGradients } from '../../src/core/scalarGraph';
import { traceStep } from '../../src/engine/trace';
import { valuesByName } from '../../src/views/ScalarGraph/graphActions';
import { neuronFactsFromTrace } from '../../src/views/ScalarGraph/neuronFacts';
import { headAdvice } from '../../src/views/Controls/headAdvice';
import { fitsData, presetFor } from '../../src/views/Controls/datasetPresets';
import { translator } from '../../src/core/i18n';

type Ready = Extract<PreparedRun, { ok: true }>;

function lesson(id: string): Lesson {
  const found = findLesson(id);
  if (!found) throw new Error(`no lesson '${id}'`);
  return found;
}

/** The variant's run, built from its link as the page builds it. */
function openRun(lessonId: string, variantId: string): Ready {
  const l = lesson(lessonId);
  const variant = l.variants.find((v) => v.id === variantId);
  if (!variant) throw new Error(`no variant '${variantId}' in '${lessonId}'`);
  const run = prepareRun(decodeLink(lessonLink(l, variant)).config);
  if (!run.ok) throw new Error(run.error);
  return run;
}

/** Trains to the step the link opens at; fails the test on a divergence. */
function trainToOpenStep(run: Ready): Ready {
  const divergence = run.trainer.run(run.config.open.step);
  expect(divergence).toBeNull();
  return run;
}

function stats(trainer: Trainer): (layer: number, stat: number) => number {
  const out = new Float64Array(trainer.network.depth * LAYER_STATS);
  writeLayerStats(trainer, out, 0);
  return (layer, stat) => out[(layer - 1) * LAYER_STATS + stat];
}

function trainLoss(run: Ready): number {
  return new Evaluator(run.trainer.network).evaluate(run.dataset.train, run.dataset).loss;
}

function gap(run: Ready): number {
  const evaluator = new Evaluator(run.trainer.network);
  const train = evaluator.evaluate(run.dataset.train, run.dataset).loss;
  const test = evaluator.evaluate(run.dataset.test, run.dataset).loss;
  return test - train;
}

describe('lesson definitions', () => {
  it('lists the ten lessons, each with text, a place to look and named variants', () => {
    expect(LESSONS).toHaveLength(11);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(11);
    for (const l of LESSONS) {
      expect(l.title.length).toBeGreaterThan(0);
      expect(l.text.length).toBeGreaterThan(100);
      expect(l.lookAt.length).toBeGreaterThan(40);
      expect(l.verify.length).toBeGreaterThan(20);
      expect(l.variants.length).toBeGreaterThan(0);
      expect(new Set(l.variants.map((v) => v.id)).size).toBe(l.variants.length);
    }
  });

  it('every variant link decodes with no problem, round-trips and is recognised', () => {
    for (const l of LESSONS) {
      for (const variant of l.variants) {
        const config = lessonConfig(l, variant);
        expect(validateConfig(config).problems).toEqual([]);
        const link = lessonLink(l, variant);
        const decoded = decodeLink(link);
        expect(decoded.problems, `${l.id}/${variant.id}`).toEqual([]);
        expect(decoded.config).toEqual(config);
        expect(config.open.view).toBe(l.view);
        expect(lessonForLink(`#${link}`)).toEqual({ lesson: l, variant });
        // The link as shared before maths version 2 opens the same lesson, in version 1.
        const old = lessonLink(l, variant, 1);
        expect(old).toBe(link.replace(/v=2$/, 'v=1'));
        expect(decodeLink(old).config).toEqual({ ...config, mathsVersion: 1 });
        expect(lessonForLink(`#${old}`)).toEqual({ lesson: l, variant });
      }
    }
    expect(lessonForLink('#v=1')).toBeNull();
    expect(lessonForLink('#v=2')).toBeNull();
  });

  it('a link opening later than every lesson is no lesson, as its step alone tells', () => {
    // The filter reads the steps from the unvalidated patches: validation must keep them.
    const steps = LESSONS.flatMap((l) => l.variants.map((v) => lessonConfig(l, v).open.step));
    expect(latestLessonStep()).toBe(Math.max(...steps));
    expect(latestLessonStep()).toBe(2000);
    const lesson = LESSONS.find((l) => l.variants.some((v) => lessonConfig(l, v).open.step > 0))!;
    const variant = lesson.variants.find((v) => lessonConfig(lesson, v).open.step > 0)!;
    const link = lessonLink(lesson, variant);
    const step = lessonConfig(lesson, variant).open.step;
    expect(link).toContain(`step=${step}&`);
    expect(lessonForLink(`#${link}`)).toEqual({ lesson, variant });
    expect(lessonForLink(`#${link.replace(`step=${step}&`, 'step=2001&')}`)).toBeNull();
    expect(lessonForLink('#step=1000000&v=2')).toBeNull();
  });

  it('every variant builds a run', () => {
    for (const l of LESSONS) {
      for (const variant of l.variants) {
        const run = prepareRun(lessonConfig(l, variant));
        expect(run.ok && run.warnings, `${l.id}/${variant.id}`).toEqual([]);
      }
    }
  });

  it("no variant draws the panel's advice or its offer of another network against its own set-up", () => {
    const t = translator('en');
    for (const l of LESSONS) {
      for (const variant of l.variants) {
        const config = lessonConfig(l, variant);
        expect(headAdvice(config, t), `${l.id}/${variant.id}`).toBeNull();
        const preset = presetFor(config.data.dataset);
        expect(preset === null || fitsData(config, preset), `${l.id}/${variant.id}`).toBe(true);
      }
    }
  });
});

describe('each lesson makes its point on the real engine', () => {
  it('1: one sample: from ŷ = (0.592, 0.713) the error falls at every step towards (0.8, 0.6)', () => {
    const run = openRun('one-sample', 'one-sample');
    expect(run.config.initialParams?.weights).toEqual(LESSON1_WEIGHTS);
    expect(run.trainer.network.sizes).toEqual([3, 2, 3, 2]);
    const evaluator = new Evaluator(run.trainer.network);
    const outputs = (): number[] => {
      let z: number[] = [];
      evaluator.forwardInputs(run.dataset.train.inputs, 1, () => {
        z = Array.from(evaluator.ws.z[3].subarray(0, 2));
      });
      return z;
    };
    const first = outputs();
    expect(first[0]).toBeCloseTo(0.5917, 4);
    expect(first[1]).toBeCloseTo(0.7132, 4);
    let loss = trainLoss(run);
    expect(loss).toBeCloseTo(0.0281, 4);
    for (let step = 1; step <= 50; step++) {
      expect(run.trainer.run(1)).toBeNull();
      const next = trainLoss(run);
      expect(next, `step ${step}`).toBeLessThan(loss);
      loss = next;
    }
    expect(loss).toBeCloseTo(0.0158, 4);
    const after50 = outputs();
    expect(Math.abs(after50[0] - 0.8)).toBeLessThan(Math.abs(first[0] - 0.8));
    expect(Math.abs(after50[1] - 0.6)).toBeLessThan(Math.abs(first[1] - 0.6));
    run.trainer.run(2950);
    const late = outputs();
    expect(late[0]).toBeCloseTo(0.8, 3);
    expect(late[1]).toBeCloseTo(0.6, 3);
  });

  it('2: XOR: no hidden layer stays at ≤ 75% accuracy, one hidden layer gets all four', () => {
    const accuracy = (variant: string): number => {
      const run = trainToOpenStep(openRun('xor', variant));
      return new Evaluator(run.trainer.network).evaluate(run.dataset.train, run.dataset).accuracy;
    };
    expect(accuracy('no-hidden')).toBeLessThanOrEqual(0.75);
    // As the note says: ŷ ≈ 0.5 everywhere, loss ln 2, and 25% where the differences fall.
    expect(accuracy('no-hidden')).toBe(0.25);
    expect(trainLoss(trainToOpenStep(openRun('xor', 'no-hidden')))).toBeCloseTo(Math.LN2, 2);
    expect(accuracy('one-hidden')).toBe(1);
  });

  it('3: vanishing gradients: layer 1 gets ≥ 100× less gradient than layer 9 with sigmoid, not with ReLU', () => {
    const ratio = (variant: string): number => {
      const run = trainToOpenStep(openRun('vanishing-gradients', variant));
      const stat = stats(run.trainer);
      return stat(9, LayerStat.meanAbsGrad) / stat(1, LayerStat.meanAbsGrad);
    };
    expect(ratio('sigmoid')).toBeGreaterThanOrEqual(1e4);
    expect(ratio('relu')).toBeLessThan(10);
  });

  it('4: dead ReLUs: η = 3 kills most units of layers 2–3 within 10 steps for good, η = 0.1 keeps them alive', () => {
    const deadAt = (variant: string, steps: number[]): number[][] => {
      const run = openRun('dead-relus', variant);
      expect(run.config.open.step).toBe(2);
      return steps.map((step) => {
        expect(run.trainer.run(step - run.trainer.stepsDone)).toBeNull();
        const stat = stats(run.trainer);
        return [2, 3].map((l) => stat(l, LayerStat.deadFraction));
      });
    };
    const [atOpen, at10, at300] = deadAt('high-lr', [2, 10, 300]);
    expect(Math.max(...atOpen)).toBeLessThan(0.5); // still climbing when the link opens
    for (const share of [...at10, ...at300]) expect(share).toBeGreaterThanOrEqual(0.8);
    for (const share of deadAt('sane-lr', [10, 300]).flat()) expect(share).toBeLessThanOrEqual(0.2);
  });

  it('5: initialization: layer 10 collapses with σ = 0.01, saturates with σ = 1, stays spread with Xavier and He', () => {
    const layer10 = (variant: string): { sd: number; saturated: number } => {
      const run = trainToOpenStep(openRun('initialization', variant));
      const stat = stats(run.trainer);
      return {
        sd: stat(10, LayerStat.activationStd),
        saturated: stat(10, LayerStat.saturatedFraction),
      };
    };
    expect(layer10('tiny').sd).toBeLessThan(1e-6);
    expect(layer10('large').saturated).toBeGreaterThan(0.25);
    // σ = 1 backwards: Wᵀ outgrows the flat tails, the gradients grow towards layer 1.
    const large = stats(trainToOpenStep(openRun('initialization', 'large')).trainer);
    const grad = (layer: number) => large(layer, LayerStat.meanAbsGrad);
    expect(grad(1)).toBeGreaterThan(50 * grad(10));
    expect(grad(1)).toBeCloseTo(1.3, 1);
    expect(grad(10)).toBeCloseTo(0.009, 3);
    for (const variant of ['xavier', 'he']) {
      const { sd, saturated } = layer10(variant);
      expect(sd, variant).toBeGreaterThan(0.05);
      expect(sd, variant).toBeLessThan(2);
      if (variant === 'xavier') expect(saturated).toBe(0);
    }
  });

  it('6: optimizers: Momentum and Adam reach a lower loss than SGD in the same 2 000 steps', () => {
    const loss = (variant: string): number =>
      trainLoss(trainToOpenStep(openRun('optimizers', variant)));
    const sgd = loss('sgd');
    expect(loss('momentum')).toBeLessThan(0.8 * sgd);
    expect(loss('adam')).toBeLessThan(0.8 * sgd);
  });

  it('7: overfitting: L2 and dropout shrink the train/test gap to under half', () => {
    const plain = gap(trainToOpenStep(openRun('overfitting', 'none')));
    expect(plain).toBeGreaterThan(0.3);
    expect(gap(trainToOpenStep(openRun('overfitting', 'l2')))).toBeLessThan(plain / 2);
    expect(gap(trainToOpenStep(openRun('overfitting', 'dropout')))).toBeLessThan(plain / 2);
  });

  it('8: softmax: the loss at step 0 is ln 3 within 0.02 (and far above it with σ = 1)', () => {
    const small = openRun('softmax', 'small');
    expect(small.config.open.step).toBe(0);
    expect(small.dataset.classes).toBe(3);
    expect(Math.abs(trainLoss(small) - Math.log(3))).toBeLessThan(0.02);
    expect(trainLoss(openRun('softmax', 'large'))).toBeGreaterThan(3);
  });

  it('8: softmax, played on: small weights learn the arms after a slow start; σ = 1 overfits', () => {
    const accuracies = (variant: string, steps: number[]) => {
      const run = openRun('softmax', variant);
      const evaluator = new Evaluator(run.trainer.network);
      return steps.map((step) => {
        expect(run.trainer.run(step - run.trainer.stepsDone)).toBeNull();
        const train = evaluator.evaluate(run.dataset.train, run.dataset).accuracy;
        return { train, test: evaluator.evaluate(run.dataset.test, run.dataset).accuracy };
      });
    };
    const [small1600, small5000] = accuracies('small', [1600, 5000]);
    expect(small1600.train).toBeLessThan(0.5);
    expect(small5000.train).toBeGreaterThan(0.9);
    const [large1600, large12000] = accuracies('large', [1600, 12_000]);
    expect(large1600.train).toBeGreaterThan(small1600.train);
    expect(large1600.test).toBeLessThan(0.6);
    expect(large12000.test).toBeLessThan(0.8);
  }, 30_000);

  it('9: learning rate: too small barely moves, right converges, too large diverges', () => {
    const lossAfter500 = (variant: string): number => {
      const run = openRun('learning-rate', variant);
      const first = trainLoss(run);
      expect(run.trainer.run(500)).toBeNull();
      return trainLoss(run) / first;
    };
    expect(lossAfter500('small')).toBeGreaterThan(0.4);
    expect(lossAfter500('right')).toBeLessThan(0.1);
    const large = trainToOpenStep(openRun('learning-rate', 'large'));
    const divergence = large.trainer.run(1000);
    expect(divergence).not.toBeNull();
    expect(divergence?.step).toBeGreaterThan(large.config.open.step);
  });

  it('10: computational graph: (x+y)·z, the sigmoid neuron, and a trained neuron bit-equal to its trace', () => {
    const graphOf = (variant: string) => {
      const open = openRun('computational-graph', variant).config.open;
      const r = computeGraph(
        open.graphExpression,
        valuesByName(open.graphExpression, open.graphValues),
      );
      if (!r.ok) throw new Error(r.problem.message);
      return r.graph;
    };
    const addMultiply = graphOf('add-multiply');
    expect(addMultiply.nodes[addMultiply.output].value).toBe(-12);
    expect(variableGradients(addMultiply)).toEqual({ x: -4, y: -4, z: 3 });
    const neuron = graphOf('sigmoid-neuron');
    expect(neuron.nodes[neuron.output].value.toFixed(3)).toBe('0.731');
    const g = variableGradients(neuron);
    expect([g.w0, g.w1, g.w2, g.x0, g.x1].map((x) => x.toFixed(3))).toEqual([
      '-0.197',
      '-0.393',
      '0.197',
      '0.393',
      '-0.590',
    ]);

    const run = trainToOpenStep(openRun('computational-graph', 'real-neuron'));
    expect(run.trainer.stepsDone).toBe(300);
    const trace = traceStep(run.trainer, [0]);
    const L = trace.sizes.length - 1;
    const { numbers } = neuronGraph(neuronFactsFromTrace(trace, 0, L, 0, run.config));
    const sample = trace.samples[0];
    expect([numbers.a, numbers.z, numbers.delta, numbers.cost]).toEqual([
      sample.a[L - 1][0],
      sample.z[L][0],
      sample.delta[L - 1][0],
      sample.cost,
    ]);
    expect(numbers.weightGrads).toEqual(Array.from(trace.weightGrads[L - 1]));
  });

  it('11: batch norm: six sigmoid layers stall without it and learn the circle with it, same η', () => {
    const after2000 = (variant: string): { loss: number; accuracy: number } => {
      const run = trainToOpenStep(openRun('batch-norm', variant));
      expect(run.trainer.stepsDone).toBe(2000);
      expect(run.trainer.learningRate).toBe(0.003);
      return new Evaluator(run.trainer.network).evaluate(run.dataset.train, run.dataset);
    };
    const plain = after2000('plain');
    expect(plain.loss).toBeGreaterThan(0.68);
    expect(plain.accuracy).toBeLessThan(0.6);
    const normed = after2000('bn');
    expect(normed.loss).toBeLessThan(0.1);
    expect(normed.accuracy).toBeGreaterThan(0.95);
  });
});
