// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { initialAppState, useAppStore } from '../../src/state/store';
import { makeRun, mountGraph, resetLiveRun } from './networkGraphHarness';

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  resetLiveRun();
});

const setWeights = (sent: { type: string }[]) => sent.filter((c) => c.type === 'set-weight');

describe('Editing weights and biases in the network graph', () => {
  it('sets w⁽²⁾₁₃ through the controller when a number is typed and Enter pressed', async () => {
    const user = userEvent.setup();
    const { container, worker } = mountGraph(makeRun());
    await user.click(container.querySelector('[data-edge="2:0:2"]')!);
    const input = screen.getByRole('textbox', { name: 'Weight w⁽²⁾₁₃' });
    expect(document.activeElement).toBe(input);
    expect(useAppStore.getState().selectedEdge).toEqual({ layer: 2, to: 0, from: 2 });
    await user.clear(input);
    await user.type(input, '1.5{Enter}');
    expect(setWeights(worker.sent)).toEqual([
      { type: 'set-weight', layer: 2, to: 0, from: 2, value: 1.5 },
    ]);
    expect(screen.queryByRole('textbox', { name: 'Weight w⁽²⁾₁₃' })).toBeNull();
  });

  it('accepts a typographic minus and a decimal comma', async () => {
    const user = userEvent.setup();
    const { container, worker } = mountGraph(makeRun());
    await user.click(container.querySelector('[data-edge="3:0:1"]')!);
    const input = screen.getByRole('textbox', { name: 'Weight w⁽³⁾₁₂' });
    await user.clear(input);
    await user.type(input, '−0,25{Enter}');
    expect(setWeights(worker.sent)).toEqual([
      { type: 'set-weight', layer: 3, to: 0, from: 1, value: -0.25 },
    ]);
  });

  it('rejects text that is not a number with a visible message and sends nothing', async () => {
    const user = userEvent.setup();
    const { container, worker } = mountGraph(makeRun());
    await user.click(container.querySelector('[data-edge="1:3:1"]')!);
    const input = screen.getByRole('textbox', { name: 'Weight w⁽¹⁾₄₂' });
    await user.clear(input);
    await user.type(input, 'abc{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('“abc” is not a number');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.clear(input);
    await user.type(input, '{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('Type a number');
    expect(setWeights(worker.sent)).toEqual([]);
    // Escape cancels without sending.
    await user.type(input, '7{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(setWeights(worker.sent)).toEqual([]);
  });

  it('cancels when focus leaves the editor', async () => {
    const user = userEvent.setup();
    const { container, worker } = mountGraph(makeRun());
    await user.click(container.querySelector('[data-edge="1:0:0"]')!);
    await user.type(screen.getByRole('textbox', { name: 'Weight w⁽¹⁾₁₁' }), '5');
    await user.click(screen.getByRole('button', { name: 'Backward' }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(setWeights(worker.sent)).toEqual([]);
  });

  it('edits a bias from its marker, or by B on the focused neuron', async () => {
    const user = userEvent.setup();
    const { container, worker } = mountGraph(makeRun());
    // The marker is the pointer's way, hidden from screen readers (no focusable button there).
    const marker = container.querySelector('[data-bias="1:1"]')!;
    expect(marker.getAttribute('aria-hidden')).toBe('true');
    expect(screen.queryByRole('button', { name: /^Bias of/ })).toBeNull();
    await user.click(marker);
    expect(screen.getByRole('textbox', { name: 'Bias b⁽¹⁾₂' })).toBeTruthy();
    await user.keyboard('{Escape}');
    // The keyboard's way: the neuron announces B, and B opens the same editor.
    const neuron = screen.getByRole('button', { name: 'Neuron 2 of hidden layer 1' });
    expect(neuron.getAttribute('aria-keyshortcuts')).toBe('B');
    neuron.focus();
    await user.keyboard('b');
    const input = screen.getByRole('textbox', { name: 'Bias b⁽¹⁾₂' });
    await user.clear(input);
    await user.type(input, '-0.75{Enter}');
    expect(worker.sent.filter((c) => c.type === 'set-bias')).toEqual([
      { type: 'set-bias', layer: 1, to: 1, value: -0.75 },
    ]);
  });

  it('opens the editor with the current weight in it', async () => {
    const run = makeRun((c) => {
      c.initialParams = {
        weights: [
          [0.5, -1.5, 0.1, 2, -0.25, 0.8, -3, 0.05],
          [1, -0.2, 0.4, -2.5, 0.3, 0.6, -0.9, 1.2],
          [-1.1, 0.7],
        ],
        biases: [[0, 0, 0, 0], [0, 0], [0]],
      };
    });
    const { container } = mountGraph(run);
    fireEvent.click(container.querySelector('[data-edge="1:1:0"]')!);
    expect((screen.getByRole('textbox', { name: 'Weight w⁽¹⁾₂₁' }) as HTMLInputElement).value).toBe(
      '0.1',
    );
  });
});

describe('Keyboard use of the network graph', () => {
  it('reaches neurons with Tab and selects one with Enter', async () => {
    const user = userEvent.setup();
    mountGraph(makeRun());
    const target = screen.getByRole('button', { name: 'Neuron 2 of hidden layer 1' });
    // Forward, Backward, then the neurons layer by layer (edges come after all neurons).
    for (let k = 0; k < 3; k++) await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Input x₁');
    for (let k = 0; k < 3; k++) await user.tab();
    expect(document.activeElement).toBe(target);
    expect(screen.getByRole('tooltip').textContent).toContain('Neuron 2 of hidden layer 1');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selectedNode).toEqual({ layer: 1, index: 1 });
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selectedNode).toBeNull();
  });

  it('toggles the mode with buttons and opens the weight editor from a focused edge', async () => {
    const user = userEvent.setup();
    const { worker } = mountGraph(makeRun());
    await user.click(screen.getByRole('button', { name: 'Backward' }));
    expect(useAppStore.getState().graphMode).toBe('backward');
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    expect(useAppStore.getState().graphMode).toBe('forward');
    screen.getByRole('button', { name: 'Weight w⁽³⁾₁₁' }).focus();
    await user.keyboard('{Enter}');
    const input = screen.getByRole('textbox', { name: 'Weight w⁽³⁾₁₁' });
    await user.clear(input);
    await user.keyboard('2{Enter}');
    expect(setWeights(worker.sent)).toEqual([
      { type: 'set-weight', layer: 3, to: 0, from: 0, value: 2 },
    ]);
  });
});
