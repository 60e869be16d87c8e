import { rgb } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';

/**
 * The graph's one colour ramp: negative → white → positive, the sign colours of styles.css
 * (--negative, --positive). Precomputed once as a lookup table, so a frame picks colours by
 * index and never builds a string or an object.
 */
export const NEGATIVE = '#d6604d';
export const POSITIVE = '#2166ac';
export const NEUTRAL = '#eef0f4';

const STEPS = 256;
const half = STEPS / 2;
// The middle is the output view's neutral (palette.ts), so maps and nodes read alike.
const MIDDLE = '#f7f7f7';
const toNegative = interpolateRgb(MIDDLE, NEGATIVE);
const toPositive = interpolateRgb(MIDDLE, POSITIVE);

/** RGB bytes for t ∈ [−1, 1] at index round((t + 1) · 128). */
export const RAMP_RGB = new Uint8Array((STEPS + 1) * 3);
export const RAMP_CSS: string[] = [];
for (let k = 0; k <= STEPS; k++) {
  const t = (k - half) / half;
  const c = rgb(t < 0 ? toNegative(-t) : toPositive(t));
  RAMP_RGB[k * 3] = c.r;
  RAMP_RGB[k * 3 + 1] = c.g;
  RAMP_RGB[k * 3 + 2] = c.b;
  RAMP_CSS.push(c.formatHex());
}

/** Index into the ramp for t (clamped to [−1, 1]; NaN → white). */
export function rampIndex(t: number): number {
  if (!(t === t)) return half;
  const c = t < -1 ? -1 : t > 1 ? 1 : t;
  return Math.round((c + 1) * half);
}

export function rampColor(t: number): string {
  return RAMP_CSS[rampIndex(t)];
}

/** Whether text on the ramp colour for t should be white. */
export function darkOnRamp(t: number): boolean {
  return Math.abs(t) > 0.55;
}

/**
 * How a neuron's output z maps to t ∈ [−1, 1], so the same value has the same colour on the
 * node and on its heat map: tanh as is, sigmoid around ½ (its decision threshold), softmax
 * probabilities from white (0) to full (1), unbounded activations (ReLU, linear …) squashed
 * with tanh.
 */
export function activationUnit(activation: string): (z: number) => number {
  switch (activation) {
    case 'tanh':
    case 'softmax':
      return (z) => z;
    case 'sigmoid':
      return (z) => 2 * z - 1;
    default:
      return (z) => Math.tanh(z);
  }
}

/** The sign colour of a value (grey for exactly 0). */
export function signColor(v: number): string {
  return v > 0 ? POSITIVE : v < 0 ? NEGATIVE : '#9aa1ad';
}
