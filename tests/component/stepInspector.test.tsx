// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults';
import type { RunConfig } from '../../src/config/types';
import { SnapshotWriter, snapshotLayout, traceStep, type StepTrace } from '../../src/engine';
import { powInt } from '../../src/core/detmath';
import { RunController } from '../../src/state/controller';
import { expandParts } from '../../src/state/highlight';
import { live } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import { StepInspector } from '../../src/views/StepInspector/StepInspector';
import { plainNum, texNum } from '../../src/views/StepInspector/tex';
import { loadKatex } from '../../src/views/StepInspector/useKatex';
import { Transport } from '../../src/views/Transport/Transport';
import type { WorkerCommand } from '../../src/worker/protocol';
import { infoOf, preparedTrainer } from '../unit/inspector/traceFixture';

class FakeWorker {
  sent: WorkerCommand[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(command: WorkerCommand): void {
    this.sent.push(command);
  }
  terminate(): void {}
}

const METRICS = {
  trainLoss: 0.4,
  trainAccuracy: 0.5,
  testLoss: 0.4,
  testAccuracy: 0.5,
  evaluatedAt: 0,
};

/**
 * The page as the worker would leave it after a traced step of `config`: the store holds the
 * run's info and the trace, `live` the snapshot after the step.
 */
function setup(config: RunConfig = defaultConfig(), warm = 3, withTrace = true) {
  const trainer = preparedTrainer(config);
  trainer.run(warm);
  const writer = new SnapshotWriter(trainer);
  const trace: StepTrace | null = withTrace ? traceStep(trainer) : null;
  const snap = writer.allocate();
  writer.write(snap, 0, METRICS);
  const info = infoOf(trainer);
  live.info = info;
  live.layout = snapshotLayout(info.sizes);
  live.snapshot = snap;
  live.inspect = null;
  useAppStore.setState({ config, info, status: 'ready', trace, inspectOp: 0 });
  const worker = new FakeWorker();
  const controller = new RunController(
    () => worker as unknown as Worker,
    () => {},
  );
  const wrap = (ui: ReactNode) => <ControllerContext value={controller}>{ui}</ControllerContext>;
  return { trainer, trace: trace!, snap, info, worker, controller, wrap };
}

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  live.info = null;
  live.layout = null;
  live.snapshot = null;
  live.inspect = null;
});

const result = () => screen.getByTestId('op-result');
const sent = (w: FakeWorker) => w.sent.map((c) => c.type);

