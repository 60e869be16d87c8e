// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults';
import { configWith } from './controlsHarness';
import { live, touchLive } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { computeLossFrame } from '../../src/views/LossChart/lossFrame';
import {
  clearGhosts,
  GHOST_POINTS,
  getGhosts,
  keepGhost,
} from '../../src/views/LossChart/ghostRuns';
import { LossChart } from '../../src/views/LossChart/LossChart';
import {
  curvePath,
  formatLogTick,
  lossScale,
  MIN_LOG_FLOOR,
  nearestIndex,
  stepScale,
} from '../../src/views/LossChart/lossScales';
import { labelWidth, placeMarkers } from '../../src/views/LossChart/markerLayout';
import { moveMarkers } from '../../src/views/LossChart/LossMarkers';
import { describeChanges } from '../../src/config/changeWords';
import { languageActions } from '../../src/state/language';
import { differenceLabel } from '../../src/views/LossChart/runDifference';
import { translator } from '../../src/core/i18n';
import type { HistoryPoint, RunInfo } from '../../src/worker/protocol';

/** The marker message of a learning-rate change. */
function lrTo(value: number) {
  return describeChanges([
    { step: 0, kind: 'setting', path: 'training.optimizer.learningRate', value },
  ]);
}

function point(
  step: number,
  trainLoss: number,
  testLoss = Number.NaN,
  acc = Number.NaN,
): HistoryPoint {
  return {
    step,
    epoch: Math.floor(step / 10),
    trainLoss,
    testLoss,
    trainAccuracy: acc,
    testAccuracy: acc,
    learningRate: 0.03,
    batchLoss: trainLoss,
  };
}

function infoFor(task: 'binary' | 'regression'): RunInfo {
  const empty = {
    count: 0,
    raw: new Float64Array(0),
    labels: new Int32Array(0),
    rawTargets: new Float64Array(0),
  };
  return {
    runId: 1,
    sizes: [2, 1],
    activations: ['linear', 'tanh'],
    hasBias: [true, true],
    loss: 'half-sse',
    batchSize: 10,
    stepsPerEpoch: 10,
    parameterCount: 3,
    data: {
      name: 'circle',
      task,
      classes: task === 'regression' ? 1 : 2,
      classNames: [],
      inputNames: ['x₁', 'x₂'],
      rawKind: 'plane',
      rawSize: 2,
      rawDomain: [
        [-6, 6],
        [-6, 6],
      ],
      imageSide: 0,
      outputSize: 1,
      targetEncoding: task === 'regression' ? 'value' : 'plus-minus-one',
      train: empty,
      test: empty,
    },
  };
}

/** Lets the live-frame listeners run (the first draw is queued as a microtask, later ones on a frame). */
async function nextFrame(): Promise<void> {
  await act(async () => {
    touchLive();
    await new Promise((resolve) => setTimeout(resolve, 40));
  });
}

function fillHistory(points: HistoryPoint[]): void {
  live.history.clear();
  for (const p of points) live.history.add(p);
}

// The chart's plot area in a DOM without layout: 374 px wide minus the 44 + 14 px margins.
const INNER_WIDTH = 316;

beforeEach(() => {
  live.history.clear();
});

afterEach(() => {
  languageActions.start('en', false);
  useAppStore.setState(initialAppState, true);
  live.history.clear();
  clearGhosts();
});

