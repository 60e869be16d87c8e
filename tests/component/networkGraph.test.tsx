// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { live, touchLive } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { NEGATIVE, POSITIVE } from '../../src/views/NetworkGraph/colors';
import { exactValue } from '../../src/views/NetworkGraph/describe';
import { shortValue } from '../../src/views/NetworkGraph/encoding';
import { weightGradAt } from '../../src/views/NetworkGraph/values';
import { makeRun, mountGraph, resetLiveRun, type TestRun } from './networkGraphHarness';

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  resetLiveRun();
});

/** W⁽¹⁾ (4×2), W⁽²⁾ (2×4), W⁽³⁾ (1×2) row-major: entry j·nIn + i is w⁽ˡ⁾ⱼᵢ. */
const WEIGHTS = [
  [0.5, -1.5, 0.1, 2.0, -0.25, 0.8, -3.0, 0.05],
  [1.0, -0.2, 0.4, -2.5, 0.3, 0.6, -0.9, 1.2],
  [-1.1, 0.7],
];
const BIASES = [[0.1, -0.2, 0, 0.3], [0.5, -0.5], [0.2]];

function knownRun(steps = 0): TestRun {
  return makeRun((c) => {
    c.initialParams = { weights: WEIGHTS, biases: BIASES };
  }, steps);
}

function edgeStroke(container: HTMLElement): { key: string; width: number; stroke: string }[] {
  const visible = [...container.querySelectorAll('.ng-edges path')];
  const hits = [...container.querySelectorAll('[data-edge]')];
  return visible.map((p, k) => ({
    key: hits[k].getAttribute('data-edge') ?? '',
    width: Number(p.getAttribute('stroke-width')),
    stroke: p.getAttribute('stroke') ?? '',
  }));
}

