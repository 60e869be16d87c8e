// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRace } from '../../src/config/race';
import { advanceRace, createRace } from '../../src/core/race/race';
import { optimizerUpdate } from '../../src/core/race/update';
import { RaceChart } from '../../src/views/Race/RaceChart';

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
