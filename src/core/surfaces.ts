/**
 * Two-dimensional test surfaces for the optimizer race. Each has its value f(x, y), its
 * analytic gradient (∂f/∂x, ∂f/∂y), where its minima are, and a plotting window. The
 * definitions are part of the headless contract (`npm run race`), so they are written out
 * exactly as the course material states them.
 */

export type SurfaceName =
  'rosenbrock' | 'beale' | 'himmelblau' | 'saddle' | 'bowl' | 'rotated-bowl';

export interface Surface {
  readonly name: SurfaceName;
  readonly label: string;
  /** The formula as plain text, for captions and the CLI's help. */
  readonly formula: string;
  /** The formula in TeX, for the typeset caption. */
  readonly tex: string;
  /** f(x, y). */
  value(x: number, y: number): number;
  /** Writes (∂f/∂x, ∂f/∂y) into out[0], out[1]; no allocation, so a race step allocates nothing. */
  gradient(x: number, y: number, out: Float64Array): void;
  /** Where the minima are (a saddle has none; its stationary point is listed in `stationary`). */
  readonly minima: readonly (readonly [number, number])[];
  readonly stationary: readonly (readonly [number, number])[];
  /** The plotting window [xMin, xMax] × [yMin, yMax]. */
  readonly window: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** A start point that shows the surface's difficulty. */
  readonly start: readonly [number, number];
}

const rosenbrock: Surface = {
  name: 'rosenbrock',
  label: 'Rosenbrock (a curved valley)',
  formula: 'f = (1 − x)² + 100(y − x²)²',
  tex: 'f = (1 - x)^2 + 100\\,(y - x^2)^2',
  value: (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
  gradient(x, y, out) {
    const r = y - x * x;
    out[0] = -2 * (1 - x) - 400 * x * r;
    out[1] = 200 * r;
  },
  minima: [[1, 1]],
  stationary: [[1, 1]],
  window: { x: [-2, 2], y: [-1, 3] },
  start: [-1.5, 2],
};

const beale: Surface = {
  name: 'beale',
  label: 'Beale (flat plateaus, sharp ridges)',
  formula: 'f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
  tex: 'f = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
  value(x, y) {
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y * y;
    const c = 2.625 - x + x * y * y * y;
    return a * a + b * b + c * c;
  },
  gradient(x, y, out) {
    const y2 = y * y;
    const y3 = y2 * y;
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y2;
    const c = 2.625 - x + x * y3;
    out[0] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
    out[1] = 2 * a * x + 2 * b * (2 * x * y) + 2 * c * (3 * x * y2);
  },
  minima: [[3, 0.5]],
  stationary: [[3, 0.5]],
  window: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  start: [1, 1.5],
};

const himmelblau: Surface = {
  name: 'himmelblau',
  label: 'Himmelblau (four minima)',
  formula: 'f = (x² + y − 11)² + (x + y² − 7)²',
  tex: 'f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  value(x, y) {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return a * a + b * b;
  },
  gradient(x, y, out) {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    out[0] = 4 * x * a + 2 * b;
    out[1] = 2 * a + 4 * y * b;
  },
  minima: [
    [3, 2],
    [-2.805118, 3.131312],
    [-3.77931, -3.283186],
    [3.584428, -1.848126],
  ],
  stationary: [[3, 2]],
  window: { x: [-5, 5], y: [-5, 5] },
  start: [-0.5, -0.5],
};

const saddle: Surface = {
  name: 'saddle',
  label: 'Saddle (a minimum along x, a maximum along y)',
  formula: 'f = x² − y²',
  tex: 'f = x^2 - y^2',
  value: (x, y) => x * x - y * y,
  gradient(x, y, out) {
    out[0] = 2 * x;
    out[1] = -2 * y;
  },
  minima: [],
  stationary: [[0, 0]],
  window: { x: [-2, 2], y: [-2, 2] },
  start: [-1.5, 0.001],
};

const bowl: Surface = {
  name: 'bowl',
  label: 'Ill-conditioned bowl (20× steeper along y)',
  formula: 'f = ½x² + 10y²',
  tex: 'f = \\tfrac12 x^2 + 10\\,y^2',
  value: (x, y) => 0.5 * x * x + 10 * y * y,
  gradient(x, y, out) {
    out[0] = x;
    out[1] = 20 * y;
  },
  minima: [[0, 0]],
  stationary: [[0, 0]],
  window: { x: [-3, 3], y: [-2, 2] },
  start: [-2.5, 1.5],
};

/** cos 45° = sin 45° = 1/√2, written as the exact double nearest to it. */
const ROOT_HALF = Math.SQRT1_2;

/**
 * The bowl in coordinates turned by 45°: u = (x + y)/√2, v = (y − x)/√2, f = ½u² + 10v².
 * Its steep direction no longer lines up with an axis, which is what defeats per-coordinate
 * step sizes (Adagrad, RMSprop, Adam) less than it defeats plain SGD.
 */
const rotatedBowl: Surface = {
  name: 'rotated-bowl',
  label: 'Rotated bowl (the bowl turned by 45°)',
  formula: 'f = ½u² + 10v², u = (x + y)/√2, v = (y − x)/√2',
  tex: 'f = \\tfrac12 u^2 + 10\\,v^2,\\quad u = \\tfrac{x + y}{\\sqrt2},\\ v = \\tfrac{y - x}{\\sqrt2}',
  value(x, y) {
    const u = (x + y) * ROOT_HALF;
    const v = (y - x) * ROOT_HALF;
    return 0.5 * u * u + 10 * v * v;
  },
  gradient(x, y, out) {
    const u = (x + y) * ROOT_HALF;
    const v = (y - x) * ROOT_HALF;
    // ∂f/∂x = u·∂u/∂x + 20v·∂v/∂x, with ∂u/∂x = 1/√2 and ∂v/∂x = −1/√2.
    out[0] = (u - 20 * v) * ROOT_HALF;
    out[1] = (u + 20 * v) * ROOT_HALF;
  },
  minima: [[0, 0]],
  stationary: [[0, 0]],
  window: { x: [-3, 3], y: [-3, 3] },
  start: [-2.5, -1.5],
};

export const SURFACES: Readonly<Record<SurfaceName, Surface>> = {
  rosenbrock,
  beale,
  himmelblau,
  saddle,
  bowl,
  'rotated-bowl': rotatedBowl,
};

export const SURFACE_NAMES = Object.keys(SURFACES) as SurfaceName[];

export function isSurfaceName(name: string): name is SurfaceName {
  return Object.prototype.hasOwnProperty.call(SURFACES, name);
}
