/**
 * The drawing pad's ink: PAD_SIDE × PAD_SIDE values 0 … 1 (row-major), drawn with a round,
 * soft-edged pen. A stroke is a chain of pen stamps a pixel apart, so a fast pointer leaves
 * a continuous line. Ink only ever darkens (max), as a pen on paper.
 */

/** Pad pixels per side (four per MNIST pixel: the fitting shrinks by about that much). */
export const PAD_SIDE = 112;
/** Pen radius in pad pixels: after fitting, strokes come out about 2–3 MNIST pixels wide. */
export const PEN_RADIUS = 4.5;

export function blankPad(): Float32Array {
  return new Float32Array(PAD_SIDE * PAD_SIDE);
}

/** One pen stamp centred at (x, y): full ink inside the radius, a one-pixel soft rim. */
export function stamp(ink: Float32Array, x: number, y: number, radius = PEN_RADIUS): void {
  const x0 = Math.max(0, Math.floor(x - radius - 1));
  const x1 = Math.min(PAD_SIDE - 1, Math.ceil(x + radius + 1));
  const y0 = Math.max(0, Math.floor(y - radius - 1));
  const y1 = Math.min(PAD_SIDE - 1, Math.ceil(y + radius + 1));
  for (let py = y0; py <= y1; py++) {
    for (let px = x0; px <= x1; px++) {
      const distance = Math.hypot(px + 0.5 - x, py + 0.5 - y);
      const cover = Math.min(1, Math.max(0, radius + 0.5 - distance));
      const at = py * PAD_SIDE + px;
      if (cover > ink[at]) ink[at] = cover;
    }
  }
}

/** A straight stroke from (xa, ya) to (xb, yb): stamps at most a pixel apart. */
export function strokeLine(
  ink: Float32Array,
  xa: number,
  ya: number,
  xb: number,
  yb: number,
): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(xb - xa, yb - ya)));
  for (let k = 0; k <= steps; k++) {
    const f = k / steps;
    stamp(ink, xa + (xb - xa) * f, ya + (yb - ya) * f);
  }
}

/** An image (side × side, 0 … 1) enlarged onto the pad, each pixel a block of pad pixels. */
export function imageOntoPad(ink: Float32Array, raw: ArrayLike<number>, side: number): void {
  const factor = PAD_SIDE / side;
  for (let py = 0; py < PAD_SIDE; py++) {
    const row = Math.min(side - 1, Math.floor(py / factor));
    for (let px = 0; px < PAD_SIDE; px++) {
      const col = Math.min(side - 1, Math.floor(px / factor));
      const v = raw[row * side + col];
      ink[py * PAD_SIDE + px] = v > 0 ? Math.min(1, v) : 0;
    }
  }
}

/** Whether anything is drawn. */
export function hasInk(ink: Float32Array): boolean {
  for (let k = 0; k < ink.length; k++) if (ink[k] > 0) return true;
  return false;
}

/** Ink values 0 … 1 as RGBA bytes, ink black on white paper (no stretching of faint ink). */
export function inkPixels(values: ArrayLike<number>, out: Uint8ClampedArray): void {
  for (let k = 0; k < values.length; k++) {
    const grey = Math.round(255 * (1 - Math.min(1, Math.max(0, values[k]))));
    out[4 * k] = grey;
    out[4 * k + 1] = grey;
    out[4 * k + 2] = grey;
    out[4 * k + 3] = 255;
  }
}
