import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import type { RunConfig } from '../../../src/config/types';
import { translator } from '../../../src/core/i18n';
import type { TraceOp } from '../../../src/core/trace';
import { traceStep } from '../../../src/engine/trace';
import { runInfo } from '../../../src/worker/runFacts';
import { inspectContext, type InspectContext } from '../../../src/views/StepInspector/context';
import { resolveFocus, type OpFocus } from '../../../src/views/StepInspector/focus';
import { opFormula, type OpFormula } from '../../../src/views/StepInspector/formulas';
import { opTitle } from '../../../src/views/StepInspector/opLabels';
import { plainNum } from '../../../src/views/StepInspector/tex';
import { bnRun } from '../engine/bnReference';
import { holdsSentence } from '../i18n/scanText';
import { tracedRun } from './traceFixture';

/**
 * The step inspector's sentences in both languages, on real traced steps: with the page in
 * Korean every explanation, caption, note and table label is Korean (no English sentence, no
 * placeholder left unfilled), the formulas and numbers are the same as in English, and the
 * sentences carry the step's real numbers.
 */

const HANGUL = /[가-힣]/;

function withConfig(patch: (c: RunConfig) => void): RunConfig {
  const c = defaultConfig();
  patch(c);
  return c;
}

/** The words of one operation's view: explanation, captions, notes, the terms table's labels. */
function words(formula: OpFormula): string[] {
  const captions = formula.lines.flatMap((line) => (line.caption ? [line.caption] : []));
  const terms = formula.terms
    ? [formula.terms.caption, formula.terms.total.label, ...formula.terms.rows.map((r) => r.label)]
    : [];
  return [formula.explain, ...captions, ...formula.notes, ...terms];
}

interface Both {
  op: TraceOp;
  focus: OpFocus;
  en: OpFormula;
  ko: OpFormula;
}

/** Every operation of the step, at its default focus, in English and in Korean. */
function walk(ctx: InspectContext): Both[] {
  const ko: InspectContext = { ...ctx, t: translator('ko') };
  return ctx.trace.ops.map((op) => {
    const focus = resolveFocus(op, ctx.trace.sizes, null, null);
    return { op, focus, en: opFormula(ctx, op, focus), ko: opFormula(ko, op, focus) };
  });
}

/** What holds for every operation of every run: Korean words, the same formulas and numbers. */
function expectKorean(ctx: InspectContext): void {
  for (const { op, en, ko } of walk(ctx)) {
    const where = `${op.kind} ${'layer' in op ? op.layer : ''}`;
    for (const text of words(ko)) {
      expect(text, where).toMatch(HANGUL);
      expect(holdsSentence(text), `${where}: ${text}`).toBe(false);
      expect(text, where).not.toMatch(/\{\w+\}/);
    }
    for (const text of words(en)) expect(text, where).not.toMatch(HANGUL);
    expect(ko.lines.map((l) => l.tex)).toEqual(en.lines.map((l) => l.tex));
    expect(ko.result?.value).toBe(en.result?.value);
    expect(ko.lines.length).toBe(en.lines.length);
    expect(ko.notes.length).toBe(en.notes.length);
    expect(opTitle(op, ctx.trace, translator('ko')), where).toMatch(HANGUL);
  }
}

function find(all: Both[], pred: (op: TraceOp) => boolean): Both {
  const found = all.find((b) => pred(b.op));
  if (!found) throw new Error('no such operation');
  return found;
}

