import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, LAYER_STATS, LayerStat, snapshotLayout } from '../../../src/engine';
import type { LayerHistoryPoint } from '../../../src/state/layerHistory';
import {
  computeFlowFrame,
  layerPath,
  logScale,
  niceStepCeiling,
  thinPoints,
} from '../../../src/views/GradientFlow/flowFrame';
import { roundingLimit, verdictFor } from '../../../src/views/GradientFlow/gradcheckVerdict';
import {
  activationDomain,
  barsFor,
  binSymmetric,
  saturationZones,
  totalCount,
} from '../../../src/views/GradientFlow/histogramBins';
import { metricValue, unitKind } from '../../../src/views/GradientFlow/layerMetrics';
import { formatRatio, gradientRatio, ratioMessage } from '../../../src/views/GradientFlow/ratio';
import { translator } from '../../../src/core/i18n';

const en = translator('en');
const ko = translator('ko');
import { sci, short } from '../../../src/views/GradientFlow/sci';

/** A history point of a 2-layer network: mean |∂C/∂W| per layer, the rest given or NaN. */
function point(
  step: number,
  grads: [number, number],
  extra: Partial<Record<'update' | 'dead' | 'saturated', [number, number]>> = {},
): LayerHistoryPoint {
  const stats = new Float64Array(2 * LAYER_STATS).fill(Number.NaN);
  for (let k = 0; k < 2; k++) {
    const at = k * LAYER_STATS;
    stats[at + LayerStat.meanAbsGrad] = grads[k];
    stats[at + LayerStat.updateRatio] = extra.update?.[k] ?? Number.NaN;
    stats[at + LayerStat.deadFraction] = extra.dead?.[k] ?? Number.NaN;
    stats[at + LayerStat.saturatedFraction] = extra.saturated?.[k] ?? Number.NaN;
  }
  return { step, stats };
}

describe('gradient-flow chart geometry', () => {
  it('a log axis spans whole decades around the values, at least one', () => {
    expect(logScale({ minPositive: 3e-7, max: 0.02 }, 100).domain()).toEqual([1e-7, 0.1]);
    expect(logScale({ minPositive: 0.5, max: 0.5 }, 100).domain()).toEqual([0.1, 1]);
    // The healthy update band stays in sight even when every update is far larger.
    const y = logScale({ minPositive: 0.05, max: 0.2 }, 100, [10 ** -3.5, 10 ** -2.5]);
    expect(y.domain()).toEqual([1e-4, 1]);
    expect(logScale(null, 100).domain()).toEqual([1e-4, 1]);
  });

  it('draws known points: one decade per 100 px, x from the first to the last step', () => {
    const points = [point(10, [1e-3, 1e-1]), point(20, [1e-2, 1e-1])];
    const frame = computeFlowFrame({
      points,
      metric: 'grad',
      kind: 'log',
      layers: [1, 2],
      width: 100,
      height: 200,
    });
    expect(frame.y.domain()).toEqual([1e-3, 1e-1]);
    expect(frame.paths).toEqual(['M0,200L100,100', 'M0,0L100,0']);
    expect(frame.ends).toEqual([
      { x: 100, y: 100 },
      { x: 100, y: 0 },
    ]);
  });

  it('NaN and ±∞ points leave gaps, zero sits on the floor: no path ever holds NaN', () => {
    const points = [
      point(1, [1e-2, Number.NaN]),
      point(2, [Number.POSITIVE_INFINITY, 1e-3]),
      point(3, [1e-2, 0]),
      point(4, [1e-4, Number.NEGATIVE_INFINITY]),
      point(5, [1e-3, 1e-3]),
    ];
    const frame = computeFlowFrame({
      points,
      metric: 'grad',
      kind: 'log',
      layers: [1, 2],
      width: 400,
      height: 100,
    });
    for (const d of frame.paths) {
      expect(d).not.toMatch(/NaN|Infinity/);
      expect(d.length).toBeGreaterThan(0);
    }
    // Layer 1 breaks at step 2: two sub-paths.
    expect(frame.paths[0].match(/M/g)).toHaveLength(2);
    // Layer 2's zero at step 3 is drawn on the floor (y = height).
    expect(frame.paths[1]).toContain('L200,100');
    const empty = layerPath([point(1, [Number.NaN, 1])], 'grad', 1, frame.x, frame.y, 'log');
    expect(empty).toBe('');
  });

  it('the step axis ends at a nice number at or above the newest step, so it rarely moves', () => {
    expect([0, 1, 3, 7, 11, 13, 119, 120, 121, 2001, 79_999].map(niceStepCeiling)).toEqual([
      1, 1, 3, 8, 12, 15, 120, 120, 150, 2500, 80_000,
    ]);
    const frame = computeFlowFrame({
      points: [point(1, [1, 1]), point(130, [1, 1])],
      metric: 'grad',
      kind: 'log',
      layers: [1],
      width: 149,
      height: 10,
    });
    expect(frame.x.domain()).toEqual([1, 150]);
    expect(frame.ends[0]?.x).toBe(129);
  });

  it('thins long histories to a point every 2 px, keeping the first and the newest', () => {
    const points = Array.from({ length: 1000 }, (_, k) => point(k + 1, [1, 1]));
    const thin = thinPoints(points, 100);
    expect(thin.length).toBeLessThanOrEqual(100);
    expect(thin[0].step).toBe(1);
    expect(thin[thin.length - 1].step).toBe(1000);
    expect(thinPoints(points.slice(0, 50), 100)).toHaveLength(50);
  });

  it('the unit chart reads the dead share for ReLU layers and the saturated share otherwise', () => {
    const p = point(1, [1, 1], { dead: [0.25, Number.NaN], saturated: [Number.NaN, 0.5] });
    expect(metricValue('units', p.stats, 1)).toBe(0.25);
    expect(metricValue('units', p.stats, 2)).toBe(0.5);
    const frame = computeFlowFrame({
      points: [p, point(3, [1, 1], { dead: [0.5, Number.NaN], saturated: [Number.NaN, 1] })],
      metric: 'units',
      kind: 'percent',
      layers: [1, 2],
      width: 100,
      height: 100,
    });
    expect(frame.paths).toEqual(['M0,75L100,50', 'M0,50L100,0']);
    expect([unitKind('relu'), unitKind('tanh'), unitKind('sigmoid'), unitKind('elu')]).toEqual([
      'dead',
      'saturated',
      'saturated',
      null,
    ]);
  });
});

