import { describe, expect, it } from 'vitest';
import {
  diagnose,
  findPlateauDrop,
  LossDoctor,
  type DiagnosisKind,
  type DoctorContext,
  type LossPoint,
} from '../../../src/core/doctor';

const plain: DoctorContext = { softmaxClasses: null };

/** A curve from a function of the step, one point every `every` steps up to `steps`. */
function curve(
  steps: number,
  every: number,
  train: (step: number) => number,
  test: (step: number) => number = () => Number.NaN,
): LossPoint[] {
  const points: LossPoint[] = [];
  for (let s = 0; s <= steps; s += every) {
    points.push({ step: s, trainLoss: train(s), testLoss: test(s), batchLoss: Number.NaN });
  }
  return points;
}

const kinds = (points: LossPoint[], context = plain): DiagnosisKind[] =>
  diagnose(points, context).map((d) => d.kind);

/** A healthy fall: 0.7 → about 0.05, smoothly. */
const healthy = (s: number): number => 0.05 + 0.65 * Math.exp(-s / 300);

describe('the doctor on synthetic curves', () => {
  it('says nothing about a smooth, falling curve with a test loss that keeps falling', () => {
    expect(kinds(curve(2000, 10, healthy, (s) => 1.1 * healthy(s)))).toEqual([]);
  });

  it('flat: fires when the loss moved under 1% in 100 steps, not before 100, not at 1.5%', () => {
    const flat = (s: number): number => 0.7 - 0.005 * (s / 200);
    expect(kinds(curve(90, 10, flat))).toEqual([]);
    const d = diagnose(curve(200, 10, flat), plain);
    expect(d.map((x) => x.kind)).toEqual(['flat']);
    expect(d[0].evidence).toContain('0.71%');
    expect(d[0].suggestion).toMatch(/larger learning rate/);
    expect(kinds(curve(200, 10, (s) => 0.7 - 0.0105 * (s / 200)))).toEqual([]);
  });

  it('diverging: fires on NaN and on a tripled loss, not on a bump near 0', () => {
    const nan = curve(100, 10, healthy);
    nan.push({ step: 110, trainLoss: Number.NaN, testLoss: Number.NaN, batchLoss: Number.NaN });
    const d = diagnose(nan, plain);
    expect(d[0].kind).toBe('diverging');
    expect(d[0].evidence).toContain('NaN');
    const rising = curve(300, 10, (s) =>
      s < 100 ? healthy(s) : healthy(100) * Math.exp((s - 100) / 50),
    );
    expect(kinds(rising)).toContain('diverging');
    // The evidence quotes the newest point, the loss the legend shows at that step (the
    // median of the newest three, 2.68, was quoted as the loss at step 5).
    const lesson = [0.239, 0.3, 0.5, 1.1, 2.68, 42.4475].map((trainLoss, step) => ({
      step,
      trainLoss,
      testLoss: Number.NaN,
      batchLoss: Number.NaN,
    }));
    expect(diagnose(lesson, plain)[0].evidence).toBe(
      'The train loss rose from 0.239 (step 0) to 42.4 at step 5: 178 times higher.',
    );
    // From 0.01 to 0.03 on a curve that started at 0.7: a rise of 3% of the start, noise.
    const nearZero = curve(300, 10, (s) => (s < 250 ? 0.7 * Math.exp(-s / 20) + 0.01 : 0.03));
    expect(kinds(nearZero)).not.toContain('diverging');
  });

  it('noisy: fires when points jump far off the trend, not on a smooth curve', () => {
    const jumpy = curve(400, 10, (s) => healthy(s) * (s % 20 === 0 ? 1.6 : 0.7));
    const d = diagnose(jumpy, plain);
    expect(d.map((x) => x.kind)).toContain('noisy');
    expect(d.find((x) => x.kind === 'noisy')?.suggestion).toMatch(/larger batch/);
    const mild = curve(400, 10, (s) => healthy(s) * (s % 20 === 0 ? 1.05 : 0.95));
    expect(kinds(mild)).not.toContain('noisy');
  });

  it('overfitting: fires when test rose 25% for 200 steps while train fell; silent otherwise', () => {
    const test = (s: number): number => (s < 400 ? 0.5 - 0.0005 * s : 0.3 + 0.0004 * (s - 400));
    const d = diagnose(curve(800, 10, healthy, test), plain);
    expect(d.map((x) => x.kind)).toEqual(['overfitting']);
    expect(d[0].evidence).toContain('lowest at step 400 (0.3)');
    // The newest point's losses, as the legend shows them: test 0.3 + 0.0004·400 = 0.46, train
    // 0.05 + 0.65·e^(−8/3) = 0.0952 (the medians of the newest three, quoted before, were the
    // point at step 790: 0.456 and 0.0967).
    expect(d[0].evidence).toContain('is 0.46 now, while the train loss fell from 0.221 to 0.0952.');
    // Risen, but only for 100 steps.
    expect(kinds(curve(550, 10, healthy, test))).toEqual([]);
    // Test rising while train rises too is not overfitting.
    const trainUp = (s: number): number =>
      s < 400 ? healthy(s) : healthy(400) + 0.00005 * (s - 400);
    expect(kinds(curve(800, 10, trainUp, test))).not.toContain('overfitting');
  });

  it('plateau then drop: an observation, found where it is and not on a steady fall', () => {
    const plateau = (s: number): number =>
      s < 500 ? (s < 100 ? 0.7 - 0.002 * s : 0.5) : 0.5 * Math.exp(-(s - 500) / 60);
    const found = findPlateauDrop(curve(800, 10, plateau));
    expect(found).toMatchObject({ from: 100, to: 500, level: 0.5 });
    const d = diagnose(curve(800, 10, plateau), plain);
    expect(d.map((x) => x.kind)).toEqual(['plateau-drop']);
    expect(d[0].suggestion).toBeNull();
    expect(findPlateauDrop(curve(800, 10, healthy))).toBeNull();
    // A plateau that has not dropped yet is no observation either.
    expect(findPlateauDrop(curve(450, 10, plateau))).toBeNull();
  });

  it('first loss: compares with ln C for a softmax, only when the curve starts at step 0', () => {
    const softmax3: DoctorContext = { softmaxClasses: 3 };
    const d = diagnose(
      curve(50, 10, (s) => 7.5 - s / 100),
      softmax3,
    );
    expect(d[0].kind).toBe('first-loss');
    expect(d[0].evidence).toContain('ln 3 = 1.1');
    expect(d[0].evidence).toContain('7.5');
    expect(
      kinds(
        curve(50, 10, (s) => 1.12 - s / 1000),
        softmax3,
      ),
    ).toEqual([]);
    // Not a softmax run: no expectation.
    expect(kinds(curve(50, 10, (s) => 7.5 - s / 100))).toEqual([]);
    // A history that opens later (after a warm-up) has no first loss to judge.
    const late = curve(50, 10, (s) => 7.5 - s / 100).map((p) => ({ ...p, step: p.step + 100 }));
    expect(kinds(late, softmax3)).toEqual([]);
  });
});