describe('loss curve geometry', () => {
  const x = stepScale(30, 300);

  it('draws a linear path through known points and leaves a gap at NaN', () => {
    const points = [point(0, 1), point(10, 0.5), point(20, Number.NaN), point(30, 0.25)];
    const y = lossScale('linear', { min: 0.25, minPositive: 0.25, max: 1 }, 100);
    expect(y.domain()).toEqual([0, 1]);
    // A lone point after a gap is a zero-length closed subpath: it draws nothing.
    expect(curvePath(points, (p) => p.trainLoss, x, y, 'linear')).toBe('M0,0L100,50M300,75Z');
    points.push(point(40, 0.25));
    expect(curvePath(points, (p) => p.trainLoss, stepScale(40, 400), y, 'linear')).toBe(
      'M0,0L100,50M300,75L400,75',
    );
  });

  it('treats Infinity like NaN: a gap, never a broken path', () => {
    const points = [
      point(0, 1),
      point(10, Number.POSITIVE_INFINITY),
      point(20, 0.5),
      point(30, 0.5),
    ];
    const y = lossScale('linear', { min: 0.5, minPositive: 0.5, max: 1 }, 100);
    expect(curvePath(points, (p) => p.trainLoss, x, y, 'linear')).toBe('M0,0ZM200,50L300,50');
  });

  it('puts decades evenly on a log axis and clamps zero and negative losses to the floor', () => {
    const points = [point(0, 1), point(10, 0.01), point(20, 0), point(30, -1e-9)];
    const frame = computeLossFrame({
      points,
      ghosts: [],
      kind: 'log',
      width: 300,
      lossHeight: 100,
      accuracyHeight: 0,
    });
    const [lo, hi] = frame.y.domain();
    // The floor is the power of ten at or below the smallest positive loss: 0.01.
    expect(lo).toBeCloseTo(0.01, 12);
    expect(hi).toBeCloseTo(1.15, 12);
    const decade = 100 / Math.log10(1.15 / 0.01);
    const y1 = 100 - 2 * decade; // log10(1 / 0.01) = 2 decades above the floor
    const path = frame.trainPath;
    expect(path).not.toContain('NaN');
    const coords = path
      .slice(1)
      .split('L')
      .map((pair) => pair.split(',').map(Number));
    expect(coords).toHaveLength(4);
    expect(coords[0][1]).toBeCloseTo(y1, 2);
    expect(coords[1]).toEqual([100, 100]);
    expect(coords[2]).toEqual([200, 100]);
    expect(coords[3]).toEqual([300, 100]);
  });

  it('draws a loss truly below zero on a linear scale when log is asked for, and says so', () => {
    // Cross-entropy on a sine: the loss falls through zero to −510.
    const points = [point(0, 0.7), point(10, -3), point(20, -510)];
    const input = { points, ghosts: [], width: 300, lossHeight: 100, accuracyHeight: 0 };
    const frame = computeLossFrame({ ...input, kind: 'log' });
    expect(frame.kind).toBe('linear');
    const [lo, hi] = frame.y.domain();
    expect(lo).toBeLessThanOrEqual(-510);
    expect(hi).toBeGreaterThanOrEqual(0.7);
    expect(frame.trainPath).toBe(computeLossFrame({ ...input, kind: 'linear' }).trainPath);
    // On the page: the axis reads "loss", and a note says why there is no log scale.
    useAppStore.setState({ lossScale: 'log', info: infoFor('regression') });
    fillHistory(points);
    const { container } = render(<LossChart />);
    const shown = [...container.querySelectorAll('.loss-axis-title text')].filter(
      (e) => e.getAttribute('visibility') === 'visible',
    );
    expect(shown.map((e) => e.textContent)).toEqual(['loss']);
    expect(container.querySelector('.loss-scale-note')?.getAttribute('visibility')).toBe('visible');
    expect(container.querySelector('.loss-scale-note')?.textContent).toBe(
      'loss below 0: no log scale, drawn linear',
    );
  });

  it('never goes below the smallest log floor, even for absurdly small losses', () => {
    const y = lossScale('log', { min: 0, minPositive: 1e-300, max: 1 }, 100);
    expect(y.domain()[0]).toBe(MIN_LOG_FLOOR);
  });

  it('labels log ticks as decimals near 1 and as powers of ten beyond', () => {
    expect([1, 0.1, 0.01, 1e-3, 1e-6, 100, 1e4].map(formatLogTick)).toEqual([
      '1',
      '0.1',
      '0.01',
      '10⁻³',
      '10⁻⁶',
      '100',
      '10⁴',
    ]);
  });

  it('finds the point nearest to a step', () => {
    const points = [point(0, 1), point(10, 1), point(40, 1)];
    expect(nearestIndex(points, 4)).toBe(0);
    expect(nearestIndex(points, 6)).toBe(1);
    expect(nearestIndex(points, 100)).toBe(2);
    expect(nearestIndex([], 3)).toBe(-1);
  });

  it('spaces marker labels into rows and hides the ones with no room', () => {
    const markers = [
      { step: 0, label: 'η=0.1' },
      { step: 1, label: 'η=0.2' },
      { step: 2, label: 'η=0.3' },
      { step: 29, label: 'η=0.4' },
    ];
    const placed = placeMarkers(markers, x, 300);
    expect(placed.map((p) => p.row)).toEqual([0, 1, -1, 0]);
    expect(placed[3]).toEqual({ x: 290, row: 0, anchor: 'end' });
  });

  it('leaves out a marker past the plotted steps instead of drawing it outside the chart', () => {
    const elements = [0, 1].map(() => {
      const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      g.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'text'));
      return g;
    });
    const markers = [
      { step: 10, label: 'η=0.1' },
      { step: 250, label: 'λ=0.001' },
    ];
    // A chart last drawn when it showed steps 0–100 on 300 px.
    moveMarkers(elements, markers, (step) => step * 3, 300);
    expect(elements.map((g) => g.getAttribute('display'))).toEqual([null, 'none']);
    // Drawn again with the steps up to 300: both are in.
    moveMarkers(elements, markers, (step) => step, 300);
    expect(elements.map((g) => g.getAttribute('display'))).toEqual([null, null]);
  });

  it('measures Korean marker labels wider than Latin ones of the same length', () => {
    expect(labelWidth('η=0.1')).toBeCloseTo(29);
    // '정규화=l2': three Hangul syllables at 10 px, three Latin characters at 5.8 px.
    expect(labelWidth('정규화=l2')).toBeCloseTo(47.4);
    // At x = 255, a 34.8 px Latin label fits before 300; the Korean one of 47.4 px turns left.
    const at = (label: string) => placeMarkers([{ step: 0, label }], () => 255, 300)[0].anchor;
    expect(at('reg=l2')).toBe('start');
    expect(at('정규화=l2')).toBe('end');
  });

  it('labels a compared run with the settings it had that differ', () => {
    const before = defaultConfig();
    const now = defaultConfig();
    now.training.optimizer.learningRate = 0.1;
    now.training.batchSize = 32;
    now.open.step = 500; // where a run opens is not a difference
    const en = translator('en');
    const ko = translator('ko');
    expect(differenceLabel(en, before, now)).toBe('η=0.03, batch 10');
    expect(differenceLabel(ko, before, now)).toBe('η=0.03, 배치 10');
    expect(differenceLabel(en, before, defaultConfig())).toBe('same settings');
    expect(differenceLabel(ko, before, defaultConfig())).toBe('설정 같음');
    now.seed = 7;
    expect(differenceLabel(en, before, now, 2)).toBe('seed 1, η=0.03 +1 more');
    expect(differenceLabel(ko, before, now, 2)).toBe('시드 1, η=0.03 외 1개');
    // The same settings opened from a v=1 link (the tanh of version 1) say so.
    const old = { ...defaultConfig(), mathsVersion: 1 as const };
    expect(differenceLabel(en, old, defaultConfig())).toBe('maths of v=1 links');
    expect(differenceLabel(ko, old, defaultConfig())).toBe('v=1 링크의 수학');
  });

  it("names a compared run's choices as the page does, in its language", () => {
    const before = defaultConfig();
    before.data.dataset = 'sine';
    before.network.hidden = before.network.hidden.map((l) => ({ ...l, activation: 'relu' }));
    before.network.output.activation = 'linear';
    before.network.loss = 'mse';
    before.training.optimizer.kind = 'momentum';
    const now = defaultConfig();
    const en = translator('en');
    const ko = translator('ko');
    expect(differenceLabel(en, before, now, 9)).toBe(
      'data Sine, layers 4-2 ReLU, output linear, loss MSE, optimizer Momentum',
    );
    expect(differenceLabel(ko, before, now, 9)).toBe(
      '데이터 사인, 은닉층 4-2 ReLU, 출력층 선형, 손실 함수 MSE, 옵티마이저 모멘텀',
    );
  });

  it('names the layer setting that differs, and no hyper-parameter the previous run did not use', () => {
    const en = translator('en');
    const ko = translator('ko');
    const sigmoid = (batchNorm: boolean, dropout = 0) =>
      configWith((c) => {
        c.network.hidden = [8, 8].map((size) => ({
          size,
          activation: 'sigmoid' as const,
          bias: !batchNorm,
          dropout,
          batchNorm,
        }));
      });
    // The batch-norm lesson: the same layers, with and without batch norm.
    expect(differenceLabel(en, sigmoid(false), sigmoid(true))).toBe('layers 8-8 sigmoid');
    expect(differenceLabel(en, sigmoid(true), sigmoid(false))).toBe('layers 8-8 sigmoid + BN');
    expect(differenceLabel(en, sigmoid(false, 0.3), sigmoid(false))).toBe(
      'layers 8-8 sigmoid dropout 0.3',
    );
    expect(differenceLabel(ko, sigmoid(false, 0.3), sigmoid(false))).toBe(
      '은닉층 8-8 시그모이드 드롭아웃 0.3',
    );
    const noBias = sigmoid(false);
    noBias.network.hidden[1].bias = false;
    expect(differenceLabel(en, noBias, sigmoid(false))).toBe('layers 8 sigmoid, 8 sigmoid no bias');
    // The overfitting lesson: no regularization (λ at its default) against L2 with λ = 0.01.
    const none = configWith((c) => (c.training.regularization.kind = 'none'));
    const l2 = configWith((c) => {
      c.training.regularization = { ...c.training.regularization, kind: 'l2', rate: 0.01 };
    });
    expect(differenceLabel(en, none, l2)).toBe('regularization None');
    expect(differenceLabel(en, l2, none)).toBe('regularization L2, λ=0.01');
    // Plain SGD has no β₁; Adam's own is a difference.
    const adam = configWith((c) => {
      c.training.optimizer = { ...c.training.optimizer, kind: 'adam', beta1: 0.8 };
    });
    expect(differenceLabel(en, defaultConfig(), adam)).toBe('optimizer SGD');
    expect(differenceLabel(en, adam, defaultConfig())).toBe('optimizer Adam, β₁=0.8');
  });

  it('keeps at most two previous runs, newest first, each bounded in points', () => {
    const long = Array.from({ length: 2001 }, (_, i) => point(i, 1 / (i + 1)));
    keepGhost(defaultConfig(), long);
    keepGhost(defaultConfig(), [point(0, 1), point(5, 0.5)]);
    keepGhost(defaultConfig(), [point(0, 2), point(7, 0.7)]);
    keepGhost(defaultConfig(), [point(0, 3)]); // one point: nothing to compare
    const ghosts = getGhosts();
    expect(ghosts.map((g) => g.points[g.points.length - 1].step)).toEqual([7, 5]);
    keepGhost(defaultConfig(), long);
    const kept = getGhosts()[0].points;
    expect(kept.length).toBeLessThanOrEqual(GHOST_POINTS + 1);
    expect(kept[kept.length - 1].step).toBe(2000);
  });
});

