// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults';
import { SnapshotWriter, snapshotLayout } from '../../src/engine';
import { RunController } from '../../src/state/controller';
import { live, resetLive, touchLive } from '../../src/state/live';
import { initialAppState, useAppStore } from '../../src/state/store';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import { Transport } from '../../src/views/Transport/Transport';
import { infoOf, preparedTrainer } from '../unit/inspector/traceFixture';

/** Lets the counters draw the live run (they draw once per animation frame). */
async function nextFrame(): Promise<void> {
  await act(async () => {
    touchLive();
    await new Promise((resolve) => setTimeout(resolve, 60));
  });
}

afterEach(() => {
  useAppStore.setState(initialAppState, true);
  resetLive(null, null);
});

describe('the header counters', () => {
  it('a new run before its first snapshot shows step 0 and no loss, not the run before', async () => {
    const config = defaultConfig();
    const trainer = preparedTrainer(config);
    trainer.run(37);
    const writer = new SnapshotWriter(trainer);
    const snap = writer.allocate();
    writer.write(snap, 0, {
      trainLoss: 0.4174,
      trainAccuracy: 0.8,
      testLoss: 0.45,
      testAccuracy: 0.75,
      evaluatedAt: 37,
    });
    const info = infoOf(trainer);
    live.info = info;
    live.layout = snapshotLayout(info.sizes);
    live.snapshot = snap;
    useAppStore.setState({ config, info, status: 'ready' });
    const controller = new RunController(
      () => ({ postMessage() {}, terminate() {} }) as unknown as Worker,
      () => {},
    );
    render(
      <ControllerContext value={controller}>
        <Transport />
      </ControllerContext>,
    );
    await nextFrame();
    expect(screen.getByTestId('step-count').textContent).toBe('37');
    expect(screen.getByTestId('train-loss').textContent).toBe('0.4174');
    // A link pasted into the open page: the new run warms up with no snapshot yet.
    act(() => resetLive(null, null));
    await nextFrame();
    expect(screen.getByTestId('step-count').textContent).toBe('0');
    expect(screen.getByTestId('train-loss').textContent).toBe('—');
    expect(screen.getByTestId('steps-per-second').textContent).toBe('');
  });
});
