// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults';
import type { RunConfig } from '../../src/config/types';
import { buildDataset } from '../../src/data';
import type { Dataset } from '../../src/data/types';
import { Header, SnapshotWriter, snapshotLayout, Trainer } from '../../src/engine';
import { RunController } from '../../src/state/controller';
import { live, touchLive } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { fillHeatmap } from '../../src/views/OutputMap/heatmapPixels';
import { fitPath, lineYScale } from '../../src/views/OutputMap/linePath';
import { OutputView } from '../../src/views/OutputMap/OutputView';
import {
  classColors,
  coloringFor,
  NEGATIVE,
  POSITIVE,
  toRgb,
  type Coloring,
} from '../../src/views/OutputMap/palette';
import { classScores, greyPixels, topClass } from '../../src/views/OutputMap/prediction';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import type { WorkerCommand, OutputMap, RunInfo } from '../../src/worker/protocol';
import { scaleLinear } from 'd3-scale';

/** A stand-in for the training worker that records what the page sends. */
class FakeWorker {
  sent: WorkerCommand[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(command: WorkerCommand): void {
    this.sent.push(command);
  }
  terminate(): void {}
}

function setup(): { worker: FakeWorker; wrap: (ui: ReactNode) => ReactNode } {
  const worker = new FakeWorker();
  const controller = new RunController(
    () => worker as unknown as Worker,
    () => {},
  );
  return {
    worker,
    wrap: (ui) => <ControllerContext value={controller}>{ui}</ControllerContext>,
  };
}

function dataset(patch: (c: RunConfig) => void = () => {}): { config: RunConfig; ds: Dataset } {
  const config = defaultConfig();
  patch(config);
  const built = buildDataset(config);
  if (!built.ok) throw new Error(built.error);
  return { config, ds: built.dataset };
}

/** The RunInfo the worker would send for a dataset and a network on it (as session.ts builds it). */
function infoOf(ds: Dataset, sizes: number[], outputActivation: string): RunInfo {
  const set = (s: Dataset['train']) => ({
    count: s.count,
    raw: s.raw.slice(),
    labels: s.labels.slice(),
    rawTargets: s.rawTargets.slice(),
  });
  return {
    runId: 1,
    sizes,
    activations: ['linear', ...sizes.slice(2).map(() => 'tanh'), outputActivation].slice(
      0,
      sizes.length,
    ),
    hasBias: sizes.map(() => true),
    loss: 'half-sse',
    batchSize: 10,
    stepsPerEpoch: 10,
    parameterCount: 0,
    data: {
      name: ds.name,
      task: ds.task,
      classes: ds.classes,
      classNames: ds.classNames,
      inputNames: ds.inputNames,
      rawKind: ds.rawKind,
      rawSize: ds.rawSize,
      rawDomain: ds.rawDomain,
      imageSide: ds.imageSide,
      outputSize: ds.outputSize,
      targetEncoding: ds.targetEncoding,
      train: set(ds.train),
      test: set(ds.test),
    },
  };
}

async function nextFrame(): Promise<void> {
  await act(async () => {
    touchLive();
    await new Promise((resolve) => setTimeout(resolve, 40));
  });
}

function planeMap(cells: number, neurons: number, values: number[]): OutputMap {
  return {
    cells,
    dims: 2,
    neurons,
    hiddenIncluded: neurons > 1,
    values: Float64Array.from(values),
    step: 1,
  };
}

function pixels(map: OutputMap, outputSize: number, coloring: Coloring): number[][] {
  const out = new Uint8ClampedArray(map.cells * map.cells * 4);
  fillHeatmap(map, outputSize, coloring, out);
  return Array.from({ length: map.cells * map.cells }, (_, k) =>
    Array.from(out.slice(4 * k, 4 * k + 4)),
  );
}

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  live.info = null;
  live.layout = null;
  live.snapshot = null;
  live.map = null;
  live.history.clear();
});