describe('hysteresis', () => {
  it('a diagnosis holds while the curve hovers between the fire and release thresholds', () => {
    // The test loss climbs to 30% over its minimum (fires), then wobbles between 15% and 22%
    // above it: below the 25% needed to fire, above the 10% needed to let go.
    const test = (s: number): number => {
      if (s <= 400) return 0.5 - 0.0005 * s;
      if (s <= 700) return 0.3 * (1 + (0.3 * (s - 400)) / 300);
      return 0.3 * (s % 20 === 0 ? 1.22 : 1.15);
    };
    const points = curve(1200, 10, healthy, test);
    const doctor = new LossDoctor(plain);
    const shown: boolean[] = [];
    for (let i = 1; i <= points.length; i++) {
      shown.push(doctor.update(points.slice(0, i)).some((d) => d.kind === 'overfitting'));
    }
    const firstOn = shown.indexOf(true);
    expect(firstOn).toBeGreaterThan(0);
    // Once on, never off again, although a fresh look would say no at most of these points.
    expect(shown.slice(firstOn).every(Boolean)).toBe(true);
    expect(kinds(points)).not.toContain('overfitting');
  });

  it('a diagnosis goes away once its evidence has gone', () => {
    const test = (s: number): number =>
      s <= 400 ? 0.5 - 0.0005 * s : s <= 700 ? 0.3 + 0.0003 * (s - 400) : 0.3;
    const points = curve(1000, 10, healthy, test);
    const doctor = new LossDoctor(plain);
    const at700 = doctor.update(points.slice(0, 71)).map((d) => d.kind);
    expect(at700).toContain('overfitting');
    // Back at its minimum: gone.
    expect(doctor.update(points).map((d) => d.kind)).not.toContain('overfitting');
  });
});
