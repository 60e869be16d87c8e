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

  it('says how often each δ is reused, in the course’s notation (δ⁽¹⁾, not δ⁽1⁾)', () => {
    // 2-4-2-1: δ⁽¹⁾ feeds its 2 weight gradients and its bias (3 products); 2 paths come into
    // each of its neurons and 2·1 leave, 4 in all. δ⁽²⁾ feeds its 4 weight gradients, Wᵀδ back
    // to 4 neurons and its bias (9), 2·4 paths in × 1 out = 8; δ⁽³⁾ 2 + 2 + 1 = 5, 2·4·2 = 16.
    const view = renderFor([2, 4, 2, 1]);
    const text = [...view.querySelectorAll('p')].map((p) => p.textContent).join(' ');
    expect(text).toContain(
      'Reuse: each δ⁽ˡ⁾ is computed once and then reused: δ⁽¹⁾ in 3 products (4 paths pass through each of its neurons); δ⁽²⁾ in 9 products (8 paths pass through each of its neurons); δ⁽³⁾ in 5 products (16 paths pass through each of its neurons).',
    );
  });
});