describe('output colours', () => {
  // NEUTRAL #f7f7f7 = (247, 247, 247); POSITIVE #2166ac = (33, 102, 172); NEGATIVE #d6604d =
  // (214, 96, 77). Regions get 60 % of the full colour at the extremes.
  const tanh: Coloring = {
    kind: 'diverging',
    center: 0,
    span: 1,
    low: toRgb(NEGATIVE),
    high: toRgb(POSITIVE),
  };

  it('colours a ±1 output around 0: blue above, orange below, neutral at the threshold', () => {
    // Two hidden neurons first (ignored), then the output: 2×2 cells.
    const map = planeMap(2, 3, [9, 9, 9, 9, -9, -9, -9, -9, 1, -1, 0, 0.25]);
    expect(pixels(map, 1, tanh)).toEqual([
      [119, 160, 202, 255], // 247 + (33 − 247)·0.6 …
      [227, 156, 145, 255], // 247 + (214 − 247)·0.6 …
      [247, 247, 247, 255],
      [215, 225, 236, 255], // t = 0.25 → strength 0.15
    ]);
  });

  it('centres a 0/1 sigmoid output at 0.5 and saturates beyond the range', () => {
    const { ds } = dataset((c) => {
      c.network.output.activation = 'sigmoid';
      c.network.loss = 'bce';
    });
    const coloring = coloringFor(infoOf(ds, [2, 1], 'sigmoid').data);
    expect(coloring).toMatchObject({ kind: 'diverging', center: 0.5, span: 0.5 });
    const map = planeMap(2, 1, [0.5, 1, 0, 7]);
    const px = pixels(map, 1, coloring);
    expect(px[0]).toEqual([247, 247, 247, 255]);
    expect(px[1]).toEqual([119, 160, 202, 255]);
    expect(px[2]).toEqual([227, 156, 145, 255]);
    expect(px[3]).toEqual(px[1]);
  });

  it('colours multi-class cells by the largest output, paler when unsure', () => {
    const colors = classColors(3);
    expect(colors[0]).toBe('#4e79a7');
    expect(new Set(colors).size).toBe(3);
    const coloring: Coloring = { kind: 'classes', colors: colors.map(toRgb) };
    // 1×1 … use a 1-cell map: outputs of class 0, 1, 2 for the one cell.
    const sure = pixels(planeMap(1, 3, [0.8, 0.1, 0.1]), 3, coloring)[0];
    // (0.8 − 1/3)/(2/3) = 0.7 sure → strength 0.12 + 0.48·0.7 = 0.456 of #4e79a7 (78, 121, 167).
    expect(sure).toEqual([170, 190, 211, 255]);
    const unsure = pixels(planeMap(1, 3, [1 / 3, 1 / 3, 1 / 3]), 3, coloring)[0];
    // A uniform guess keeps only the floor of the first class colour: 0.12.
    expect(unsure).toEqual([227, 232, 237, 255]);
    const third = pixels(planeMap(1, 3, [0, 0, 1]), 3, coloring)[0];
    expect(third).toEqual([...toRgb(colors[2]).map((c) => Math.round(247 + (c - 247) * 0.6)), 255]);
  });

  it('paints a diverged (NaN) cell neutral', () => {
    expect(pixels(planeMap(1, 1, [Number.NaN]), 1, tanh)[0]).toEqual([247, 247, 247, 255]);
  });

  it('gives two classes the sign colours, so binary maps look alike whatever the output layer', () => {
    expect(classColors(2)).toEqual([NEGATIVE, POSITIVE]);
  });

  it('centres a regression map at the mean target', () => {
    const { ds } = dataset((c) => {
      c.data.dataset = 'bump';
      c.network.output.activation = 'linear';
      c.network.loss = 'mse';
    });
    const coloring = coloringFor(infoOf(ds, [2, 1], 'linear').data);
    const t = ds.train.rawTargets;
    const mean = t.reduce((a, b) => a + b, 0) / t.length;
    expect(coloring.kind).toBe('diverging');
    if (coloring.kind === 'diverging') expect(coloring.center).toBeCloseTo(mean, 12);
  });
});

