// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { languageActions } from '../../src/state/language';
import {
  gradientCheck,
  Header,
  Histogram,
  HISTOGRAM_BINS,
  type GradientCheck,
} from '../../src/engine';
import { live, resetLive, touchLive } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { binSymmetric, totalCount } from '../../src/views/GradientFlow/histogramBins';
import { formatRatio } from '../../src/views/GradientFlow/ratio';
import { REDRAW_INTERVAL_MS } from '../../src/views/shared/useViewFrame';
import {
  deepConfig,
  engineRun,
  openLive,
  renderGradientFlow,
  snapshotOf,
  trainLive,
  type EngineRun,
} from './gradientFlowHarness';

/** Lets the view draw: it redraws at most once per REDRAW_INTERVAL_MS, so wait that long. */
async function nextFrame(): Promise<void> {
  await act(async () => {
    touchLive();
    await new Promise((resolve) => setTimeout(resolve, REDRAW_INTERVAL_MS + 40));
  });
}

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  resetLive(null, null);
});

/** mean |∂C/∂W⁽ˡ⁾| recomputed from the snapshot's gradients themselves (not its statistics). */
function meanAbsGrad(run: EngineRun, snapshot: Float64Array, layer: number): number {
  const { sizes, weightGrads } = run.writer.layout;
  const n = sizes[layer] * sizes[layer - 1];
  let sum = 0;
  for (let k = 0; k < n; k++) sum += Math.abs(snapshot[weightGrads[layer - 1] + k]);
  return sum / n;
}

/** The number the ratio caption shows ("7.4e4 ×" → 74000). */
function shownRatio(): number {
  const output = within(screen.getByTestId('gradient-ratio')).getByRole('status', { hidden: true });
  return Number((output.textContent ?? '').replace('−', '-').replace(' ×', ''));
}

function chart(container: HTMLElement, title: RegExp): HTMLElement {
  const figure = Array.from(container.querySelectorAll('figure')).find((f) =>
    title.test(f.querySelector('figcaption')?.textContent ?? ''),
  );
  if (!figure) throw new Error(`no chart ${title}`);
  return figure as HTMLElement;
}

function layerRow(container: HTMLElement, layer: number): HTMLElement {
  return within(container).getByRole('group', { name: `Layer ${layer}` });
}

/** The drawn bars of a histogram svg: [x, width, height] of each bar taller than 0. */
function drawnBars(svg: Element): { x: number; width: number; height: number; marked: boolean }[] {
  return Array.from(svg.querySelectorAll('rect.bar'))
    .map((r) => ({
      x: Number(r.getAttribute('x')),
      width: Number(r.getAttribute('width')),
      height: Number(r.getAttribute('height')),
      marked: r.classList.contains('highlighted'),
    }))
    .filter((b) => b.height > 0);
}