describe('the default network (2-4-2-1 tanh, half-SSE, SGD, batch 10) in Korean', () => {
  const run = tracedRun(defaultConfig(), 3);
  const { trace } = run;
  const all = walk(run.ctx);

  it('every operation speaks Korean around the same formulas', () => {
    expectKorean(run.ctx);
  });

  it('backpropagation names the layers and symbols of this step', () => {
    const { en, ko } = find(all, (op) => op.kind === 'backward-delta' && op.layer === 2);
    expect(en.explain).toBe(
      'Backpropagation: the deltas of layer 3 flow back through the weights W⁽³⁾ to layer 2, reusing δ⁽³⁾ instead of differentiating every weight separately.',
    );
    expect(ko.explain).toBe(
      '역전파: 3층의 델타가 가중치 W⁽³⁾를 거쳐 2층으로 거꾸로 흐릅니다. 가중치마다 따로 미분하지 않고, 이미 구한 δ⁽³⁾ 값을 다시 씁니다.',
    );
    expect(ko.lines[1].caption).toBe('뉴런 1: 위층의 델타가 나가는 간선을 따라 되돌아옴');
    expect(ko.lines[2].caption).toBe('tanh의 도함수');
  });

  it('the last sample’s loss gives the batch loss, the gradients the batch size', () => {
    const last = trace.samples.length - 1;
    const loss = find(all, (op) => op.kind === 'loss' && op.sample === last);
    expect(loss.ko.notes).toContain(
      `배치 손실: 샘플 10개 비용의 평균 = ${plainNum(trace.batchLoss)}. 기울기도 평균으로 구합니다.`,
    );
    expect(loss.en.notes).toContain(
      `Batch loss: the mean of the 10 samples' costs = ${plainNum(trace.batchLoss)}. Gradients are means too.`,
    );
    expect(loss.ko.lines[0].caption).toBe('제곱 오차 합의 절반; 출력은 ŷ = z⁽³⁾, 목표값은 y');
    const grad = find(all, (op) => op.kind === 'gradients' && op.layer === 2);
    expect(grad.ko.lines[0].caption).toBe('샘플 10개 배치에 대한 평균');
    expect(grad.ko.lines[1].caption).toBe('1층 뉴런 1 → 뉴런 1의 가중치');
    expect(grad.ko.terms?.rows[0].label).toBe(`샘플 1/10 (#${trace.samples[0].index})`);
    expect(grad.ko.terms?.total.label).toBe('평균 (기울기)');
    const first = find(all, (op) => op.kind === 'gradients' && op.layer === 1);
    expect(first.ko.lines[1].caption).toBe('입력 1 → 뉴런 1의 가중치');
    expect(first.en.lines[1].caption).toBe('the weight from input 1 to neuron 1');
  });

  it('the update gives the learning rate and the weight after the step', () => {
    const { en, ko } = find(all, (op) => op.kind === 'update' && op.layer === 1);
    expect(ko.notes).toContain(`학습률 η = ${trace.learningRate}.`);
    expect(en.notes).toContain(`Learning rate η = ${trace.learningRate}.`);
    expect(ko.explain).toMatch(/^SGD 옵티마이저가 1층의 모든 가중치와 편향을/);
    expect(ko.result?.symbol).toBe('w⁽¹⁾₁₁ 이후');
    expect(ko.result?.value).toBe(trace.weightsAfter[0][0]);
  });
});