describe('histogram bins', () => {
  it('symmetric gradient bins: 0 in the centre, ±max at the ends, every value counted once', () => {
    // m = 4: bin width 8/24 = 1/3. −4 → 0; −1 → 9; 0 → 12; 0.3 → 12; 1 → 15; 4 → 23
    const values = Float64Array.from([99, -4, -1, 0, 0.3, 1, 4, 99]);
    const out = new Float64Array(HISTOGRAM_BINS);
    expect(binSymmetric(values, 1, 6, out)).toBe(4);
    const expected = new Array<number>(HISTOGRAM_BINS).fill(0);
    for (const k of [0, 9, 12, 12, 15, 23]) expected[k]++;
    expect(Array.from(out)).toEqual(expected);
    expect(totalCount(out)).toBe(6);
  });

  it('all-zero gradients land in one bin; non-finite ones are left out', () => {
    const out = new Float64Array(HISTOGRAM_BINS);
    expect(binSymmetric(new Float64Array(5), 0, 5, out)).toBe(0);
    expect(out[12]).toBe(5);
    expect(binSymmetric(Float64Array.from([1, Number.NaN, Infinity, -2]), 0, 4, out)).toBe(2);
    expect(totalCount(out)).toBe(2);
  });

  it('bars: heights relative to the tallest bin, tiny bins still 1 px, squeezed bars 1 px wide', () => {
    const counts = new Float64Array(HISTOGRAM_BINS);
    counts[0] = 100;
    counts[23] = 1;
    const bars = barsFor({ lo: 0, hi: 24, counts }, (v) => v * 10, 50);
    expect(bars[0]).toEqual({ x: 0, width: 10, y: 0, height: 50 });
    expect(bars[23]).toEqual({ x: 230, width: 10, y: 49, height: 1 });
    expect(bars[5].height).toBe(0);
    // Activations collapsed to ±1e-9 on a [−1, 1] axis 200 px wide: a sliver at the centre.
    const sliver = barsFor({ lo: -1e-9, hi: 1e-9, counts }, (v) => 100 + v * 100, 50);
    expect(sliver[0].x).toBeCloseTo(100, 6);
    expect(sliver[0].width).toBe(1);
    // All values equal: one 2 px bar at the value.
    const equal = barsFor({ lo: 0.5, hi: 0.5, counts }, (v) => v * 100, 50);
    expect(equal[0]).toEqual({ x: 49, width: 2, y: 0, height: 50 });
  });

  it('bounded activations are drawn over their whole range, with their saturated tails', () => {
    expect(activationDomain('tanh', { lo: -1e-9, hi: 1e-9, counts: [] })).toEqual([-1, 1]);
    expect(activationDomain('sigmoid', null)).toEqual([0, 1]);
    expect(activationDomain('relu', { lo: 0, hi: 3, counts: [] })).toEqual([0, 3]);
    expect(activationDomain('linear', { lo: 2, hi: 3, counts: [] })).toEqual([0, 3]);
    expect(saturationZones('tanh')).toEqual([
      [-1, -0.99],
      [0.99, 1],
    ]);
    expect(saturationZones('sigmoid')).toEqual([
      [0, 0.01],
      [0.99, 1],
    ]);
    expect(saturationZones('relu')).toEqual([]);
  });
});