describe('fitted curve and focus-sample pure functions', () => {
  it('draws ŷ(x) from the output neuron of a 1-D map, with gaps at NaN', () => {
    // One hidden neuron (ignored), then the output at x = −1, 0, 1, 2 … over domain [−1, 2].
    const map: OutputMap = {
      cells: 4,
      dims: 1,
      neurons: 2,
      hiddenIncluded: true,
      values: Float64Array.from([5, 5, 5, 5, 0, 1, Number.NaN, -1]),
      step: 3,
    };
    const x = scaleLinear().domain([-1, 2]).range([0, 300]);
    const y = scaleLinear().domain([-1, 1]).range([100, 0]);
    expect(fitPath(map, 1, 0, [-1, 2], x, y)).toBe('M0,50L100,0M300,100Z');
  });

  it('keeps a diverging network’s huge ŷ inside the range a browser accepts in a path', () => {
    const map: OutputMap = {
      cells: 2,
      dims: 1,
      neurons: 1,
      hiddenIncluded: false,
      values: Float64Array.from([2.5e38, -1.6e102]),
      step: 89,
    };
    const x = scaleLinear().domain([0, 1]).range([0, 100]);
    const y = scaleLinear().domain([-1, 1]).range([100, 0]);
    expect(fitPath(map, 1, 0, [0, 1], x, y)).toBe('M0,-1000000L100,1000000');
  });

  it('pads the y axis of a 1-D regression 10 % beyond the targets', () => {
    const { ds } = dataset((c) => {
      c.data.dataset = 'sine';
      c.data.noise = 0;
      c.network.output.activation = 'linear';
    });
    const y = lineYScale(infoOf(ds, [1, 1], 'linear').data, 100);
    const all = [...ds.train.rawTargets, ...ds.test.rawTargets];
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const [d0, d1] = y.domain();
    expect(d0).toBeCloseTo(lo - 0.1 * (hi - lo), 12);
    expect(d1).toBeCloseTo(hi + 0.1 * (hi - lo), 12);
  });

  it('turns every output encoding into class scores', () => {
    expect(classScores('one-hot', [0.2, 0.7, 0.1])).toEqual([0.2, 0.7, 0.1]);
    expect(classScores('zero-one', [0.75])).toEqual([0.25, 0.75]);
    expect(classScores('plus-minus-one', [0.5])).toEqual([0.25, 0.75]);
    expect(classScores('value', [3])).toEqual([]);
    expect(topClass([0.2, 0.7, 0.7])).toBe(1);
    expect(topClass([Number.NaN, Number.NaN])).toBe(-1);
  });

  it('draws an input image from its lowest value (white) to its highest (black)', () => {
    const out = new Uint8ClampedArray(16);
    greyPixels([99, -1, 0, 1, 0.5, 99], 1, 4, out);
    expect(Array.from(out)).toEqual([
      255, 255, 255, 255, 128, 128, 128, 255, 0, 0, 0, 255, 64, 64, 64, 255,
    ]);
  });
});

describe('OutputView on 2-D data', () => {
  function renderCircle() {
    const { ds } = dataset();
    const info = infoOf(ds, [2, 4, 2, 1], 'tanh');
    useAppStore.setState({ info });
    const harness = setup();
    const view = render(harness.wrap(<OutputView />));
    return { ds, info, ...harness, ...view };
  }

  it('titles the view and explains the marks', () => {
    renderCircle();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Output');
    expect(screen.getByText('Decision map over (x₁, x₂) · train ● test ○')).toBeTruthy();
    expect(screen.getByText('inner disc')).toBeTruthy();
    expect(screen.getByText('outer ring')).toBeTruthy();
  });

  it('draws every training point in its class colour, and the test points on request', () => {
    const { ds, container } = renderCircle();
    const train = container.querySelectorAll('.points.train circle');
    expect(train).toHaveLength(ds.train.count);
    expect(container.querySelectorAll('.points.test circle')).toHaveLength(0);
    train.forEach((circle, i) => {
      expect(circle.getAttribute('fill')).toBe(ds.train.labels[i] === 1 ? POSITIVE : NEGATIVE);
    });
    // Point 0 sits at its raw coordinates on the [−6, 6]² plane.
    const size = Number(container.querySelector('.plane-frame')?.getAttribute('width'));
    expect(Number(train[0].getAttribute('cx'))).toBeCloseTo(((ds.train.raw[0] + 6) / 12) * size, 6);
    expect(Number(train[0].getAttribute('cy'))).toBeCloseTo(((6 - ds.train.raw[1]) / 12) * size, 6);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show test data' }));
    expect(useAppStore.getState().showTestData).toBe(true);
    expect(container.querySelectorAll('.points.test circle')).toHaveLength(ds.test.count);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show test data' }));
    expect(container.querySelectorAll('.points.test circle')).toHaveLength(0);
  });

  it('focuses the training point that is clicked and rings it', () => {
    const { worker, container } = renderCircle();
    const point = container.querySelectorAll('.points.train circle')[7];
    fireEvent.click(point);
    expect(worker.sent).toContainEqual({ type: 'focus', sample: 7 });
    expect(useAppStore.getState().focusSample).toBe(7);
    const ring = container.querySelector('.focus-ring');
    expect(ring?.getAttribute('cx')).toBe(point.getAttribute('cx'));
    expect(ring?.getAttribute('cy')).toBe(point.getAttribute('cy'));
  });

  it('keeps drawing when the page has no 2-D canvas context', async () => {
    const { container } = renderCircle();
    live.map = planeMap(2, 7, new Array(28).fill(0.5));
    await nextFrame();
    expect(container.querySelector('canvas.heatmap')).toBeTruthy();
  });
});