describe('starting an inspected step', () => {
  it('asks the worker for a trace of the next mini-batch or of one sample', () => {
    const { worker, wrap } = setup(defaultConfig(), 0, false);
    useAppStore.setState({ focusSample: 17 });
    render(wrap(<StepInspector />));
    expect(screen.getByRole('heading', { name: 'Step inspector' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Inspect next mini-batch/ }));
    expect(worker.sent.at(-1)).toEqual({ type: 'trace', samples: null });
    expect(useAppStore.getState().tracePending).toBe(true);
    // a second request waits for the first
    expect(screen.getByRole('button', { name: /Inspect next mini-batch/ })).toHaveProperty(
      'disabled',
      true,
    );
    useAppStore.setState({ tracePending: false });
    fireEvent.change(screen.getByLabelText('Sample index'), { target: { value: '42' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inspect one sample' }));
    expect(worker.sent.at(-1)).toEqual({ type: 'trace', samples: [42] });
    // Clicking a data point (the output view sets the focus sample) replaces what was typed.
    useAppStore.setState({ tracePending: false });
    act(() => useAppStore.setState({ focusSample: 8 }));
    expect((screen.getByLabelText('Sample index') as HTMLInputElement).value).toBe('8');
  });

  it('counts the training samples, one in the singular (lesson 1 trains on one)', () => {
    const { wrap, info } = setup(defaultConfig(), 0, false);
    const { unmount } = render(wrap(<StepInspector />));
    expect(
      screen.getByText(`click a data point to pick it · ${info.data.train.count} training samples`),
    ).toBeTruthy();
    unmount();
    const one = defaultConfig();
    one.data = { ...one.data, dataset: 'csv', csv: '0.5,0.3,0.8', csvTargets: 1, testFraction: 0 };
    const single = setup(one, 0, false);
    render(single.wrap(<StepInspector />));
    expect(screen.getByText('click a data point to pick it · 1 training sample')).toBeTruthy();
  });

  it('an index outside the training set cannot be inspected', () => {
    const { wrap, info } = setup(defaultConfig(), 0, false);
    render(wrap(<StepInspector />));
    fireEvent.change(screen.getByLabelText('Sample index'), {
      target: { value: String(info.data.train.count) },
    });
    expect(screen.getByRole('button', { name: 'Inspect one sample' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});

describe('a batch-normalized network', () => {
  it('offers whole mini-batches only, and says why', () => {
    const config = defaultConfig();
    config.network.hidden = config.network.hidden.map((h) => ({ ...h, batchNorm: true }));
    const { worker, wrap } = setup(config, 0, false);
    render(wrap(<StepInspector />));
    expect(screen.queryByRole('button', { name: 'Inspect one sample' })).toBeNull();
    expect(screen.queryByLabelText('Sample index')).toBeNull();
    expect(screen.getByText(/batch normalization needs at least 2 samples in a step/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Inspect next mini-batch/ }));
    expect(worker.sent.at(-1)).toEqual({ type: 'trace', samples: null });
  });
});

describe('a link with view=inspector', () => {
  it('scrolls the step inspector into sight once the run is ready', () => {
    const { wrap } = setup(defaultConfig(), 0, false);
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      useAppStore.setState({ view: 'inspector' });
      render(wrap(<StepInspector />));
      expect(scrolled.map((el) => el.className)).toEqual(['step-inspector']);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});

describe('typing your own values', () => {
  it('starts from the focus sample and sends the typed point and class to the worker', () => {
    const { info, worker, wrap } = setup(defaultConfig(), 0, false);
    useAppStore.setState({ focusSample: 3 });
    render(wrap(<StepInspector />));
    fireEvent.click(screen.getByText('or type your own values'));
    const x1 = screen.getByLabelText('Your x₁') as HTMLInputElement;
    expect(Number(x1.value)).toBe(Number(info.data.train.raw[6].toFixed(4)));
    expect((screen.getByLabelText('Your class') as HTMLSelectElement).value).toBe(
      String(info.data.train.labels[3]),
    );
    fireEvent.change(x1, { target: { value: '1.5' } });
    fireEvent.change(screen.getByLabelText('Your x₂'), { target: { value: '-2' } });
    fireEvent.change(screen.getByLabelText('Your class'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inspect these values' }));
    expect(worker.sent.at(-1)).toEqual({
      type: 'trace',
      samples: null,
      custom: { raw: [1.5, -2], target: [1] },
    });
    useAppStore.setState({ tracePending: false });
    fireEvent.change(x1, { target: { value: '' } });
    expect(screen.getByRole('button', { name: 'Inspect these values' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('a typed-in sample is called “your values” and flagged as outside the link', () => {
    const { trainer, wrap } = setup(defaultConfig(), 0, false);
    const trace = traceStep(trainer, { inputs: [1.5, -2], targets: [1] });
    useAppStore.setState({ trace, inspectOp: 0 });
    render(wrap(<StepInspector />));
    expect(screen.getAllByText(/sample 1 of 1 \(your values\)/).length).toBeGreaterThan(0);
    expect(
      screen.getByText(/the link records it, so a shared link replays it exactly/),
    ).toBeTruthy();
    expect(result().textContent).toBe(`a⁽¹⁾₁ = ${plainNum(trace.samples[0].a[0][0])}`);
  });
});

describe('walking a real trace of the default network', () => {
  it('shows the first forward operation with the trace’s numbers', () => {
    const { trace, wrap } = setup();
    render(wrap(<StepInspector />));
    const s = trace.samples[0];
    expect(screen.getByText(/Operation/).textContent).toBe(`Operation 1 of ${trace.ops.length}`);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('weighted input a⁽¹⁾');
    expect(screen.getAllByText(`sample 1 of 10 (#${s.index})`).length).toBeGreaterThan(0);
    expect(result().textContent).toBe(`a⁽¹⁾₁ = ${plainNum(s.a[0][0])}`);
  });

  it('Next / Previous / jump move through the operations; the result follows', () => {
    const { trace, wrap } = setup();
    render(wrap(<StepInspector />));
    const s = trace.samples[0];
    fireEvent.click(screen.getByRole('button', { name: 'Next operation' }));
    expect(useAppStore.getState().inspectOp).toBe(1);
    expect(result().textContent).toBe(`z⁽¹⁾₁ = ${plainNum(s.z[1][0])}`);
    fireEvent.click(screen.getByRole('button', { name: 'Previous operation' }));
    expect(useAppStore.getState().inspectOp).toBe(0);
    expect(screen.getByRole('button', { name: 'Previous operation' })).toHaveProperty(
      'disabled',
      true,
    );
    // Jump to the output delta of sample 1 (operation 8: 6 forward, the loss, then δ⁽³⁾).
    const timeline = screen.getByRole('navigation', { name: 'All operations of this step' });
    fireEvent.click(within(timeline).getByRole('button', { name: /^Operation 8: / }));
    expect(useAppStore.getState().inspectOp).toBe(7);
    expect(trace.ops[7].kind).toBe('output-delta');
    expect(result().textContent).toBe(`δ⁽³⁾₁ = ${plainNum(s.delta[2][0])}`);
    expect(
      within(timeline)
        .getByRole('button', { name: /^Operation 8: / })
        .getAttribute('aria-current'),
    ).toBe('step');
    // The last operation: Next is disabled.
    fireEvent.click(
      within(timeline).getByRole('button', {
        name: `Operation ${trace.ops.length}: Update · layer 3 · SGD, the whole batch of 10`,
      }),
    );
    expect(screen.getByRole('button', { name: 'Next operation' })).toHaveProperty('disabled', true);
    expect(result().textContent).toBe(`w⁽³⁾₁₁ after = ${plainNum(trace.weightsAfter[2][0])}`);
  });

  it('← / → inside the inspector walk the operations and do not train; → elsewhere is Step', () => {
    const { trace, worker, wrap } = setup();
    render(
      wrap(
        <>
          <Transport />
          <StepInspector />
        </>,
      ),
    );
    const next = screen.getByRole('button', { name: 'Next operation' });
    fireEvent.keyDown(next, { key: 'ArrowRight' });
    fireEvent.keyDown(next, { key: 'ArrowRight' });
    expect(useAppStore.getState().inspectOp).toBe(2);
    fireEvent.keyDown(next, { key: 'ArrowLeft' });
    expect(useAppStore.getState().inspectOp).toBe(1);
    expect(sent(worker)).not.toContain('step');
    // Shift+→ and . anywhere step one operation; Shift+← goes back.
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(document.body, { key: '.' });
    expect(useAppStore.getState().inspectOp).toBe(3);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', shiftKey: true });
    expect(useAppStore.getState().inspectOp).toBe(2);
    expect(sent(worker)).not.toContain('step');
    // A plain → on the page is still Step: it closes the inspection and trains the next step.
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(worker.sent.at(-1)).toEqual({ type: 'step', count: 1 });
    expect(useAppStore.getState().trace).toBeNull();
    expect(trace.ops.length).toBe(106);
  });

  it('picking a neuron selects it and shows its numbers', () => {
    const { trace, wrap } = setup();
    render(wrap(<StepInspector />));
    fireEvent.change(screen.getByLabelText('Neuron of layer 1'), { target: { value: '2' } });
    expect(useAppStore.getState().selectedNode).toEqual({ layer: 1, index: 2 });
    expect(result().textContent).toBe(`a⁽¹⁾₃ = ${plainNum(trace.samples[0].a[0][2])}`);
    // The graph's selection in another layer leaves this layer's focus at neuron 1.
    act(() => useAppStore.setState({ selectedNode: { layer: 2, index: 1 } }));
    expect(result().textContent).toBe(`a⁽¹⁾₁ = ${plainNum(trace.samples[0].a[0][0])}`);
  });

  it('typesets the formula with KaTeX (loaded on demand) with the numbers substituted', async () => {
    const { trace, wrap } = setup();
    await loadKatex();
    const { container } = render(wrap(<StepInspector />));
    const tex = await screen.findAllByText((_, el) => el?.tagName === 'ANNOTATION');
    expect(container.querySelectorAll('.katex').length).toBeGreaterThan(1);
    // Set row by row (each row may wrap in a narrow column): its last row is the value.
    expect(tex.map((el) => el.textContent)).toContain(
      `\\displaystyle = ${texNum(trace.samples[0].a[0][0])}`,
    );
  });

  it('keeps the graph in step: inspect snapshot, highlight and backward mode', async () => {
    const { trace, wrap } = setup();
    render(wrap(<StepInspector />));
    expect(live.inspect).not.toBeNull();
    const lay = live.layout!;
    expect(live.inspect![lay.preActivations[0]]).toBe(trace.samples[0].a[0][0]);
    expect(Number.isNaN(live.inspect![lay.activations[1]])).toBe(true);
    const h = useAppStore.getState().highlight!;
    expect([...expandParts(h.writes, trace.sizes)].sort()).toEqual([
      'n1:0',
      'n1:1',
      'n1:2',
      'n1:3',
    ]);
    expect(useAppStore.getState().graphMode).toBe('forward');
    act(() => useAppStore.setState({ inspectOp: 7 })); // the output delta
    expect(useAppStore.getState().graphMode).toBe('backward');
    expect(live.inspect![lay.deltas[2]]).toBe(trace.samples[0].delta[2][0]);
    expect([...expandParts(useAppStore.getState().highlight!.focus, trace.sizes)]).toEqual([
      'n3:0',
    ]);
  });

  it('Finish step closes the inspector and hands the graph back to the live snapshot', () => {
    const { wrap, snap } = setup();
    render(wrap(<StepInspector />));
    act(() => useAppStore.setState({ inspectOp: 7 }));
    fireEvent.click(screen.getByRole('button', { name: 'Finish step' }));
    const state = useAppStore.getState();
    expect(state.trace).toBeNull();
    expect(state.highlight).toBeNull();
    expect(state.graphMode).toBe('forward');
    expect(live.inspect).toBeNull();
    expect(live.snapshot).toBe(snap);
    expect(screen.queryByTestId('op-result')).toBeNull();
  });

  it('Show all values lists the operation’s matrices and vectors from the trace', () => {
    const { trace, wrap } = setup();
    render(wrap(<StepInspector />));
    expect(screen.queryByText(/^W⁽¹⁾ \(row j/)).toBeNull();
    const details = screen.getByText('Show all values').closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const figure = screen.getByText(/^W⁽¹⁾ \(row j/).closest('figure')!;
    const cells = within(figure).getAllByRole('cell');
    expect(cells.length).toBe(8);
    expect(cells.map((c) => c.textContent)).toEqual(
      Array.from(trace.weightsBefore[0], (w) => plainNum(w)),
    );
  });

  it('the gradients operation lists each sample’s term and the mean', () => {
    const { trace, wrap } = setup();
    render(wrap(<StepInspector />));
    const k = trace.ops.findIndex((o) => o.kind === 'gradients' && o.layer === 1);
    act(() => useAppStore.setState({ inspectOp: k }));
    const table = screen.getByText(/Each sample's term/).closest('figure')!;
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBe(1 + 10 + 1);
    expect(rows[3].textContent).toContain(`sample 3 of 10 (#${trace.samples[2].index})`);
    expect(rows[11].textContent).toContain(plainNum(trace.weightGrads[0][0]));
    expect(result().textContent).toBe(`∂C/∂w⁽¹⁾₁₁ = ${plainNum(trace.weightGrads[0][0])}`);
  });
});

describe('the Adam update', () => {
  it('shows m, v, m̂ = m/(1−β₁ᵗ), v̂ and the effective step from the trace’s state', async () => {
    const config = defaultConfig();
    config.training.optimizer.kind = 'adam';
    config.training.optimizer.learningRate = 0.01;
    const { trace, wrap } = setup(config, 4);
    await loadKatex();
    render(wrap(<StepInspector />));
    const k = trace.ops.findIndex((o) => o.kind === 'update' && o.layer === 2);
    act(() => useAppStore.setState({ inspectOp: k, selectedEdge: { layer: 2, to: 1, from: 3 } }));
    const t = trace.optimizerStep;
    const idx = 1 * 4 + 3;
    const m = trace.stateAfter.first[2][idx];
    const v = trace.stateAfter.second[2][idx];
    const mHat = m / (1 - powInt(trace.optimizer.beta1, t));
    const vHat = v / (1 - powInt(trace.optimizer.beta2, t));
    const annotations = await screen.findAllByText((_, el) => el?.tagName === 'ANNOTATION');
    const tex = annotations.map((a) => a.textContent).join('\n');
    expect(tex).toContain(
      `\\hat m = \\frac{m}{1 - \\beta_1^{t}} = \\frac{${texNum(m)}}{1 - 0.9^{${t}}} = ${texNum(mHat)}`,
    );
    expect(tex).toContain(
      `\\hat v = \\frac{v}{1 - \\beta_2^{t}} = \\frac{${texNum(v)}}{1 - 0.999^{${t}}} = ${texNum(vHat)}`,
    );
    const step = trace.weightsAfter[1][idx] - trace.weightsBefore[1][idx];
    expect(tex).toContain(`= ${texNum(step)}`);
    expect(result().textContent).toBe(`w⁽²⁾₂₄ after = ${plainNum(trace.weightsAfter[1][idx])}`);
  });
});

describe('the transport bar’s Step one operation', () => {
  it('starts a trace when none is open, then advances, and finishes after the last', () => {
    const { trace, worker, wrap } = setup(defaultConfig(), 0, false);
    render(wrap(<Transport />));
    const button = screen.getByRole('button', { name: 'Step one operation' });
    fireEvent.click(button);
    expect(worker.sent.at(-1)).toEqual({ type: 'trace', samples: null });
    expect(button).toHaveProperty('disabled', true);
    // The worker answers with the trace.
    const other = setup(defaultConfig(), 0, true);
    act(() => useAppStore.setState({ trace: other.trace, inspectOp: 0, tracePending: false }));
    fireEvent.click(button);
    expect(useAppStore.getState().inspectOp).toBe(1);
    act(() => useAppStore.setState({ inspectOp: other.trace.ops.length - 1 }));
    fireEvent.click(button);
    expect(useAppStore.getState().trace).toBeNull();
    expect(trace).toBeNull(); // the first setup had no trace: the button asked for one
  });
});
