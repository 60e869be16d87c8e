/**
 * Two-class (and, for the spiral, k-class) point clouds in the plane [-6, 6]², the classic
 * TensorFlow Playground shapes. Class sizes are exactly balanced (sample i belongs to class
 * i mod k), so accuracy numbers are comparable across seeds.
 *
 * Noise is always drawn, even at noise 0, and only scaled by the noise level: changing the
 * noise slider moves the same points further or less far instead of making new ones.
 */
// detmath's sin/cos, not Math's: engines differ in the last bit, and the same seed must give
// the same points in the browser and in the replay command.
import { cos, sin } from '../core/detmath';
import type { Random } from '../core/random';
import { classificationData, planeDomain, PLANE_NAMES, type RawData } from './rawData';

export type PlaneClassificationName = 'circle' | 'xor' | 'gaussians' | 'spiral' | 'moons';

/** Radii of the circle data: inner disc r ≤ 2.5, ring 3.5 ≤ r ≤ 5 (before noise). */
export const CIRCLE_INNER_RADIUS = 2.5;
export const CIRCLE_RING = [3.5, 5] as const;

export function generatePlaneClassification(
  name: PlaneClassificationName,
  count: number,
  noise: number,
  classes: number,
  rng: Random,
): RawData {
  switch (name) {
    case 'circle':
      return circle(count, noise, rng);
    case 'xor':
      return xor(count, noise, rng);
    case 'gaussians':
      return gaussians(count, noise, rng);
    case 'spiral':
      return spiral(count, noise, classes, rng);
    case 'moons':
      return moons(count, noise, rng);
  }
}

function planeData(name: PlaneClassificationName, count: number, classNames: string[]): RawData {
  const shape = {
    name,
    count,
    rawKind: 'plane' as const,
    rawSize: 2,
    rawDomain: planeDomain(),
    imageSide: 0,
    rawNames: PLANE_NAMES.slice(),
  };
  return classificationData(shape, classNames);
}

function setPoint(data: RawData, i: number, x1: number, x2: number, label: number): void {
  data.raw[2 * i] = x1;
  data.raw[2 * i + 1] = x2;
  data.labels[i] = label;
}

// Noise: every point jittered by N(0, σ²) per coordinate, σ = 1.5·noise; labels stay, so at
// high noise the disc and the ring overlap.
function circle(count: number, noise: number, rng: Random): RawData {
  const data = planeData('circle', count, ['inner disc', 'outer ring']);
  const sigma = 1.5 * noise;
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const r =
      label === 0
        ? rng.uniform(0, CIRCLE_INNER_RADIUS)
        : rng.uniform(CIRCLE_RING[0], CIRCLE_RING[1]);
    const angle = rng.uniform(0, 2 * Math.PI);
    const x1 = r * cos(angle) + sigma * rng.normal();
    const x2 = r * sin(angle) + sigma * rng.normal();
    setPoint(data, i, x1, x2, label);
  }
  return data;
}

/** Points of the xor data keep this distance from the axes (before noise). */
export const XOR_PADDING = 0.3;

// Noise: every point jittered by N(0, σ²) per coordinate, σ = 2·noise; labels stay (from the
// quadrant the point was drawn in), so points near the axes cross into the other class.
function xor(count: number, noise: number, rng: Random): RawData {
  const data = planeData('xor', count, ['x₁x₂ < 0', 'x₁x₂ > 0']);
  const sigma = 2 * noise;
  for (let i = 0; i < count; i++) {
    // Cycling through the four quadrants keeps both classes exactly balanced.
    const quadrant = i % 4;
    const s1 = quadrant & 1 ? 1 : -1;
    const s2 = quadrant & 2 ? 1 : -1;
    const x1 = s1 * rng.uniform(XOR_PADDING, 5);
    const x2 = s2 * rng.uniform(XOR_PADDING, 5);
    const label = s1 * s2 > 0 ? 1 : 0;
    setPoint(data, i, x1 + sigma * rng.normal(), x2 + sigma * rng.normal(), label);
  }
  return data;
}

/** Centres of the two Gaussian blobs (class 0, class 1). */
export const GAUSSIAN_CENTRES = [
  [2, 2],
  [-2, -2],
] as const;

// Noise: widens both blobs, σ = 0.5 + 2·noise per coordinate (0.5: clearly apart, 2.5: mostly
// overlapping).
function gaussians(count: number, noise: number, rng: Random): RawData {
  const data = planeData('gaussians', count, ['blob at (2, 2)', 'blob at (−2, −2)']);
  const sigma = 0.5 + 2 * noise;
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const [c1, c2] = GAUSSIAN_CENTRES[label];
    setPoint(data, i, c1 + sigma * rng.normal(), c2 + sigma * rng.normal(), label);
  }
  return data;
}

/** Turns of each spiral arm from the centre to radius 5. */
const SPIRAL_TURNS = 1.75;

// Noise: every point jittered by N(0, σ²) per coordinate, σ = 0.5·noise; with more arms they
// are closer together, so the same noise blurs them more.
function spiral(count: number, noise: number, classes: number, rng: Random): RawData {
  const names = Array.from({ length: classes }, (_, c) => `arm ${c + 1}`);
  const data = planeData('spiral', count, names);
  const sigma = 0.5 * noise;
  for (let i = 0; i < count; i++) {
    const arm = i % classes;
    const u = rng.next(); // position along the arm, 0 = centre, 1 = outer end
    const r = 5 * u;
    const angle = SPIRAL_TURNS * 2 * Math.PI * u + (2 * Math.PI * arm) / classes;
    const x1 = r * sin(angle) + sigma * rng.normal();
    const x2 = r * cos(angle) + sigma * rng.normal();
    setPoint(data, i, x1, x2, arm);
  }
  return data;
}

/** scikit-learn's make_moons, moved to the centre and scaled ×3 to fill the plane. */
const MOON_SCALE = 3;

// Noise: every point jittered by N(0, σ²) per coordinate, σ = 1.5·noise (= 0.5·noise in
// make_moons units, where 0.3 is already "very noisy").
function moons(count: number, noise: number, rng: Random): RawData {
  const data = planeData('moons', count, ['upper moon', 'lower moon']);
  const sigma = 1.5 * noise;
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const t = rng.uniform(0, Math.PI);
    // Upper moon: (cos t, sin t); lower moon: (1 − cos t, ½ − sin t), centred on (½, ¼).
    const u1 = label === 0 ? cos(t) : 1 - cos(t);
    const u2 = label === 0 ? sin(t) : 0.5 - sin(t);
    const x1 = MOON_SCALE * (u1 - 0.5) + sigma * rng.normal();
    const x2 = MOON_SCALE * (u2 - 0.25) + sigma * rng.normal();
    setPoint(data, i, x1, x2, label);
  }
  return data;
}
