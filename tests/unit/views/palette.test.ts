import { rgb } from 'd3-color';
import { interpolateViridis, schemeTableau10 } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { layerColor, viridis } from '../../../src/views/GradientFlow/palette';
import { classColors } from '../../../src/views/OutputMap/palette';

/** The largest difference of one channel between two colours, in 0…255 steps. */
function channelGap(a: string, b: string): number {
  const [x, y] = [rgb(a), rgb(b)];
  return Math.max(Math.abs(x.r - y.r), Math.abs(x.g - y.g), Math.abs(x.b - y.b));
}

// The page writes these colours out instead of importing d3-scale-chromatic (its schemes are
// one block the bundler cannot trim); the package, a dev-time reference here, says they match.
describe('colours written out', () => {
  it('viridis stays within 5/255 of the full table everywhere, and hits it at the ends', () => {
    const gaps = Array.from({ length: 1001 }, (_, k) =>
      channelGap(viridis(k / 1000), interpolateViridis(k / 1000)),
    );
    expect(Math.max(...gaps)).toBeLessThanOrEqual(5);
    expect(viridis(0)).toBe(interpolateViridis(0));
    expect(viridis(1)).toBe(interpolateViridis(1));
    expect(viridis(0.5)).toBe(interpolateViridis(0.5));
    expect(viridis(-1)).toBe('#440154');
    expect(viridis(2)).toBe('#fde725');
  });

  it('layer colours run from dark (first layer) to light (last), as #rrggbb', () => {
    const colours = [1, 2, 3, 4].map((layer) => layerColor(layer, 4));
    colours.forEach((c) => expect(c).toMatch(/^#[0-9a-f]{6}$/));
    const lightness = colours.map((c) => rgb(c).g); // viridis' green rises steadily
    expect(lightness).toEqual([...lightness].sort((a, b) => a - b));
    expect(channelGap(colours[0], interpolateViridis(0.08))).toBeLessThanOrEqual(5);
    expect(channelGap(colours[3], interpolateViridis(0.86))).toBeLessThanOrEqual(5);
  });

  it('class colours are Tableau 10, most distinct first', () => {
    const order = [0, 1, 4, 2, 6, 3, 5, 7, 8, 9];
    expect(classColors(10)).toEqual(order.map((i) => schemeTableau10[i]));
    expect(classColors(12)[10]).toBe(schemeTableau10[0]);
  });
});