describe('OutputView on 1-D data', () => {
  it('draws the fitted curve of the newest map over the points', async () => {
    const { ds } = dataset((c) => {
      c.data.dataset = 'sine';
      c.data.samples = 40;
      c.network.output.activation = 'linear';
      c.network.loss = 'mse';
    });
    const info = infoOf(ds, [1, 1], 'linear');
    useAppStore.setState({ info, showTestData: true });
    const { wrap } = setup();
    const { container } = render(wrap(<OutputView />));
    expect(screen.getByText('Fitted curve ŷ(x) over the data · train ● test ○')).toBeTruthy();
    expect(container.querySelectorAll('.points.train circle')).toHaveLength(ds.train.count);
    expect(container.querySelectorAll('.points.test circle')).toHaveLength(ds.test.count);
    // ŷ = 0 at both ends of [−1, 1] and at the middle: a straight line on y = 0.
    live.map = {
      cells: 3,
      dims: 1,
      neurons: 1,
      hiddenIncluded: false,
      values: Float64Array.from([0, 0, 0]),
      step: 5,
    };
    await nextFrame();
    const frame = container.querySelector('.line-fit .plane-frame');
    const width = Number(frame?.getAttribute('width'));
    const y0 = lineYScale(info.data, 220)(0);
    const d = container.querySelector('.fit-curve')?.getAttribute('d');
    expect(d).toBe(
      `M0,${+y0.toFixed(3)}L${width / 2},${+y0.toFixed(3)}L${width},${+y0.toFixed(3)}`,
    );
  });
});

