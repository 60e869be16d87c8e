/**
 * The Optimizers lesson's race variants: their links carry the race, and the races show what
 * their sentences say, on the real race engine (the engine's own optimizer code).
 */
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../src/config/link';
import { advanceRace, createRace, type RaceRunState } from '../../../src/core/race/race';
import { optimizerUpdate } from '../../../src/core/race/update';
import { findLesson, lessonForLink, lessonLink } from '../../../src/lessons';

const lesson = findLesson('optimizers')!;
const variant = (id: string) => lesson.variants.find((v) => v.id === id)!;

function raced(id: string, steps: number): RaceRunState[] {
  const config = variant(id).race!.config;
  const race = createRace(config.surface, config.from, config.runs);
  advanceRace(race, steps, [], optimizerUpdate);
  return race.runs;
}

/**
 * How often the path turns back (consecutive steps pointing more than 90° apart), over the
 * steps from `from` to `to` (all by default).
 */
function reversals(run: RaceRunState, from = 2, to = Infinity): number {
  const p = run.path;
  let count = 0;
  for (let k = Math.max(2, from); k + 1 < Math.min(p.length / 2, to); k++) {
    const a = [p[2 * k] - p[2 * k - 2], p[2 * k + 1] - p[2 * k - 1]];
    const b = [p[2 * k + 2] - p[2 * k], p[2 * k + 3] - p[2 * k + 1]];
    if (a[0] * b[0] + a[1] * b[1] < 0) count++;
  }
  return count;
}

const firstBelow = (run: RaceRunState, level: number): number => run.f.findIndex((f) => f < level);

describe('the Optimizers lesson’s races', () => {
  it('link the race: the variant’s link opens SGD, Momentum and Adam on its surface', () => {
    for (const [id, surface] of [
      ['race-bowl', 'rotated-bowl'],
      ['race-rosenbrock', 'rosenbrock'],
    ] as const) {
      const link = lessonLink(lesson, variant(id));
      const decoded = decodeLink(link);
      expect(decoded.problems).toEqual([]);
      expect(decoded.race).toEqual(variant(id).race!.config);
      expect(decoded.race!.surface).toBe(surface);
      expect(decoded.race!.runs.map((r) => r.kind)).toEqual(['sgd', 'momentum', 'adam']);
      expect(lessonForLink(`#${link}`)?.variant.id).toBe(id);
    }
  });

  it('rotated bowl: SGD zigzags, Momentum overshoots a little, Adam goes straight but arrives last', () => {
    const [sgd, momentum, adam] = raced('race-bowl', 200);
    expect(reversals(sgd)).toBeGreaterThanOrEqual(10);
    expect(reversals(momentum)).toBeGreaterThanOrEqual(1);
    expect(reversals(momentum)).toBeLessThan(reversals(sgd) / 2);
    expect(reversals(adam)).toBe(0);
    const arrive = [sgd, momentum, adam].map((r) => firstBelow(r, 1e-3));
    expect(arrive.every((s) => s > 0 && s < 100)).toBe(true);
    expect(arrive[2]).toBeGreaterThan(Math.max(arrive[0], arrive[1]));
  });

  it('Rosenbrock: all zigzag at first, SGD longest; after 600 steps SGD creeps on the floor before the bend, Momentum and Adam have rounded it', () => {
    const [sgd, momentum, adam] = raced('race-rosenbrock', 600);
    // The zigzag across the valley: in the first 50 steps, SGD's the longest, then none.
    expect(reversals(sgd, 2, 50)).toBeGreaterThanOrEqual(15);
    expect(reversals(sgd, 2, 50)).toBeGreaterThan(reversals(momentum, 2, 50));
    expect(reversals(momentum, 2, 50)).toBeGreaterThan(reversals(adam, 2, 50));
    expect(reversals(sgd, 50)).toBe(0);
    // SGD on the floor, still before the bend: f about 4, x still left of −0.9.
    expect(sgd.f[600]).toBeGreaterThan(3.5);
    expect(sgd.f[600]).toBeLessThan(4.5);
    expect(sgd.position[0]).toBeLessThan(-0.9);
    expect(momentum.f[600]).toBeLessThan(0.1);
    expect(adam.f[600]).toBeLessThan(0.1);
    // both have followed the bend from x = −1.5 to the right of the y-axis, towards (1, 1)
    for (const run of [momentum, adam]) expect(run.position[0]).toBeGreaterThan(0.5);
  });
});
