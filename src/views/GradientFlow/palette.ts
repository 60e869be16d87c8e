/**
 * Viridis sampled at 17 evenly spaced points (t = 0, 1/16, …, 1). Read between them linearly it
 * stays within 5/255 per channel of the full 256-entry table (tests/unit/views/palette.test.ts
 * compares it with d3-scale-chromatic's), while that package would put every one of its colour
 * schemes into the page's first download.
 */
const VIRIDIS = (
  '440154 48186a 472d7b 424086 3b528b 33638d 2c728e 26828e 21918c ' +
  '1fa088 28ae80 3fbc73 5ec962 84d44b addc30 d8e219 fde725'
)
  .split(' ')
  .map((hex) => [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)));

/** Viridis at t in [0, 1] as #rrggbb: dark purple through teal to yellow. */
export function viridis(t: number): string {
  const x = Math.min(Math.max(t, 0), 1) * (VIRIDIS.length - 1);
  const k = Math.min(Math.floor(x), VIRIDIS.length - 2);
  const [a, b] = [VIRIDIS[k], VIRIDIS[k + 1]];
  const channel = (c: number): string =>
    Math.round(a[c] + (b[c] - a[c]) * (x - k))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/**
 * Layer colours by depth, dark (layer 1, next to the input) to light (the output layer). The
 * palette stops short of viridis' pale yellow end, which would vanish on the white panel.
 */
export function layerColor(layer: number, depth: number): string {
  const t = depth <= 1 ? 0 : (layer - 1) / (depth - 1);
  return viridis(0.08 + 0.78 * t);
}