describe('gradient flow of a deep sigmoid network (issue 4 acceptance)', () => {
  it('the caption shows ≥ 100× between the last and the first layer’s mean |∂C/∂W|, highlighted', async () => {
    const run = engineRun(deepConfig('sigmoid', 8));
    openLive(run);
    renderGradientFlow();
    const snapshot = trainLive(run, 300, 10);
    await nextFrame();
    const caption = screen.getByTestId('gradient-ratio');
    const expected = meanAbsGrad(run, snapshot, 9) / meanAbsGrad(run, snapshot, 1);
    expect(expected).toBeGreaterThanOrEqual(100);
    expect(caption.querySelector('output')?.textContent).toBe(`${formatRatio(expected)} ×`);
    expect(shownRatio()).toBeGreaterThanOrEqual(100);
    expect(Math.abs(shownRatio() / expected - 1)).toBeLessThan(0.06); // two significant digits
    expect(caption.dataset.verdict).toBe('vanishing');
    expect(caption.textContent).toMatch(
      /vanishing gradients: layer 1 gets .* less gradient than layer 9/,
    );
  });

  it('draws one line per layer on every chart, and no path holds NaN', async () => {
    const run = engineRun(deepConfig('sigmoid', 8));
    openLive(run);
    const { container } = renderGradientFlow();
    trainLive(run, 200, 10);
    await nextFrame();
    expect(live.layerHistory.all()).toHaveLength(20);
    for (const title of [/mean \|∂C\/∂W\|/, /update \/ weight/, /saturated/]) {
      const paths = chart(container, title).querySelectorAll('.flow-line path');
      expect(paths, String(title)).toHaveLength(9);
      for (const p of paths) {
        const d = p.getAttribute('d') ?? '';
        expect(d).toMatch(/^M/);
        expect(d).not.toMatch(/NaN|Infinity/);
      }
    }
    // Coloured by depth: nine different colours, in the legend too, with each layer's value.
    const strokes = Array.from(chart(container, /mean/).querySelectorAll('.flow-line path'), (p) =>
      p.getAttribute('stroke'),
    );
    expect(new Set(strokes).size).toBe(9);
    const legend = within(container).getByRole('list', { name: /Layers/ });
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.replace(/\s.*$/, ''))).toHaveLength(9);
    expect(items[0].textContent).toMatch(/^layer 1\s*\d\.\de−\d+$/);
  });

  it('the same network with ReLU and He initialization is not flagged; its dead-unit lines are dashed', async () => {
    const run = engineRun(deepConfig('relu', 8, { kind: 'he-normal', scale: 0.1 }));
    openLive(run);
    const { container } = renderGradientFlow();
    const snapshot = trainLive(run, 300, 10);
    await nextFrame();
    const caption = screen.getByTestId('gradient-ratio');
    const expected = meanAbsGrad(run, snapshot, 9) / meanAbsGrad(run, snapshot, 1);
    expect(expected).toBeLessThan(100);
    expect(caption.dataset.verdict).toBe('balanced');
    expect(shownRatio()).toBeLessThan(100);
    const units = chart(container, /dead/).querySelectorAll('.flow-line path');
    expect(Array.from(units, (p) => p.hasAttribute('stroke-dasharray'))).toEqual([
      ...new Array<boolean>(8).fill(true),
      false, // the tanh output layer saturates, it does not die
    ]);
  });

  it('ten tanh layers of σ = 0.01: no layer gets a gradient worth the name, and the caption says so', async () => {
    // The initialization lesson's collapse: every mean |∂C/∂W| near 1e−16, their ratio ~1.
    const config = deepConfig('tanh', 10, { kind: 'normal', scale: 0.01 });
    const run = engineRun(config);
    openLive(run);
    renderGradientFlow();
    const snapshot = trainLive(run, 1, 1);
    await nextFrame();
    expect(meanAbsGrad(run, snapshot, 1)).toBeLessThan(1e-12);
    expect(meanAbsGrad(run, snapshot, 11)).toBeLessThan(1e-12);
    const caption = screen.getByTestId('gradient-ratio');
    expect(caption.dataset.verdict).toBe('negligible');
    expect(caption.textContent).toMatch(/no layer gets a gradient worth the name .*nothing learns/);
    expect(caption.textContent).not.toMatch(/reach the first layer/);
  });
});

