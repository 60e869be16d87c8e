// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunInfo } from '../../src/core/runInfo';
import { initialAppState, useAppStore } from '../../src/state/store';
import { WhyBackprop } from '../../src/views/ScalarGraph/WhyBackprop';

afterEach(() => {
  cleanup();
  useAppStore.setState(initialAppState, true);
});

function renderFor(sizes: number[]) {
  act(() => useAppStore.setState({ info: { sizes } as unknown as RunInfo }));
  return render(<WhyBackprop />).container;
}

describe('why backprop', () => {
  it('draws the three costs on a log axis that is labelled, with a tick per power of ten', () => {
    // 2-4-2-1: a forward pass is 2·4 + 4·2 + 2·1 = 18 multiplications; 25 parameters.
    const view = renderFor([2, 4, 2, 1]);
    expect(view.querySelector('[data-testid=why-backprop]')?.textContent).toBe('54');
    expect(view.querySelector('[data-testid=why-fd]')?.textContent).toBe('900');
    const ticks = [...view.querySelectorAll('.sg-why-axis g text')].map((t) => t.textContent);
    expect(ticks).toEqual(['1', '10', '100', '10³']);
    expect(view.querySelector('.sg-why-scale')?.textContent).toBe('multiplications (log scale)');
    // Bar lengths go with the logarithm: 900 against 54 is log 900 / log 54 ≈ 1.71 times.
    const [backprop, , fd] = [...view.querySelectorAll('.sg-why-chart rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(fd / backprop).toBeCloseTo(Math.log(900) / Math.log(54), 2);
  });

  it('labels every other power of ten when a wide network spans many', () => {
    // 784-64-10: finite differences take 2 · 50 890 · 50 816 ≈ 5.2·10⁹ multiplications.
    const view = renderFor([784, 64, 10]);
    const ticks = [...view.querySelectorAll('.sg-why-axis g text')].map((t) => t.textContent);
    expect(ticks).toEqual(['1', '100', '10⁴', '10⁶', '10⁸', '10¹⁰']);
  });
});