describe('last/first layer gradient ratio', () => {
  const layout = snapshotLayout([2, 3, 3, 1]);
  const snapshotWith = (grads: number[]): Float64Array => {
    const snap = new Float64Array(layout.length);
    grads.forEach((g, k) => {
      snap[layout.stats + k * LAYER_STATS + LayerStat.meanAbsGrad] = g;
    });
    return snap;
  };

  it('compares the last layer with the first and names what it means', () => {
    const vanishing = gradientRatio(snapshotWith([2e-6, 1e-4, 6.4e-3]), layout);
    expect(vanishing.ratio).toBeCloseTo(3200, 9);
    expect(vanishing.verdict).toBe('vanishing');
    expect(formatRatio(vanishing.ratio)).toBe('3.2e3');
    expect(gradientRatio(snapshotWith([1, 1, 100]), layout).verdict).toBe('balanced');
    expect(gradientRatio(snapshotWith([1, 1, 0.009]), layout).verdict).toBe('exploding');
    // No gradient at all reaches layer 1 (dead units on the way): the extreme of vanishing.
    const cutOff = gradientRatio(snapshotWith([0, 1, 1]), layout);
    expect(cutOff.verdict).toBe('vanishing');
    expect(ratioMessage(en, { ...cutOff, step: 5 })).toMatch(/no gradient reaches layer 1/);
    const none = gradientRatio(snapshotWith([0, 0, 0]), layout);
    expect(none.verdict).toBe('unknown');
    expect(ratioMessage(en, { ...none, step: 0 })).toBe('no gradient yet: take a step');
    expect(ratioMessage(en, { ...none, step: 12 })).toMatch(/no gradient flows at all/);
    expect(ratioMessage(en, vanishing)).toBe(
      'vanishing gradients: layer 1 gets 3.2e3× less gradient than layer 3, so it barely learns',
    );
    expect(ratioMessage(ko, vanishing)).toBe(
      '기울기 소실: 1층이 받는 기울기가 3층보다 3.2e3배 작아서 거의 학습되지 않습니다',
    );
    expect(gradientRatio(snapshotWith([Number.NaN, 1, 1]), layout).verdict).toBe('unknown');
  });

  it('formats ratios and errors compactly, with a true minus sign', () => {
    expect(formatRatio(0.4234)).toBe('0.423');
    expect(formatRatio(12.34)).toBe('12.3');
    expect(formatRatio(4.1e-4)).toBe('4.1e−4');
    expect(formatRatio(Number.NaN)).toBe('—');
    expect(sci(3.1e-10)).toBe('3.1e−10');
    expect(sci(-2.5e-3)).toBe('−2.5e−3');
    expect(sci(0)).toBe('0');
    expect(short(1.4559)).toBe('1.5');
    expect(short(-0.0589)).toBe('−0.059');
    expect(short(5.8e-6)).toBe('5.8e−6');
  });
});

describe('gradient-check verdicts', () => {
  it('✓ below 1e-6, ~ below 1e-3, ✗ above or NaN', () => {
    expect(verdictFor(en, 3.1e-10, { kinked: false }).symbol).toBe('✓');
    expect(verdictFor(en, 2e-5, { kinked: false })).toEqual({
      symbol: '~',
      label: 'close',
      note: null,
    });
    expect(verdictFor(en, 0.2, { kinked: false }).symbol).toBe('✗');
    expect(verdictFor(en, Number.NaN, { kinked: false }).symbol).toBe('✗');
  });

  it('explains a near miss: a ReLU kink, or rounding when the gradients are tiny', () => {
    expect(verdictFor(en, 2e-5, { kinked: true }).note).toMatch(/kink/);
    // ε·|C|/(h·|g|) = 2.2e-16 · 0.5 / (1e-5 · 1.6e-7) ≈ 6.9e-5
    expect(roundingLimit(0.5, 1.6e-7)).toBeCloseTo(6.94e-5, 7);
    const tiny = verdictFor(en, 5.2e-5, { kinked: false, cost: 0.5, meanAbsGrad: 1.6e-7 });
    expect(tiny.symbol).toBe('~');
    expect(tiny.note).toBe('rounding: gradients ≈ 1.6e−7 limit a finite difference to ≈ 6.9e−5');
    expect(verdictFor(ko, 5.2e-5, { kinked: false, cost: 0.5, meanAbsGrad: 1.6e-7 }).note).toBe(
      '반올림 오차: 기울기가 ≈ 1.6e−7이면 유한 차분의 정밀도는 ≈ 6.9e−5에 그칩니다',
    );
    // The same error on ordinary-sized gradients is not explained by rounding.
    expect(verdictFor(en, 5.2e-5, { kinked: true, cost: 0.5, meanAbsGrad: 0.1 }).note).toMatch(
      /kink/,
    );
  });
});
