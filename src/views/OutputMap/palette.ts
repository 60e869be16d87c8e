/**
 * The colours of the output view: class colours for points and decision regions, and the
 * diverging ramp for a single output, centred where the network switches class. Pure functions
 * of numbers, tested directly.
 */
import { rgb } from 'd3-color';
import type { DataView } from '../../core/runInfo';

/** The sign colours of the whole app (styles.css --negative / --positive): class 0 and class 1. */
export const NEGATIVE = '#d6604d';
export const POSITIVE = '#2166ac';
/** What a cell fades to where the network is undecided. */
export const NEUTRAL = '#f7f7f7';

/**
 * The Tableau 10 colours (written out: the package holding them, d3-scale-chromatic, would put
 * every colour scheme into the page's first download), reordered so the first few classes are
 * the most distinct (blue, orange, green, red …).
 */
const TABLEAU_10 = '4e79a7 f28e2c e15759 76b7b2 59a14f edc949 af7aa1 ff9da7 9c755f bab0ab';
const CATEGORICAL = [0, 1, 4, 2, 6, 3, 5, 7, 8, 9].map((i) => `#${TABLEAU_10.split(' ')[i]}`);

/**
 * One colour per class. Two classes use the sign colours, as a single tanh/sigmoid output does,
 * so a binary problem looks the same whatever its output layer.
 */
export function classColors(classes: number): string[] {
  if (classes <= 2) return [NEGATIVE, POSITIVE];
  return Array.from({ length: classes }, (_, k) => CATEGORICAL[k % CATEGORICAL.length]);
}

export type Rgb = [number, number, number];

export function toRgb(color: string): Rgb {
  const c = rgb(color);
  return [c.r, c.g, c.b];
}

/** `a` mixed with `b` in proportion t (0 → a, 1 → b), rounded to bytes. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [
    Math.round(a[0] + (b[0] - a[0]) * t),
    Math.round(a[1] + (b[1] - a[1]) * t),
    Math.round(a[2] + (b[2] - a[2]) * t),
  ];
}

/**
 * How map values become colours.
 * - 'diverging': one output; `center` is the decision threshold (or the mean target for
 *   regression) and `span` the distance from it that gets the full colour.
 * - 'classes': one output per class; the cell takes the colour of the largest output, paler
 *   the less sure the network is.
 */
export type Coloring =
  | { kind: 'diverging'; center: number; span: number; low: Rgb; high: Rgb }
  | { kind: 'classes'; colors: Rgb[] };

export function coloringFor(data: DataView): Coloring {
  const low = toRgb(NEGATIVE);
  const high = toRgb(POSITIVE);
  switch (data.targetEncoding) {
    case 'zero-one':
      return { kind: 'diverging', center: 0.5, span: 0.5, low, high };
    case 'plus-minus-one':
      return { kind: 'diverging', center: 0, span: 1, low, high };
    case 'one-hot':
      return { kind: 'classes', colors: classColors(data.outputSize).map(toRgb) };
    case 'value': {
      const { center, span } = targetSpread(data.train.rawTargets, data.outputSize);
      return { kind: 'diverging', center, span, low, high };
    }
  }
}

/** Mean and largest distance from it of the first target column (at least a tiny span). */
export function targetSpread(
  targets: ArrayLike<number>,
  width: number,
): { center: number; span: number } {
  const n = Math.floor(targets.length / Math.max(1, width));
  if (n === 0) return { center: 0, span: 1 };
  let sum = 0;
  for (let s = 0; s < n; s++) sum += targets[s * width];
  const center = sum / n;
  let span = 0;
  for (let s = 0; s < n; s++) span = Math.max(span, Math.abs(targets[s * width] - center));
  return { center, span: span > 1e-12 ? span : 1 };
}

/** How strongly decided regions are painted (points keep the full colour on top). */
export const REGION_STRENGTH = 0.6;
/** The least colour a class region gets, so every region shows its class even when unsure. */
export const REGION_FLOOR = 0.12;

/** Colour of one output value on the diverging ramp, at `strength` of the full colour. */
export function divergingColor(
  coloring: Extract<Coloring, { kind: 'diverging' }>,
  value: number,
  strength = 1,
): Rgb {
  const neutral = toRgb(NEUTRAL);
  if (!Number.isFinite(value)) return neutral;
  const t = Math.max(-1, Math.min(1, (value - coloring.center) / coloring.span));
  return mix(neutral, t >= 0 ? coloring.high : coloring.low, Math.abs(t) * strength);
}

/**
 * Colour of a cell from its class outputs: the largest output's class, from pale (as unsure as
 * a uniform guess, 1/K) to REGION_STRENGTH (certain).
 */
export function classCellColor(colors: readonly Rgb[], outputs: ArrayLike<number>): Rgb {
  const k = colors.length;
  let best = 0;
  for (let j = 1; j < k; j++) if (outputs[j] > outputs[best]) best = j;
  const p = outputs[best];
  if (!Number.isFinite(p)) return toRgb(NEUTRAL);
  const sure = Math.max(0, Math.min(1, (p - 1 / k) / (1 - 1 / k)));
  return mix(toRgb(NEUTRAL), colors[best], REGION_FLOOR + (REGION_STRENGTH - REGION_FLOOR) * sure);
}
