// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { traceStep, type StepTrace } from '../../src/engine';
import { RunController } from '../../src/state/controller';
import { edgeRole, nodeRole } from '../../src/state/highlight';
import { live } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { NEGATIVE, POSITIVE } from '../../src/views/NetworkGraph/colors';
import { shortValue } from '../../src/views/NetworkGraph/encoding';
import { NetworkGraph } from '../../src/views/NetworkGraph/NetworkGraph';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import { StepInspector } from '../../src/views/StepInspector/StepInspector';
import { FakeWorker, makeRun, resetLiveRun } from './networkGraphHarness';

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  resetLiveRun();
  live.inspect = null;
  live.inspectDelta = null;
});

const frame = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 40));
  });

/** The default network after 3 steps, a traced 4th step, the graph and the inspector mounted. */
function mount() {
  const run = makeRun(() => {}, 3);
  const trace: StepTrace = traceStep(run.trainer);
  // The worker's snapshot after the traced step.
  const after = run.snapshot.slice();
  for (let l = 0; l < 3; l++) after.set(trace.weightsAfter[l], run.layout.weights[l]);
  const worker = new FakeWorker();
  const controller = new RunController(
    () => worker as unknown as Worker,
    () => {},
  );
  useAppStore.setState({
    config: run.config,
    runId: 1,
    info: run.info,
    status: 'ready',
    trace,
    inspectOp: 0,
  });
  live.info = run.info;
  live.layout = run.layout;
  live.snapshot = after;
  live.map = null;
  const { container } = render(
    <ControllerContext value={controller}>
      <NetworkGraph />
      <StepInspector />
    </ControllerContext>,
  );
  return { run, trace, after, container };
}

const node = (c: HTMLElement, l: number, j: number) =>
  c.querySelector(`[data-node="${l}:${j}"]`) as HTMLElement;
const nodeText = (c: HTMLElement, l: number, j: number) =>
  node(c, l, j).querySelector('.ng-value')?.textContent;
/** Visible edge paths by "l:j:i" (their hit areas carry the key, in the same order). */
function edges(c: HTMLElement): Map<string, Element> {
  const paths = [...c.querySelectorAll('.ng-edges path')];
  const keys = [...c.querySelectorAll('[data-edge]')].map((h) => h.getAttribute('data-edge')!);
  return new Map(keys.map((k, n) => [k, paths[n]]));
}

describe('the graph during an inspected step', () => {
  it('marks exactly what the operation reads and writes, and fades the rest', async () => {
    const { trace, container } = mount();
    await frame();
    const h = useAppStore.getState().highlight!;
    expect(h).not.toBeNull();
    for (let l = 0; l < 4; l++) {
      for (let j = 0; j < trace.sizes[l]; j++) {
        expect(node(container, l, j).getAttribute('data-hl')).toBe(nodeRole(h, l, j) ?? 'dim');
      }
    }
    // forward-linear of layer 1, focused on neuron 1: inputs read, layer 1 written.
    expect(node(container, 0, 1).getAttribute('data-hl')).toBe('read');
    expect(node(container, 1, 0).getAttribute('data-hl')).toBe('focus');
    expect(node(container, 1, 3).getAttribute('data-hl')).toBe('write');
    expect(node(container, 2, 0).getAttribute('data-hl')).toBe('dim');
    for (const [key, path] of edges(container)) {
      const [l, j, i] = key.split(':').map(Number);
      expect(path.getAttribute('data-hl')).toBe(edgeRole(h, l, j, i) ?? 'dim');
    }
    expect(edges(container).get('1:0:1')!.getAttribute('data-hl')).toBe('focus');
    expect(edges(container).get('1:2:1')!.getAttribute('data-hl')).toBe('read');
    expect(edges(container).get('2:0:0')!.getAttribute('data-hl')).toBe('dim');
  });

  it('draws the inspected numbers: inputs known, layer 1 not yet activated', async () => {
    const { trace, container } = mount();
    await frame();
    const s = trace.samples[0];
    expect(nodeText(container, 0, 0)).toBe(shortValue(s.z[0][0]));
    expect(nodeText(container, 1, 0)).toBe('—');
    // forward-activation of layer 1: z⁽¹⁾ appears.
    act(() => useAppStore.setState({ inspectOp: 1 }));
    await frame();
    for (let j = 0; j < 4; j++) expect(nodeText(container, 1, j)).toBe(shortValue(s.z[1][j]));
    expect(nodeText(container, 2, 0)).toBe('—');
  });

  it('switches to backward for the deltas (δ on the nodes) and to Δw for the updates', async () => {
    const { trace, container } = mount();
    act(() => useAppStore.setState({ inspectOp: 7 })); // δ⁽³⁾ of sample 1
    await frame();
    expect(useAppStore.getState().graphMode).toBe('backward');
    expect(screen.getByRole('button', { name: 'Backward' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(nodeText(container, 3, 0)).toBe(shortValue(trace.samples[0].delta[2][0]));
    expect(nodeText(container, 2, 0)).toBe('—');

    const update1 = trace.ops.findIndex((o) => o.kind === 'update' && o.layer === 1);
    act(() => useAppStore.setState({ inspectOp: update1 }));
    await frame();
    expect(useAppStore.getState().graphMode).toBe('delta-w');
    expect(
      screen.getByRole('button', { name: 'Weight change Δw' }).getAttribute('aria-pressed'),
    ).toBe('true');
    const paths = edges(container);
    for (let j = 0; j < 4; j++) {
      for (let i = 0; i < 2; i++) {
        const dw = trace.weightsAfter[0][j * 2 + i] - trace.weightsBefore[0][j * 2 + i];
        expect(paths.get(`1:${j}:${i}`)!.getAttribute('stroke')).toBe(
          dw > 0 ? POSITIVE : dw < 0 ? NEGATIVE : '#9aa1ad',
        );
      }
    }
    // Layer 2 is not updated yet: no change drawn (grey hairlines).
    expect(paths.get('2:0:0')!.getAttribute('stroke')).toBe('#9aa1ad');
    expect(screen.getByText(/the change this update makes/)).toBeTruthy();
  });

  it('Finish step clears the marks and draws the live snapshot (the state after the step)', async () => {
    const { container, after, run } = mount();
    await frame();
    fireEvent.click(screen.getByRole('button', { name: 'Finish step' }));
    await frame();
    expect(container.querySelectorAll('[data-hl]')).toHaveLength(0);
    expect(useAppStore.getState().graphMode).toBe('forward');
    expect(nodeText(container, 3, 0)).toBe(shortValue(after[run.layout.activations[3]]));
    expect(screen.queryByRole('button', { name: 'Weight change Δw' })).toBeNull();
  });
});
