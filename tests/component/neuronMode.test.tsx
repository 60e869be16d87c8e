// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearLive, live, touchLive } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { NeuronMode } from '../../src/views/ScalarGraph/NeuronMode';
import { usePanelStore } from '../../src/views/ScalarGraph/graphActions';
import { makeRun, type TestRun } from './networkGraphHarness';

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  usePanelStore.setState({ neuron: null });
  clearLive();
});

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

function show(run: TestRun): void {
  useAppStore.setState({ config: run.config, info: run.info });
  live.info = run.info;
  live.layout = run.layout;
  live.snapshot = run.snapshot;
  touchLive();
}

describe('a neuron as a scalar graph', () => {
  it('catches up with a new run whose first snapshot came within the read interval', async () => {
    // The lesson's network has a third hidden layer: its neuron 1 of layer 3 is no output of
    // the 2-4-2-1 network that was running when the lesson opened.
    const before = makeRun();
    const lesson = makeRun((c) => {
      c.network.hidden = [...c.network.hidden, { ...c.network.hidden[0], size: 3 }];
    });
    show(before);
    usePanelStore.setState({ open: true, mode: 'neuron', neuron: { layer: 4, index: 0 } });
    render(<NeuronMode />);
    await wait(50);
    expect(screen.getByText('This neuron is not in the current network.')).toBeTruthy();
    // The lesson's run starts: its settings first, then, well within the read interval, its
    // one snapshot (it opens paused, so no other follows).
    act(() => useAppStore.setState({ config: lesson.config, info: lesson.info }));
    expect(
      screen.getByText(/The run is starting: this neuron shows with its first numbers/),
    ).toBeTruthy();
    live.info = lesson.info;
    live.layout = lesson.layout;
    live.snapshot = lesson.snapshot;
    touchLive();
    await wait(600);
    expect(screen.queryByText('This neuron is not in the current network.')).toBeNull();
    expect(screen.getByText(/Neuron 1 of layer 4 \(output\) on the focus sample/)).toBeTruthy();
  });
});