describe('other runs in Korean: every optimizer line, loss and activation has its words', () => {
  const cases: [string, (c: RunConfig) => void][] = [
    ['sigmoid + bce', (c) => ((c.network.output.activation = 'sigmoid'), (c.network.loss = 'bce'))],
    [
      'linear output, Momentum',
      (c) => ((c.network.output.activation = 'linear'), (c.training.optimizer.kind = 'momentum')),
    ],
    [
      'softmax + cce, Nesterov',
      (c) => {
        c.data.dataset = 'spiral';
        c.network.output.activation = 'softmax';
        c.network.loss = 'cce';
        c.training.optimizer.kind = 'nesterov';
      },
    ],
    [
      'softmax + half-sse, RMSprop, a decaying learning rate',
      (c) => {
        c.data.dataset = 'spiral';
        c.network.output.activation = 'softmax';
        c.training.optimizer.kind = 'rmsprop';
        c.training.schedule = { ...c.training.schedule, kind: 'inverse-time', decay: 0.5 };
      },
    ],
    [
      'relu, leaky ReLU, ELU, sigmoid with dropout and no bias, Adagrad',
      (c) => {
        c.network.hidden = [
          { size: 5, activation: 'relu', bias: true, dropout: 0.3 },
          { size: 4, activation: 'leaky-relu', bias: false, dropout: 0 },
          { size: 3, activation: 'elu', bias: true, dropout: 0.5 },
          { size: 3, activation: 'sigmoid', bias: true, dropout: 0 },
        ];
        c.network.init = { kind: 'he-normal', scale: 0 };
        c.training.optimizer.kind = 'adagrad';
      },
    ],
    [
      'AdamW with L2',
      (c) => (
        (c.training.optimizer.kind = 'adamw'),
        (c.training.regularization = { kind: 'l2', rate: 0.01, l1Ratio: 0.5 })
      ),
    ],
  ];
  it.each(cases)('%s', (_, patch) => {
    expectKorean(tracedRun(withConfig(patch), 5).ctx);
  });

  it('Adam with elastic regularization: both penalties with their rates, the count t', () => {
    const run = tracedRun(
      withConfig((c) => {
        c.training.optimizer.kind = 'adam';
        c.training.optimizer.learningRate = 0.01;
        c.training.regularization = { kind: 'elastic', rate: 0.01, l1Ratio: 0.4 };
      }),
      4,
    );
    expectKorean(run.ctx);
    const { l1, l2 } = run.trace.penalty;
    expect(l1).toBeGreaterThan(0);
    expect(l2).toBeGreaterThan(0);
    const { ko } = find(walk(run.ctx), (op) => op.kind === 'update' && op.layer === 2);
    expect(ko.notes).toContain(
      `규제: 각 가중치의 기울기에 λ₂w 항과 λ₁·sign(w) 항을 더합니다 (λ₂ = ${l2}, λ₁ = ${l1}). 편향은 규제하지 않습니다.`,
    );
    expect(ko.notes).toContain(
      '옵티마이저의 상태(m과 v, 그리고 횟수 t)는 파라미터마다 따로 있으며, 다음 스텝으로 이어집니다.',
    );
    expect(ko.lines.map((l) => l.caption)).toContain(
      `편향 보정, t = ${run.trace.optimizerStep}: 0에서 시작한 m과 v를 바로잡음`,
    );
  });

  it('an image input says in Korean how many of its pixels are blank', () => {
    const run = tracedRun(
      withConfig((c) => {
        c.data.dataset = 'digits';
        c.data.samples = 60;
        c.network.hidden = [{ size: 8, activation: 'relu', bias: true, dropout: 0 }];
        c.network.output.activation = 'softmax';
        c.network.loss = 'cce';
      }),
    );
    const x = run.trace.samples[0].z[0];
    const zeros = Array.from(x).filter((v) => v === 0).length;
    const { ko } = find(walk(run.ctx), (op) => op.kind === 'forward-linear' && op.layer === 1);
    expect(zeros).toBeGreaterThan(0);
    expect(ko.lines[1].caption).toBe(
      `뉴런 1: 입력이 0이 아닌 앞쪽 항들 (입력 ${x.length}개 중 ${zeros}개가 0)`,
    );
  });
});

describe('batch norm in Korean', () => {
  const { config, trainer } = bnRun();
  const trace = traceStep(trainer);
  const ctx = inspectContext(trace, runInfo(1, trainer, trainer.dataset), config);

  it('every operation, the four batch-norm ones included, speaks Korean', () => {
    const kinds = new Set(trace.ops.map((op) => op.kind));
    for (const kind of ['norm-statistics', 'norm-forward', 'norm-gradients', 'norm-backward']) {
      expect(kinds.has(kind as TraceOp['kind'])).toBe(true);
    }
    expectKorean(ctx);
  });

  it('the statistics give the running estimates and label each sample in Korean', () => {
    const { ko } = find(walk(ctx), (op) => op.kind === 'norm-statistics');
    const norm = trace.norm[0];
    if (!norm) throw new Error('no batch norm');
    expect(ko.explain).toContain('1층의 각 뉴런은');
    expect(ko.notes[1]).toContain(`μ_run = ${plainNum(norm.runningMean[0])}`);
    expect(ko.terms?.rows.map((r) => r.label)).toEqual(
      trace.samples.map((s, k) => `샘플 ${k + 1}/3 (#${s.index})`),
    );
  });
});