describe('histograms at the current step', () => {
  it('before the first step there is no batch: the histograms and the caption say so', async () => {
    const run = engineRun(deepConfig('tanh', 2));
    openLive(run);
    const { container } = renderGradientFlow();
    await nextFrame();
    expect(within(layerRow(container, 1)).getByText('no batch yet')).toBeTruthy();
    expect(screen.getByTestId('gradient-ratio').dataset.verdict).toBe('unknown');
    expect(screen.getByTestId('gradient-ratio').textContent).toMatch(/take a step/);
    expect(drawnBars(layerRow(container, 1).querySelector('svg.activation')!)).toHaveLength(0);
  });

  it('bins sum to the number of values, and the drawn bars are the non-empty bins', async () => {
    const run = engineRun(deepConfig('tanh', 3));
    openLive(run);
    const { container } = renderGradientFlow();
    const snapshot = trainLive(run, 20, 20);
    await nextFrame();
    const { sizes, activationHistograms, weightGrads } = run.writer.layout;
    const rows = run.trainer.batch.rows;
    for (let l = 1; l < sizes.length; l++) {
      // Activations: the engine's 24 counts cover every unit of every sample of the batch.
      const at = activationHistograms[l - 1] + Histogram.bins;
      const counts = snapshot.subarray(at, at + HISTOGRAM_BINS);
      expect(totalCount(counts)).toBe(rows * sizes[l]);
      const row = layerRow(container, l);
      const nonEmpty = Array.from(counts).filter((c) => c > 0).length;
      expect(drawnBars(row.querySelector('svg.activation')!)).toHaveLength(nonEmpty);
      // Gradients: binned on the page, every weight's ∂C/∂w counted once.
      const bins = new Float64Array(HISTOGRAM_BINS);
      const n = sizes[l] * sizes[l - 1];
      const m = binSymmetric(snapshot, weightGrads[l - 1], n, bins);
      expect(totalCount(bins)).toBe(n);
      const gradientSvg = row.querySelector('svg.gradient')!;
      expect(drawnBars(gradientSvg)).toHaveLength(Array.from(bins).filter((c) => c > 0).length);
      const labels = Array.from(gradientSvg.querySelectorAll('.end-label'), (t) => t.textContent);
      expect(labels).toEqual([`±${m.toExponential(1).replace('e-', 'e−')}`]);
    }
  });

  it('initialization explorer: 10 tanh layers collapse to 0 with σ = 0.01, saturate with σ = 1, stay spread with Xavier', async () => {
    const spreadOfLastHidden = async (init: {
      kind: 'normal' | 'xavier-normal';
      scale: number;
    }) => {
      const run = engineRun(deepConfig('tanh', 10, init));
      openLive(run);
      const view = renderGradientFlow();
      trainLive(run, 1, 1);
      await nextFrame();
      const svg = layerRow(view.container, 10).querySelector('svg.activation')!;
      const width = Number(svg.getAttribute('width'));
      const bars = drawnBars(svg);
      const left = Math.min(...bars.map((b) => b.x));
      const right = Math.max(...bars.map((b) => b.x + b.width));
      const readout = svg.querySelector('.readout')?.textContent ?? '';
      view.unmount();
      return { share: (right - left) / width, marked: bars.some((b) => b.marked), readout };
    };
    const tiny = await spreadOfLastHidden({ kind: 'normal', scale: 0.01 });
    expect(tiny.share).toBeLessThan(0.02); // a sliver at 0
    expect(tiny.marked).toBe(false);
    expect(tiny.readout).toMatch(/0% sat\./);
    const large = await spreadOfLastHidden({ kind: 'normal', scale: 1 });
    expect(large.marked).toBe(true); // bars in the saturated tails at ±1
    expect(Number(/(\d+)% sat\./.exec(large.readout)?.[1])).toBeGreaterThan(10);
    const xavier = await spreadOfLastHidden({ kind: 'xavier-normal', scale: 0.1 });
    expect(xavier.share).toBeGreaterThan(0.25);
    expect(xavier.marked).toBe(false);
  });
});

