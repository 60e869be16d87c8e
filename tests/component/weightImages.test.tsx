// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layerBlock } from '../../src/core/snapshotReader';
import { parseDigitsAsset } from '../../src/data';
import { SnapshotWriter } from '../../src/engine';
import { live, touchLive } from '../../src/state/live';
import { useAppStore } from '../../src/state/store';
import { WeightImages } from '../../src/views/Digits/WeightImages';
import { REDRAW_INTERVAL_MS } from '../../src/views/shared/useViewFrame';
import { paintTiles, symmetricScale, tileGrid } from '../../src/views/Digits/weightTiles';
import { makeRun, type TestRun } from './networkGraphHarness';

const FRAME_MS = 16;

/** A small digits run: 14×14 images, 9 hidden ReLU neurons, softmax. */
function digitsRun(): TestRun {
  return makeRun(
    (c) => {
      c.data = { ...c.data, dataset: 'digits', digitSize: 14, samples: 200 };
      c.network.hidden = [{ size: 9, activation: 'relu', bias: true, dropout: 0 }];
      c.network.output = { activation: 'softmax', bias: true };
      c.network.loss = 'cce';
    },
    1,
    // Read by path: under happy-dom, import.meta.url is not a file URL for digitsNode.ts.
    { digits: parseDigitsAsset(readFileSync('public/data/digits.bin')) },
  );
}

/** A fresh snapshot of the run's trainer as it stands now (a new buffer, as from the worker). */
function snapshotOf(run: TestRun): Float64Array {
  const writer = new SnapshotWriter(run.trainer);
  const snapshot = writer.allocate();
  writer.write(snapshot, 0, {
    trainLoss: NaN,
    trainAccuracy: NaN,
    testLoss: NaN,
    testAccuracy: NaN,
    evaluatedAt: -1,
  });
  return snapshot;
}

/** The picture a snapshot should give, painted independently of the view. */
function expectedPicture(run: TestRun, snapshot: Float64Array, block: 'weights' | 'weightGrads') {
  const grid = tileGrid(run.info.sizes[1], run.info.data.imageSide);
  const values = layerBlock(run.layout, snapshot, block, 1);
  const inputs = run.info.sizes[0];
  const pixels = new Uint8ClampedArray(grid.width * grid.height * 4);
  paintTiles(values, inputs, grid, symmetricScale(values, grid.tiles * inputs), pixels);
  return pixels;
}

/** Every picture the view hands to its canvas, in order. */
let painted: Uint8ClampedArray[] = [];

beforeEach(() => {
  painted = [];
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
    ],
  });
  const context = {
    createImageData: (width: number, height: number) => ({
      width,
      height,
      data: new Uint8ClampedArray(width * height * 4),
    }),
    putImageData: (image: { data: Uint8ClampedArray }) => painted.push(image.data.slice()),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    (() => context) as unknown as HTMLCanvasElement['getContext'],
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Shows the run's newest snapshot as the worker's next snapshot would, then one frame passes. */
function deliver(snapshot: Float64Array): void {
  act(() => {
    live.snapshot = snapshot;
    touchLive();
    vi.advanceTimersByTime(FRAME_MS);
  });
}

function mount(run: TestRun): void {
  useAppStore.setState({
    config: run.config,
    runId: 1,
    info: run.info,
    status: 'ready',
    graphMode: 'forward',
  });
  live.info = run.info;
  live.layout = run.layout;
  live.snapshot = run.snapshot;
  render(<WeightImages info={run.info} />);
  act(() => {
    vi.advanceTimersByTime(FRAME_MS);
  });
}

describe('the first-layer weight pictures while training', () => {
  it('repaint at most every REDRAW_INTERVAL_MS, and the newest snapshot is always painted in the end', () => {
    const run = digitsRun();
    mount(run);
    expect(painted).toHaveLength(1);
    expect(painted[0]).toEqual(expectedPicture(run, run.snapshot, 'weights'));

    // A snapshot every frame for 30 frames (480 ms), each with different weights.
    const burst: Float64Array[] = [];
    for (let frame = 0; frame < 30; frame++) {
      run.trainer.run(1);
      const snapshot = snapshotOf(run);
      burst.push(snapshot);
      deliver(snapshot);
    }
    // 480 ms of snapshots: a painting at most every 100 ms, not one a frame.
    const duringBurst = painted.length - 1;
    expect(duringBurst).toBeGreaterThanOrEqual(
      Math.floor((30 * FRAME_MS) / REDRAW_INTERVAL_MS) - 1,
    );
    expect(duringBurst).toBeLessThanOrEqual(Math.ceil((30 * FRAME_MS) / REDRAW_INTERVAL_MS) + 1);

    // Training pauses: no new snapshot comes, yet the last one is painted once the wait is over.
    const last = burst[burst.length - 1];
    const lastPicture = expectedPicture(run, last, 'weights');
    act(() => {
      vi.advanceTimersByTime(REDRAW_INTERVAL_MS + 2 * FRAME_MS);
    });
    expect(painted[painted.length - 1]).toEqual(lastPicture);
    // The pictures really changed over the burst (so the check above could fail).
    expect(painted[0]).not.toEqual(lastPicture);
    const settled = painted.length;
    act(() => {
      vi.advanceTimersByTime(10 * REDRAW_INTERVAL_MS);
    });
    expect(painted).toHaveLength(settled);
  });

  it('switch to the gradients within one redraw interval, also while paused', () => {
    const run = digitsRun();
    mount(run);
    run.trainer.run(1);
    deliver(snapshotOf(run));
    act(() => {
      vi.advanceTimersByTime(2 * REDRAW_INTERVAL_MS);
    });
    const before = painted.length;
    act(() => {
      useAppStore.setState({ graphMode: 'backward' });
    });
    act(() => {
      vi.advanceTimersByTime(REDRAW_INTERVAL_MS + FRAME_MS);
    });
    expect(painted.length).toBe(before + 1);
    expect(painted[painted.length - 1]).toEqual(
      expectedPicture(run, live.snapshot!, 'weightGrads'),
    );
  });

  it('are not painted while scrolled out of sight, and catch up when they come back', () => {
    const observers: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          observers.push(callback);
        }
        observe(): void {}
        disconnect(): void {}
      },
    );
    const run = digitsRun();
    mount(run);
    expect(observers).toHaveLength(1);
    const first = painted.length;
    act(() => observers[0]([{ isIntersecting: false }]));
    let last = run.snapshot;
    for (let frame = 0; frame < 20; frame++) {
      run.trainer.run(1);
      last = snapshotOf(run);
      deliver(last);
    }
    act(() => {
      vi.advanceTimersByTime(5 * REDRAW_INTERVAL_MS);
    });
    expect(painted).toHaveLength(first);
    act(() => observers[0]([{ isIntersecting: true }]));
    act(() => {
      vi.advanceTimersByTime(FRAME_MS);
    });
    expect(painted).toHaveLength(first + 1);
    expect(painted[painted.length - 1]).toEqual(expectedPicture(run, last, 'weights'));
  });
});

describe('the caption under the pictures', () => {
  it('numbers neurons from 1, as the graph and the inspector do', () => {
    const run = digitsRun();
    mount(run);
    const caption = (): string =>
      [...document.querySelectorAll('.digits-caption[aria-live]')]
        .map((p) => p.textContent)
        .join('');
    expect(caption()).toBe('Neuron 1 of layer 1');
    act(() => useAppStore.setState({ selectedNode: { layer: 1, index: 2 } }));
    expect(caption()).toBe('Neuron 3 of layer 1 is selected in the graph.');
  });
});
