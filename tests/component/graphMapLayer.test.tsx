// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { Header } from '../../src/engine';
import { computeLayout } from '../../src/views/NetworkGraph/layout';
import { PicturePainter, type PicturePaintInput } from '../../src/views/NetworkGraph/pictures';
import { shapeOf } from '../../src/views/NetworkGraph/shape';
import { computeOutputMap } from '../../src/worker/outputMap';
import { MAX_MAPPED_HIDDEN } from '../../src/core/runInfo';
import { makeRun } from './networkGraphHarness';

/** A 2-D context that only counts what it is asked to do. */
function countingContext(): { ctx: CanvasRenderingContext2D; clears: () => number } {
  let clears = 0;
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (target, key) => {
      if (key === 'clearRect') return () => void clears++;
      return key in target ? target[key as string] : () => {};
    },
    set: (target, key, value) => {
      target[key as string] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, clears: () => clears };
}

describe('the graph’s heat-map layer', () => {
  it('is repainted only for a new map, another focus sample or a cleared canvas', () => {
    const run = makeRun(() => {}, 3);
    const shape = shapeOf(run.info, MAX_MAPPED_HIDDEN);
    const layout = computeLayout(shape, 640, translator('en'));
    const painter = new PicturePainter(layout, shape, {
      rawDomain: run.info.data.rawDomain,
      rawSize: run.info.data.rawSize,
      trainRaw: run.info.data.train.raw,
    });
    const map = (): PicturePaintInput['map'] =>
      computeOutputMap(run.trainer.network, run.dataset, 8, run.trainer.stepsDone);
    const input = (m: PicturePaintInput['map'], s = run.snapshot): PicturePaintInput => ({
      s,
      lay: run.layout,
      map: m,
      mode: 'forward',
      scales: {} as PicturePaintInput['scales'],
      units: [],
    });
    const { ctx, clears } = countingContext();
    const first = map();
    expect(painter.paintMapLayer(ctx, input(first), 1)).toBe(true);
    // Frames with new snapshots but the same map and focus leave the layer alone.
    for (let k = 0; k < 10; k++) expect(painter.paintMapLayer(ctx, input(first), 1)).toBe(false);
    expect(clears()).toBe(1);
    expect(painter.paintMapLayer(ctx, input(map()), 1)).toBe(true);
    const refocused = run.snapshot.slice();
    refocused[Header.focusSample] = run.snapshot[Header.focusSample] + 1;
    const second = map();
    expect(painter.paintMapLayer(ctx, input(second), 1)).toBe(true);
    expect(painter.paintMapLayer(ctx, input(second, refocused), 1)).toBe(true);
    expect(painter.paintMapLayer(ctx, input(second, refocused), 1)).toBe(false);
    painter.forgetMapLayer();
    expect(painter.paintMapLayer(ctx, input(second, refocused), 1)).toBe(true);
    // A run without a map yet (a new run) clears the layer once.
    expect(painter.paintMapLayer(ctx, input(null, refocused), 1)).toBe(true);
    expect(painter.paintMapLayer(ctx, input(null, refocused), 1)).toBe(false);
    expect(clears()).toBe(6);
  });
});