describe('NetworkGraph on the default 2-4-2-1 network', () => {
  it('draws every neuron and every weight, with captions and input names', () => {
    const run = makeRun();
    const { container } = mountGraph(run);
    expect(run.info.sizes).toEqual([2, 4, 2, 1]);
    expect(container.querySelectorAll('[data-node]')).toHaveLength(9);
    expect(container.querySelectorAll('.ng-edges path')).toHaveLength(2 * 4 + 4 * 2 + 2 * 1);
    expect(container.querySelectorAll('[data-edge]')).toHaveLength(18);
    expect(screen.getByRole('heading', { name: 'Network' })).toBeTruthy();
    expect(screen.getByText('2 – 4 – 2 – 1 · 25 parameters')).toBeTruthy();
    const captions = container.querySelector('.ng-captions')?.textContent ?? '';
    expect(captions).toContain('Input · 2');
    expect(captions).toContain('Hidden 1 · 4 tanh');
    expect(captions).toContain('Hidden 2 · 2 tanh');
    expect(captions).toContain('Output · 1 tanh');
    const names = [...container.querySelectorAll('.ng-name')].map((n) => n.textContent);
    expect(names).toEqual(['x₁', 'x₂', 'ŷ']);
    expect(screen.getByRole('button', { name: 'Neuron 2 of hidden layer 1' })).toBeTruthy();
    // Nothing but the graph's own structure in SVG: 2 paths per edge, a handful per node.
    expect(container.querySelectorAll('svg *').length).toBeLessThan(150);
  });

  it('draws edge width by |w| and colour by the sign of w', () => {
    const { container } = mountGraph(knownRun());
    const edges = edgeStroke(container);
    const byKey = new Map(edges.map((e) => [e.key, e]));
    // Layer 1: w⁽¹⁾ⱼᵢ at WEIGHTS[0][j·2 + i].
    const layer1 = WEIGHTS[0].map((w, k) => ({ w, e: byKey.get(`1:${k >> 1}:${k & 1}`) }));
    for (const { w, e } of layer1) {
      expect(e?.stroke).toBe(w > 0 ? POSITIVE : NEGATIVE);
    }
    // Sorted by |w|, widths never decrease; the largest |w| in the net (3.0) gets the widest.
    const sorted = [...layer1].sort((a, b) => Math.abs(a.w) - Math.abs(b.w));
    for (let k = 1; k < sorted.length; k++) {
      expect(sorted[k].e!.width).toBeGreaterThanOrEqual(sorted[k - 1].e!.width);
    }
    expect(byKey.get('1:3:0')!.width).toBe(Math.max(...edges.map((e) => e.width)));
    expect(byKey.get('1:3:1')!.width).toBeLessThan(byKey.get('1:0:0')!.width); // |0.05| < |0.5|
    expect(byKey.get('3:0:0')!.stroke).toBe(NEGATIVE); // w⁽³⁾₁₁ = −1.1
    expect(byKey.get('3:0:1')!.stroke).toBe(POSITIVE); // w⁽³⁾₁₂ = 0.7
  });

  it('shows each neuron’s activation inside it in forward mode', () => {
    const run = knownRun();
    const { container } = mountGraph(run);
    const z = (l: number, j: number): number => run.snapshot[run.layout.activations[l] + j];
    const text = (l: number, j: number): string =>
      container.querySelector(`[data-node="${l}:${j}"] .ng-value`)?.textContent ?? '';
    expect(text(0, 0)).toBe(shortValue(z(0, 0)));
    expect(text(1, 2)).toBe(shortValue(z(1, 2)));
    expect(text(3, 0)).toBe(shortValue(z(3, 0)));
  });

  it('shows deltas and weight gradients in backward mode', async () => {
    const run = knownRun(3);
    const { container } = mountGraph(run);
    const before = edgeStroke(container);
    fireEvent.click(screen.getByRole('button', { name: 'Backward' }));
    expect(useAppStore.getState().graphMode).toBe('backward');
    expect(screen.getByRole('button', { name: 'Backward' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const delta = (l: number, j: number): number => run.snapshot[run.layout.deltas[l - 1] + j];
    const text = (l: number, j: number): string =>
      container.querySelector(`[data-node="${l}:${j}"] .ng-value`)?.textContent ?? '';
    expect(text(3, 0)).toBe(shortValue(delta(3, 0)));
    expect(text(1, 1)).toBe(shortValue(delta(1, 1)));
    expect(text(0, 0)).toBe(''); // inputs have no δ
    // Edges now follow ∂C/∂w: sign colours and width ordering by |∂C/∂w|.
    const after = edgeStroke(container);
    expect(after).not.toEqual(before);
    const grads = after.map((e) => {
      const [l, j, i] = e.key.split(':').map(Number);
      return { ...e, g: weightGradAt(run.snapshot, run.layout, l, j, i) };
    });
    for (const e of grads) if (e.g !== 0) expect(e.stroke).toBe(e.g > 0 ? POSITIVE : NEGATIVE);
    const sorted = [...grads].sort((a, b) => Math.abs(a.g) - Math.abs(b.g));
    for (let k = 1; k < sorted.length; k++) {
      expect(sorted[k].width).toBeGreaterThanOrEqual(sorted[k - 1].width);
    }
    // The legend says what the marks mean now.
    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('∂C/∂w');
    // A hovered edge's tooltip shows its gradient exactly.
    fireEvent.pointerEnter(container.querySelector('[data-edge="2:1:3"]')!);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('∂C/∂w⁽²⁾₂₄');
    expect(tip.textContent).toContain(exactValue(weightGradAt(run.snapshot, run.layout, 2, 1, 3)));
  });

  it('shows the exact weight with its indices when an edge is hovered', () => {
    const { container } = mountGraph(knownRun());
    // w⁽²⁾₁₃: from neuron 3 of hidden layer 1 to neuron 1 of hidden layer 2 = WEIGHTS[1][0·4 + 2].
    fireEvent.pointerEnter(container.querySelector('[data-edge="2:0:2"]')!);
    const tip = screen.getByRole('tooltip');
    expect(within(tip).getByText('Weight w⁽²⁾₁₃')).toBeTruthy();
    expect(tip.textContent).toContain(
      'from neuron 3 of hidden layer 1 to neuron 1 of hidden layer 2',
    );
    expect(tip.textContent).toContain('0.4');
    fireEvent.pointerLeave(container.querySelector('[data-edge="2:0:2"]')!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows a neuron’s a, z, δ and bias when it is hovered', () => {
    const run = knownRun();
    const { container } = mountGraph(run);
    fireEvent.pointerEnter(container.querySelector('[data-node="2:1"]')!);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('Neuron 2 of hidden layer 2');
    for (const symbol of ['a⁽²⁾₂', 'z⁽²⁾₂', 'δ⁽²⁾₂', 'b⁽²⁾₂']) {
      expect(tip.textContent).toContain(symbol);
    }
    const z = run.snapshot[run.layout.activations[2] + 1];
    expect(tip.textContent).toContain(exactValue(z));
    expect(tip.textContent).toContain('−0.5'); // b⁽²⁾₂
  });

  it('repaints new snapshots without a React render', async () => {
    const run = knownRun();
    const { container, commits } = mountGraph(run);
    const node = container.querySelector('[data-node="3:0"]');
    const edge = container.querySelector('.ng-edges path');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 40));
    });
    const before = commits();
    for (const [z, w] of [
      [0.123, 2.5],
      [-0.5, -0.01],
    ]) {
      const next = run.snapshot.slice();
      next[run.layout.activations[3]] = z;
      next[run.layout.weights[0]] = w;
      await act(async () => {
        live.snapshot = next;
        touchLive();
        await new Promise((resolve) => setTimeout(resolve, 40));
      });
      expect(node?.querySelector('.ng-value')?.textContent).toBe(shortValue(z));
      expect(edge?.getAttribute('stroke')).toBe(w > 0 ? POSITIVE : NEGATIVE);
    }
    expect(commits()).toBe(before);
    expect(container.querySelector('[data-node="3:0"]')).toBe(node);
  });
});