describe('gradient check', () => {
  const result = (errors: number[]): GradientCheck => ({
    layers: errors.map((e, k) => ({
      layer: k + 1,
      relativeError: e,
      maxRelativeError: e,
      checked: 12 + k,
    })),
    relativeError: Math.max(...errors),
    maxRelativeError: Math.max(...errors),
    samples: 8,
  });

  it('lists each layer’s error with ✓, ~ (a kink hint for ReLU) or ✗, and what was checked', () => {
    const run = engineRun(deepConfig('relu', 2));
    openLive(run);
    useAppStore.setState({ gradientCheck: result([3.1e-10, 2e-5, 0.5]) });
    renderGradientFlow();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const text = rows.map((r) =>
      Array.from(r.children, (cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).join(' | '),
    );
    expect(text[0]).toBe('layer 1 ReLU | 3.1e−10 | 12 | ✓');
    expect(text[1]).toMatch(/^layer 2 ReLU \| 2\.0e−5 \| 13 \| ~ near a kink\?/);
    expect(text[2]).toBe('layer 3 tanh | 5.0e−1 | 14 | ✗');
    expect(within(rows[2]).getByLabelText('disagrees')).toBeTruthy();
    expect(
      screen.getByText(/first 8 training samples; 39 weights and biases compared/),
    ).toBeTruthy();
    expect(screen.getByText(/first 8 training samples/).textContent).toContain(
      '|gbackprop − gnumeric|',
    );
    // In Korean the formula's subscripts are Korean words too.
    act(() => languageActions.setLang('ko'));
    expect(screen.getByText(/첫 8개 학습 샘플/).textContent).toContain('|g역전파 − g수치|');
    act(() => languageActions.setLang('en'));
  });

  /** Clicks the button, answers as the worker would with the engine's check of `run`. */
  function checkThroughWorker(
    run: EngineRun,
    workers: { sent: unknown[] }[],
    emit: (r: GradientCheck) => void,
  ) {
    const button = screen.getByRole('button', { name: 'Check gradients' });
    fireEvent.click(button);
    expect(workers[0].sent).toContainEqual({ type: 'gradient-check' });
    expect(screen.getByText('Checking…')).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(true);
    act(() => emit(gradientCheck(run.trainer.network, run.dataset)));
    expect(screen.queryByText('Checking…')).toBeNull();
    return within(screen.getByRole('table')).getAllByRole('row').slice(1);
  }

  it('the button asks the worker and shows the engine’s real result: ✓ on every layer; a new run clears it', () => {
    const run = engineRun(deepConfig('tanh', 2));
    openLive(run);
    trainLive(run, 100, 100);
    const { controller, workers } = renderGradientFlow();
    const rows = checkThroughWorker(run, workers, (result) =>
      workers[0].emit({ type: 'gradient-check', runId: run.info.runId, result }),
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(within(row).getByLabelText('agrees').textContent).toBe('✓');
    expect(screen.getByText(/, at step 100\./)).toBeTruthy();
    act(() => controller.start(run.config));
    expect(screen.queryByRole('table')).toBeNull();
    controller.dispose();
  });

  it('on 8 sigmoid layers nothing disagrees; the first layers’ near misses are put down to rounding', () => {
    const run = engineRun(deepConfig('sigmoid', 8));
    openLive(run);
    trainLive(run, 50, 50);
    const { controller, workers } = renderGradientFlow();
    const rows = checkThroughWorker(run, workers, (result) =>
      workers[0].emit({ type: 'gradient-check', runId: run.info.runId, result }),
    );
    expect(rows).toHaveLength(9);
    expect(screen.queryByLabelText('disagrees')).toBeNull();
    // The last layers' gradients are large enough for a finite difference to confirm to 1e-6.
    for (const row of rows.slice(6)) expect(within(row).queryByLabelText('agrees')).not.toBeNull();
    for (const row of rows) {
      if (within(row).queryByLabelText('close')) {
        expect(row.textContent).toMatch(
          /rounding: gradients ≈ \d\.\de−\d+ limit a finite difference/,
        );
      }
    }
    controller.dispose();
  });
});

describe('the layer history follows the controller', () => {
  it('is fed by snapshot events (new steps only) and emptied by a new run', () => {
    const run = engineRun(deepConfig('tanh', 2));
    const { controller, workers } = renderGradientFlow();
    controller.start(run.config);
    const runId = useAppStore.getState().runId;
    const worker = workers[0];
    worker.emit({ type: 'ready', info: { ...run.info, runId } });
    const send = (snapshot: Float64Array) =>
      worker.emit({
        type: 'snapshot',
        runId,
        snapshot: snapshot.buffer as ArrayBuffer,
        history: [],
        map: null,
        playing: true,
      });
    send(snapshotOf(run)); // step 0: nothing to chart yet
    for (let s = 0; s < 3; s++) {
      run.trainer.run(5);
      send(snapshotOf(run));
    }
    send(snapshotOf(run)); // the same step again
    expect(live.layerHistory.all().map((p) => p.step)).toEqual([5, 10, 15]);
    expect(live.layerHistory.latest?.stats[0]).toBe(snapshotOf(run)[run.writer.layout.stats]);
    controller.start(run.config);
    expect(live.layerHistory.all()).toHaveLength(0);
    expect(live.snapshot?.[Header.step] ?? null).toBeNull();
    controller.dispose();
  });
});