describe('LossChart', () => {
  it('draws the train and test paths of the live history', async () => {
    useAppStore.setState({ info: infoFor('binary'), lossScale: 'linear' });
    fillHistory([
      point(0, 1, 1, 0.5),
      point(10, 0.5, 0.75, 0.75),
      point(20, Number.NaN),
      point(30, 0.25, 0.5, 1),
    ]);
    const { container } = render(<LossChart />);
    await nextFrame();
    const train = container.querySelector('.loss-line.train');
    const test = container.querySelector('.loss-line.test');
    // x: step 30 → 316 px; y: loss 1 → 0 px, 0 → 150 px.
    expect(train?.getAttribute('d')).toBe('M0,0L105.33,75M316,112.5Z');
    expect(test?.getAttribute('d')).toBe('M0,0L105.33,37.5M316,75Z');
  });

  it('asks for ▶ when empty, but not while a link trains to its step (nothing to press yet)', async () => {
    useAppStore.setState({ info: infoFor('regression'), status: 'warming-up' });
    render(<LossChart />);
    await nextFrame();
    expect(
      screen.getByText('The loss appears here once the run has trained to its step'),
    ).toBeTruthy();
    expect(screen.queryByText('Press ▶ to train: the loss appears here')).toBeNull();
    act(() => useAppStore.setState({ status: 'ready' }));
    expect(screen.getByText('Press ▶ to train: the loss appears here')).toBeTruthy();
  });

  it('shows accuracy only for classification', async () => {
    useAppStore.setState({ info: infoFor('binary') });
    fillHistory([point(0, 1, 1, 0.5), point(10, 0.5, 0.6, 0.75)]);
    const { container, unmount } = render(<LossChart />);
    await nextFrame();
    expect(screen.getByText('Train acc.')).toBeTruthy();
    expect(container.querySelectorAll('.loss-line')).toHaveLength(4);
    expect(container.querySelector('[data-field="trainAccuracy"]')?.textContent).toBe('75.0%');
    unmount();

    useAppStore.setState({ info: infoFor('regression') });
    const regression = render(<LossChart />);
    await nextFrame();
    expect(screen.queryByText('Train acc.')).toBeNull();
    expect(regression.container.querySelectorAll('.loss-line')).toHaveLength(2);
    expect(regression.container.querySelector('[data-field="trainLoss"]')?.textContent).toBe('0.5');
  });

  it('switches between linear and log scale with the "Log scale" checkbox', async () => {
    useAppStore.setState({ info: infoFor('regression'), lossScale: 'log' });
    fillHistory([point(0, 1), point(10, 0.001)]);
    const { container } = render(<LossChart />);
    await nextFrame();
    const box = screen.getByRole('checkbox', { name: 'Log scale' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    const logPath = container.querySelector('.loss-line.train')?.getAttribute('d');
    fireEvent.click(box);
    expect(useAppStore.getState().lossScale).toBe('linear');
    expect(box.checked).toBe(false);
    const linearPath = container.querySelector('.loss-line.train')?.getAttribute('d');
    expect(linearPath).toBe('M0,0L316,149.85');
    expect(logPath).not.toBe(linearPath);
  });

  it('draws a labelled marker at the step where a setting changed', async () => {
    useAppStore.setState({
      info: infoFor('regression'),
      markers: [{ step: 15, what: lrTo(0.1) }],
    });
    fillHistory([point(0, 1), point(30, 0.5)]);
    const { container } = render(<LossChart />);
    await nextFrame();
    const marker = container.querySelector('.loss-marker');
    expect(marker?.getAttribute('transform')).toBe(`translate(${INNER_WIDTH / 2},0)`);
    expect(marker?.querySelector('text')?.textContent).toBe('η=0.1');
    expect(marker?.querySelector('title')?.textContent).toBe('Step 15: η=0.1');
    act(() => {
      useAppStore.setState({
        markers: [
          { step: 15, what: lrTo(0.1) },
          { step: 30, what: lrTo(0.01) },
        ],
      });
    });
    const markers = container.querySelectorAll('.loss-marker');
    expect(markers).toHaveLength(2);
    expect(markers[1].getAttribute('transform')).toBe(`translate(${INNER_WIDTH},0)`);
  });

  it('re-words the markers already drawn when the language switches', async () => {
    const regularization = describeChanges([
      { step: 15, kind: 'setting', path: 'training.regularization.kind', value: 'elastic' },
      { step: 15, kind: 'samples', samples: [4, 9] },
    ]);
    useAppStore.setState({
      info: infoFor('regression'),
      markers: [{ step: 15, what: regularization }],
    });
    fillHistory([point(0, 1), point(30, 0.5)]);
    const { container } = render(<LossChart />);
    await nextFrame();
    const label = () => container.querySelector('.loss-marker text')?.textContent;
    const title = () => container.querySelector('.loss-marker title')?.textContent;
    expect(label()).toBe('regularization=elastic, step on 2 picked samples');
    expect(title()).toBe('Step 15: regularization=elastic, step on 2 picked samples');
    act(() => languageActions.setLang('ko'));
    expect(label()).toBe('정규화=엘라스틱 넷, 고른 샘플 2개로 한 단계');
    expect(title()).toBe('15단계: 정규화=엘라스틱 넷, 고른 샘플 2개로 한 단계');
    act(() => languageActions.setLang('en'));
    expect(label()).toBe('regularization=elastic, step on 2 picked samples');
  });

  it("says the loss doctor's diagnosis in the page's language", async () => {
    languageActions.setLang('ko');
    useAppStore.setState({ info: infoFor('regression') });
    fillHistory([point(0, 1), point(10, 0.5), point(20, Number.NaN)]);
    render(<LossChart />);
    await nextFrame();
    const hint = screen.getByRole('status', { name: '손실 곡선 진단' });
    expect(hint.querySelector('.doctor-title')?.textContent).toBe('발산');
    expect(hint.textContent).toContain('20단계에서 학습 손실이 NaN입니다.');
    expect(hint.textContent).toContain('학습률을 낮추세요.');
    expect(hint.textContent).not.toMatch(/Diverging|learning rate/);
    act(() => languageActions.setLang('en'));
    expect(hint.querySelector('.doctor-title')?.textContent).toBe('Diverging');
    expect(hint.textContent).toContain('At step 20 the train loss is NaN.');
  });

  it('shows the newest numbers of a diagnosis that came within its refresh interval, at its end', async () => {
    useAppStore.setState({ info: infoFor('regression') });
    fillHistory([point(0, 1), point(10, 0.5), point(20, Number.NaN)]);
    render(<LossChart />);
    await nextFrame();
    const hint = screen.getByRole('status', { name: 'Loss curve doctor' });
    expect(hint.textContent).toContain('At step 20 the train loss is NaN.');
    // The run's last point, then nothing more (it stopped): said once the interval is over.
    live.history.add(point(30, Number.POSITIVE_INFINITY));
    await nextFrame();
    expect(hint.textContent).toContain('At step 20 the train loss is NaN.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 1600)));
    expect(hint.textContent).toContain('At step 30 the train loss is Infinity.');
  });

  it('keeps the previous runs as ghost curves when a new run starts, until cleared', async () => {
    const first = defaultConfig();
    useAppStore.setState({ info: infoFor('regression'), config: first, runId: 1 });
    fillHistory([point(0, 1, 1.2), point(10, 0.5, 0.7)]);
    const { container } = render(<LossChart />);
    await nextFrame();
    expect(container.querySelectorAll('.loss-ghost')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Clear comparison' })).toBeNull();

    // A new run with a higher learning rate, as controller.start does it: store first, then history.
    const second = defaultConfig();
    second.training.optimizer.learningRate = 0.3;
    act(() => {
      useAppStore.setState({ config: second, runId: 2 });
      fillHistory([point(0, 1, 1.1)]);
    });
    await nextFrame();
    const ghosts = container.querySelectorAll('.loss-ghost');
    expect(ghosts).toHaveLength(1);
    expect(screen.getByText('Previous run: η=0.03')).toBeTruthy();
    // The ghost keeps the old numbers: step 10 is the right end of the shared step axis.
    expect(ghosts[0].querySelector('.train')?.getAttribute('d')).toMatch(/^M0,[\d.]+L316,[\d.]+$/);

    for (const runId of [3, 4]) {
      act(() => {
        useAppStore.setState({ runId });
        fillHistory([point(0, 1), point(5, 0.9)]);
      });
    }
    await nextFrame();
    expect(container.querySelectorAll('.loss-ghost')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Clear comparison' }));
    expect(container.querySelectorAll('.loss-ghost')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Clear comparison' })).toBeNull();
  });

  it("keeps no ghost of a run started again at its own end (a lesson's second race variant)", async () => {
    const run = defaultConfig();
    run.open.step = 2000;
    useAppStore.setState({ info: infoFor('regression'), config: run, runId: 1 });
    fillHistory([point(0, 1), point(1000, 0.5), point(2000, 0.3)]);
    const { container } = render(<LossChart />);
    await nextFrame();
    // The same run, opened at step 2 000 again: its curve will be the old one.
    act(() => {
      useAppStore.setState({ config: structuredClone(run), runId: 2 });
      fillHistory([point(0, 1)]);
    });
    await nextFrame();
    expect(container.querySelectorAll('.loss-ghost')).toHaveLength(0);
    // Reset (the same run from step 0): the old curve, to step 2 000, is worth keeping.
    act(() => {
      fillHistory([point(0, 1), point(1000, 0.5), point(2000, 0.3)]);
      useAppStore.setState({ config: { ...run, open: { ...run.open, step: 0 } }, runId: 3 });
    });
    await nextFrame();
    expect(container.querySelectorAll('.loss-ghost')).toHaveLength(1);
  });

  it('reads out the exact numbers at a point with the keyboard crosshair', async () => {
    useAppStore.setState({ info: infoFor('binary'), lossScale: 'linear' });
    fillHistory([point(0, 1, 1, 0.5), point(10, 0.5, 0.75, 0.8), point(20, 0.25, 0.6, 0.9)]);
    const { container } = render(<LossChart />);
    await nextFrame();
    const svg = container.querySelector('.loss-plot svg') as SVGSVGElement;
    const tooltip = container.querySelector('.loss-tooltip') as HTMLElement;
    expect(tooltip.hidden).toBe(true);
    fireEvent.keyDown(svg, { key: 'End' });
    fireEvent.keyDown(svg, { key: 'ArrowLeft' });
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('Step 10 · epoch 1');
    expect(tooltip.textContent).toContain('Train loss0.5');
    expect(tooltip.textContent).toContain('Test loss0.75');
    expect(tooltip.textContent).toContain('Train accuracy80.0%');
    expect(tooltip.textContent).toContain('Learning rate η0.03');
    const crosshair = container.querySelector('.loss-crosshair');
    expect(crosshair?.getAttribute('transform')).toBe(`translate(${INNER_WIDTH / 2},0)`);
    fireEvent.keyDown(svg, { key: 'Escape' });
    expect(tooltip.hidden).toBe(true);
  });

  it('says how to start while there is nothing to draw', async () => {
    useAppStore.setState({ info: infoFor('binary') });
    const { container } = render(<LossChart />);
    await nextFrame();
    expect(container.querySelector('.loss-empty')?.getAttribute('visibility')).toBe('visible');
  });
});