describe('OutputView on digits', () => {
  // A hand-made 2×2 "image" network with three classes: a real snapshot layout, known numbers.
  function renderDigits() {
    const sizes = [4, 3];
    const layout = snapshotLayout(sizes);
    const snapshot = new Float64Array(layout.length);
    snapshot[Header.focusSample] = 1;
    snapshot.set([0, 1, 0.5, 0.25], layout.activations[0]);
    snapshot.set([0.2, 0.7, 0.1], layout.activations[1]);
    const empty = new Float64Array(0);
    const info: RunInfo = {
      runId: 1,
      sizes,
      activations: ['linear', 'softmax'],
      hasBias: [true, true],
      loss: 'cce',
      batchSize: 1,
      stepsPerEpoch: 3,
      parameterCount: 15,
      data: {
        name: 'digits',
        task: 'multiclass',
        classes: 3,
        classNames: ['zero', 'one', 'two'],
        inputNames: [],
        rawKind: 'image',
        rawSize: 4,
        rawDomain: [],
        imageSide: 2,
        outputSize: 3,
        targetEncoding: 'one-hot',
        train: { count: 3, raw: empty, labels: Int32Array.from([0, 2, 1]), rawTargets: empty },
        test: { count: 0, raw: empty, labels: new Int32Array(0), rawTargets: empty },
      },
    };
    useAppStore.setState({ info, focusSample: 1 });
    live.info = info;
    live.layout = layout;
    live.snapshot = snapshot;
    const harness = setup();
    return { ...harness, ...render(harness.wrap(<OutputView />)) };
  }

  it('shows the probabilities of the snapshot as bars, the top class highlighted', async () => {
    const { container } = renderDigits();
    await nextFrame();
    const rows = container.querySelectorAll('.class-bars li');
    expect(rows).toHaveLength(3);
    const widths = Array.from(
      rows,
      (r) => (r.querySelector('.bar-fill') as HTMLElement).style.width,
    );
    expect(widths).toEqual(['20.0%', '70.0%', '10.0%']);
    expect(Array.from(rows, (r) => r.querySelector('output')?.textContent)).toEqual([
      '0.200',
      '0.700',
      '0.100',
    ]);
    expect(Array.from(rows, (r) => r.classList.contains('top'))).toEqual([false, true, false]);
    // Sample 1 is a "two": the true class is marked, though the network says "one".
    expect(Array.from(rows, (r) => r.classList.contains('truth'))).toEqual([false, false, true]);
    expect(container.querySelector('figcaption b')?.textContent).toBe('two');
    expect(screen.getByText('Class probabilities (softmax z⁽ᴸ⁾)')).toBeTruthy();
  });

  it('steps through the training samples with the sample buttons', () => {
    const { worker } = renderDigits();
    fireEvent.click(screen.getByRole('button', { name: 'Next sample' }));
    expect(worker.sent.at(-1)).toEqual({ type: 'focus', sample: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Next sample' }));
    expect(worker.sent.at(-1)).toEqual({ type: 'focus', sample: 0 }); // wraps around
    fireEvent.click(screen.getByRole('button', { name: 'Previous sample' }));
    expect(worker.sent.at(-1)).toEqual({ type: 'focus', sample: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Random sample' }));
    const last = worker.sent.at(-1);
    expect(last?.type).toBe('focus');
    if (last?.type === 'focus') expect([0, 1, 2]).toContain(last.sample);
  });
});

describe('OutputView on a table (iris)', () => {
  it("shows the focus sample's inputs and target, and the network's prediction from a real snapshot", async () => {
    const { config, ds } = dataset((c) => {
      c.data.dataset = 'iris';
      c.network.output.activation = 'softmax';
      c.network.loss = 'cce';
      c.network.hidden = [{ size: 4, activation: 'tanh', bias: true, dropout: 0 }];
    });
    const trainer = new Trainer(config, ds);
    trainer.run(50);
    const writer = new SnapshotWriter(trainer);
    const snapshot = writer.allocate();
    writer.write(snapshot, 3, {
      trainLoss: 1,
      trainAccuracy: 0.5,
      testLoss: 1,
      testAccuracy: 0.5,
      evaluatedAt: 50,
    });
    const info = infoOf(ds, [...trainer.network.sizes], 'softmax');
    useAppStore.setState({ info, focusSample: 3 });
    live.info = info;
    live.layout = writer.layout;
    live.snapshot = snapshot;
    const { wrap } = setup();
    const { container } = render(wrap(<OutputView />));
    await nextFrame();
    const cells = Array.from(container.querySelectorAll('.sample-table tbody tr'), (tr) => [
      tr.querySelector('th')?.textContent,
      tr.querySelector('td')?.textContent,
    ]);
    expect(cells.slice(0, 4).map((c) => c[0])).toEqual(ds.inputNames);
    expect(cells[0][1]).toBe(String(ds.train.raw[3 * 4]));
    expect(cells[4]).toEqual(['Target', ds.classNames[ds.train.labels[3]]]);
    const out = writer.layout.activations[2];
    const probs = Array.from(snapshot.subarray(out, out + 3));
    const top = probs.indexOf(Math.max(...probs));
    expect(cells[5]).toEqual(['Predicted', `${ds.classNames[top]} (${probs[top].toFixed(3)})`]);
    const values = Array.from(
      container.querySelectorAll('.class-bars output'),
      (o) => o.textContent,
    );
    expect(values).toEqual(probs.map((p) => p.toFixed(3)));
  });
});
