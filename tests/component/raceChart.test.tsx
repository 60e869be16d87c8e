// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRace } from '../../src/config/race';
import { advanceRace, createRace } from '../../src/core/race/race';
import { optimizerUpdate } from '../../src/core/race/update';
import { RaceChart } from '../../src/views/Race/RaceChart';
import { SURFACES } from '../../src/core/surfaces';

afterEach(cleanup);

/** The tick labels of the chart's axes: [x (steps), y (f)]. */
function ticks(container: HTMLElement): [string[], string[]] {
  const [y, x] = [...container.querySelectorAll('g.axis')];
  const labels = (g: Element): string[] =>
    [...g.querySelectorAll('.tick text')].map((text) => text.textContent ?? '');
  return [labels(x), labels(y)];
}

function chartAt(steps: number) {
  const { surface, from, runs } = defaultRace();
  const race = createRace(surface, from, runs);
  advanceRace(race, steps, [], optimizerUpdate);
  return render(<RaceChart race={race} width={600} frame={0} />);
}

describe('the race chart', () => {
  it('numbers its step axis in whole steps before the race has moved, and scales f around its start', () => {
    const [steps, f] = ticks(chartAt(0).container);
    // 0 to 10 steps, not d3's 0, 100m, 200m, … over [0, 1].
    expect(steps[0]).toBe('0');
    expect(steps[steps.length - 1]).toBe('10');
    expect(steps.every((label) => /^\d+$/.test(label))).toBe(true);
    // One point of f: the scale spans a decade around it, so it has labels to read.
    expect(f.length).toBeGreaterThanOrEqual(2);
  });

  it('reads f in powers of ten once it has fallen by decades', () => {
    const [steps, f] = ticks(chartAt(300).container);
    expect(steps).toContain('300');
    expect(steps.every((label) => /^\d+$/.test(label))).toBe(true);
    expect(f.some((label) => /^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/.test(label))).toBe(true);
  });
});

describe('a run that diverges', () => {
  // Beale from its start with the default runs: SGD diverges at step 5 (f 2.4·10⁶⁴), Momentum
  // at step 9 (f 3.7·10⁸⁷); Adam goes down from 41 to about 0.5 by step 60.
  function bealeAt(steps: number) {
    const { runs } = defaultRace();
    const race = createRace('beale', SURFACES.beale.start, runs);
    advanceRace(race, steps, [], optimizerUpdate);
    return { race, ...render(<RaceChart race={race} width={600} frame={0} />) };
  }

  it('leaves through the top of the chart, marked ×, and the scale stays the live run’s', () => {
    const { race, container } = bealeAt(60);
    expect(race.runs.map((run) => run.divergedAt)).toEqual([5, 9, null]);
    const [, f] = ticks(container);
    // Powers of ten up to two decades above the start's 41, not 10⁷⁸ … 10⁸⁷.
    const exponents = f.map((label) => powerOfTen(label)).filter((e) => e !== null);
    expect(Math.max(...exponents)).toBeLessThanOrEqual(3);
    expect(Math.min(...exponents)).toBeLessThanOrEqual(0);
    expect(container.querySelectorAll('.race-exit')).toHaveLength(2);
    // Adam's line rises and falls over most of the chart's height, not flat on its bottom.
    const adam = container.querySelectorAll('path.race-f')[2].getAttribute('d') ?? '';
    const ys = [...adam.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(60);
  });
});

/** The exponent of a tick label such as 10³ or 10⁻¹ (null for another label). */
function powerOfTen(label: string): number | null {
  const m = /^10([⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(label);
  if (!m) return label === '1' ? 0 : null;
  const digits = [...m[2]].map((c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join('');
  return (m[1] ? -1 : 1) * Number(digits);
}
