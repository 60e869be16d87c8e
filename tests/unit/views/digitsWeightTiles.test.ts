import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/defaults';
import { layerBlock } from '../../../src/core/snapshotReader';
import { loadDigitsFromDisk } from '../../../src/data/digitsNode';
import { SnapshotWriter } from '../../../src/engine';
import { prepareRun } from '../../../src/run/prepare';
import { RAMP_RGB } from '../../../src/views/NetworkGraph/colors';
import {
  paintTiles,
  symmetricScale,
  tileAt,
  tileGrid,
  tileOrigin,
} from '../../../src/views/Digits/weightTiles';

/** Ramp colour → the t ∈ [−1, 1] it stands for (the ramp is one-to-one). */
const RAMP_T = new Map<string, number>();
for (let k = 0; k * 3 < RAMP_RGB.length; k++) {
  RAMP_T.set(`${RAMP_RGB[k * 3]},${RAMP_RGB[k * 3 + 1]},${RAMP_RGB[k * 3 + 2]}`, k / 128 - 1);
}

function trainedSnapshot() {
  const config = defaultConfig();
  config.data = { ...config.data, dataset: 'digits', digitSize: 14, samples: 200 };
  config.network.hidden = [{ size: 7, activation: 'relu', bias: true, dropout: 0 }];
  config.network.output = { activation: 'softmax', bias: true };
  config.network.loss = 'cce';
  const run = prepareRun(config, { digits: loadDigitsFromDisk() });
  if (!run.ok) throw new Error(run.error);
  run.trainer.run(5);
  const writer = new SnapshotWriter(run.trainer);
  const snapshot = writer.allocate();
  writer.write(snapshot, 0, {
    trainLoss: NaN,
    trainAccuracy: NaN,
    testLoss: NaN,
    testAccuracy: NaN,
    evaluatedAt: -1,
  });
  return { snapshot, layout: writer.layout, network: run.trainer.network };
}

describe('first-layer weights as images', () => {
  it('a grid for 7 tiles of 14×14: 3 columns, 3 rows, gaps of 2 pixels', () => {
    const grid = tileGrid(7, 14);
    expect([grid.columns, grid.rows, grid.width, grid.height]).toEqual([3, 3, 46, 46]);
    expect(tileOrigin(grid, 4)).toEqual([16, 16]);
    expect(tileAt(grid, 16, 16)).toBe(4);
    expect(tileAt(grid, 14, 3)).toBe(-1); // a gap
    expect(tileAt(grid, 40, 40)).toBe(-1); // the 9th place holds no tile
  });

  it('every pixel of every tile is the weight it stands for, on a symmetric scale', () => {
    for (const block of ['weights', 'weightGrads'] as const) {
      const { snapshot, layout, network } = trainedSnapshot();
      const values = layerBlock(layout, snapshot, block, 1);
      // The snapshot's block is the network's own numbers, w⁽¹⁾ⱼᵢ at j · 196 + i.
      const own = block === 'weights' ? network.weights[0] : null;
      if (own) expect(Array.from(values)).toEqual(Array.from(own));
      const grid = tileGrid(7, 14);
      const scale = symmetricScale(values, values.length);
      let largest = 0;
      for (const v of values) largest = Math.max(largest, Math.abs(v));
      expect(scale).toBe(largest);
      const out = new Uint8ClampedArray(grid.width * grid.height * 4);
      paintTiles(values, 196, grid, scale, out);
      for (let j = 0; j < 7; j++) {
        const [x0, y0] = tileOrigin(grid, j);
        for (let i = 0; i < 196; i++) {
          const at = ((y0 + Math.floor(i / 14)) * grid.width + x0 + (i % 14)) * 4;
          const t = RAMP_T.get(`${out[at]},${out[at + 1]},${out[at + 2]}`);
          if (t === undefined) throw new Error(`pixel ${i} of tile ${j} is not a ramp colour`);
          // Read back within half a ramp step (1/128) of w / scale.
          expect(Math.abs(t - values[j * 196 + i] / scale)).toBeLessThanOrEqual(1 / 256 + 1e-12);
        }
      }
    }
  });

  it('the largest |w| is full colour, 0 is white, and the sign picks the colour', () => {
    const grid = tileGrid(1, 2);
    const out = new Uint8ClampedArray(grid.width * grid.height * 4);
    paintTiles([0.5, -0.5, 0, 0.25], 4, grid, symmetricScale([0.5, -0.5, 0, 0.25], 4), out);
    const rgb = (p: number) => [out[p * 4], out[p * 4 + 1], out[p * 4 + 2]];
    expect(rgb(0)).toEqual([0x21, 0x66, 0xac]); // --positive
    expect(rgb(1)).toEqual([0xd6, 0x60, 0x4d]); // --negative
    expect(rgb(2)).toEqual([0xf7, 0xf7, 0xf7]); // the neutral middle
  });
});
