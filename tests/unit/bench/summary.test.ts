import { describe, expect, it } from 'vitest';
import { quantile, summarizeFrames } from '../../../bench/ui/summary';

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(values, 0.95)).toBe(10);
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('summarizeFrames', () => {
  it('turns frame times, long tasks and step counts into rates', () => {
    // 61 frames 1000/60 ms apart, one of them late by 50 ms: 60 intervals over 1050 ms.
    const frames = Array.from({ length: 61 }, (_, i) => (i * 1000) / 60 + (i >= 30 ? 50 : 0));
    const s = summarizeFrames({ frames, longTasks: [70, 80], firstStep: 100, lastStep: 2200 });
    expect(s.fps).toBeCloseTo((60 / 1050) * 1000, 6);
    expect(s.longestFrameMs).toBeCloseTo(1000 / 60 + 50, 6);
    expect(s.p95FrameMs).toBeCloseTo(1000 / 60, 6);
    expect(s.longTasks).toBe(2);
    expect(s.longTaskMs).toBe(150);
    expect(s.stepsPerSecond).toBeCloseTo(2000, 6);
  });
});
