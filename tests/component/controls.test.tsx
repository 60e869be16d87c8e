// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { appliedEvent, configWith, controlsSetup, lastInit } from './controlsHarness';

const setup = controlsSetup();

describe('Controls: live changes', () => {
  it('sends a new learning rate to the running worker without rebuilding the run', async () => {
    const { worker, user } = setup();
    const input = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(input);
    await user.type(input, '0.1{Enter}');
    expect(worker.ofType('init')).toHaveLength(0);
    const sent = worker.ofType('set-optimizer');
    expect(sent).toHaveLength(1);
    expect(sent[0].optimizer.learningRate).toBe(0.1);
    expect(sent[0].optimizer.kind).toBe('sgd');
    expect(useAppStore.getState().config.training.optimizer.learningRate).toBe(0.1);
    expect(input).toHaveProperty('value', '0.1');
  });

  it('applies a typed learning rate when the field is left, too', async () => {
    const { worker, user } = setup();
    const input = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(input);
    await user.type(input, '3e-4');
    expect(worker.posted).toHaveLength(0);
    await user.tab();
    expect(worker.ofType('set-optimizer').map((c) => c.optimizer.learningRate)).toEqual([0.0003]);
  });

  it('moves the learning rate along its log-scale slider', () => {
    const { worker } = setup();
    const slider = screen.getByRole('slider', { name: 'Learning rate slider' });
    expect(slider).toHaveProperty('value', '5'); // 0.03 is the sixth stop
    fireEvent.change(slider, { target: { value: '7' } });
    expect(worker.ofType('set-optimizer')[0].optimizer.learningRate).toBe(0.3);
    expect(worker.ofType('init')).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: 'Learning rate' })).toHaveProperty('value', '0.3');
  });

  it('ends its slider at a learning rate beyond the stops, labelled with it', async () => {
    const { worker, user } = setup();
    const slider = screen.getByRole('slider', { name: 'Learning rate slider' });
    const ends = (): string[] =>
      [...slider.parentElement!.querySelectorAll('.slider-ends > span')].map((e) => e.textContent!);
    expect(slider).toHaveProperty('max', '10');
    expect(ends()).toEqual(['0.0001', '10']);
    const input = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(input);
    await user.type(input, '99{Enter}');
    // η = 99 is a twelfth stop past 10, where the thumb sits: not at 10 as if the rate were 10.
    expect(slider).toHaveProperty('max', '11');
    expect(slider).toHaveProperty('value', '11');
    expect(ends()).toEqual(['0.0001', '99']);
    fireEvent.change(slider, { target: { value: '10' } });
    expect(worker.ofType('set-optimizer').map((c) => c.optimizer.learningRate)).toEqual([99, 10]);
    // Back among the stops, the slider is the usual one again.
    expect(slider).toHaveProperty('max', '10');
    expect(ends()).toEqual(['0.0001', '10']);
    await user.clear(input);
    await user.type(input, '0.00002{Enter}');
    expect(slider).toHaveProperty('value', '0');
    expect(ends()).toEqual(['0.00002', '10']);
  });

  it.each([
    ['abc', '“abc” is not a number.'],
    ['-1', 'Must be at least 0.'],
    ['1000', 'Must be at most 100.'],
    ['', 'Enter a number.'],
  ])('refuses the learning rate %j with a message and sends nothing', async (text, message) => {
    const { worker, user } = setup();
    const input = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.clear(input);
    if (text !== '') await user.type(input, text);
    await user.keyboard('{Enter}');
    await user.tab();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const shown = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(shown).toContain(message);
    expect(worker.posted).toHaveLength(0);
    expect(useAppStore.getState().config.training.optimizer.learningRate).toBe(0.03);
    // Escape brings back the value in use.
    await user.click(input);
    await user.keyboard('{Escape}');
    expect(input).toHaveProperty('value', '0.03');
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('switches optimizers live and shows only the chosen one’s hyper-parameters', async () => {
    const { worker, user } = setup();
    const names = () =>
      ['Momentum', 'Rho (RMSprop)', 'Beta 1 (Adam)', 'Beta 2 (Adam)', 'Epsilon'].filter(
        (name) => screen.queryByRole('textbox', { name }) !== null,
      );
    expect(names()).toEqual([]);
    const optimizer = screen.getByRole('combobox', { name: 'Optimizer' });
    await user.selectOptions(optimizer, 'momentum');
    expect(names()).toEqual(['Momentum']);
    await user.selectOptions(optimizer, 'nesterov');
    expect(names()).toEqual(['Momentum']);
    await user.selectOptions(optimizer, 'adagrad');
    expect(names()).toEqual(['Epsilon']);
    await user.selectOptions(optimizer, 'rmsprop');
    expect(names()).toEqual(['Rho (RMSprop)', 'Epsilon']);
    await user.selectOptions(optimizer, 'adam');
    expect(names()).toEqual(['Beta 1 (Adam)', 'Beta 2 (Adam)', 'Epsilon']);
    expect(worker.ofType('set-optimizer').map((c) => c.optimizer.kind)).toEqual([
      'momentum',
      'nesterov',
      'adagrad',
      'rmsprop',
      'adam',
    ]);
    expect(worker.ofType('init')).toHaveLength(0);

    const beta2 = screen.getByRole('textbox', { name: 'Beta 2 (Adam)' });
    await user.clear(beta2);
    await user.type(beta2, '1{Enter}');
    expect(screen.getByText('Must be below 1.')).toBeTruthy();
    await user.clear(beta2);
    await user.type(beta2, '0.99{Enter}');
    expect(worker.ofType('set-optimizer').at(-1)?.optimizer.beta2).toBe(0.99);
  });

  it('changes regularization live', async () => {
    const { worker, user } = setup();
    expect(screen.queryByRole('textbox', { name: 'Regularization rate' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Regularization' }), 'elastic');
    expect(worker.ofType('set-regularization')[0].regularization.kind).toBe('elastic');
    const rate = screen.getByRole('textbox', { name: 'Regularization rate' });
    await user.clear(rate);
    await user.type(rate, '0.01{Enter}');
    expect(worker.ofType('set-regularization')[1].regularization).toEqual({
      kind: 'elastic',
      rate: 0.01,
      l1Ratio: 0.5,
    });
    expect(screen.getByRole('textbox', { name: 'L1 ratio' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Regularization' }), 'l2');
    expect(screen.queryByRole('textbox', { name: 'L1 ratio' })).toBeNull();
    expect(worker.ofType('init')).toHaveLength(0);
  });

  it('changes the schedule live and shows its own settings', async () => {
    const { worker, user } = setup();
    const schedule = screen.getByRole('combobox', { name: 'Learning-rate schedule' });
    await user.selectOptions(schedule, 'step');
    expect(screen.getByRole('textbox', { name: 'Decay factor gamma' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Drop every (epochs)' })).toBeTruthy();
    await user.selectOptions(schedule, 'cyclic');
    const low = screen.getByRole('textbox', { name: 'Lowest learning rate (cyclic)' });
    // The triangle cannot start above the learning rate (0.03).
    await user.clear(low);
    await user.type(low, '0.05{Enter}');
    expect(screen.getByText('Must be at most the learning rate (0.03).')).toBeTruthy();
    await user.clear(low);
    await user.type(low, '0.01{Enter}');
    expect(worker.ofType('set-schedule').map((c) => c.schedule.kind)).toEqual([
      'step',
      'cyclic',
      'cyclic',
    ]);
    expect(worker.ofType('set-schedule').at(-1)?.schedule.cycleLow).toBe(0.01);
    expect(worker.ofType('init')).toHaveLength(0);
  });

  it('keeps the learning-rate field focused and in place while training', async () => {
    const { worker, user, controller } = setup();
    act(() => controller.play());
    const input = screen.getByRole('textbox', { name: 'Learning rate' });
    await user.click(input);
    await user.clear(input);
    await user.type(input, '0.05{Enter}');
    // The worker reports the change and keeps training; the store's other slices move.
    const { runId } = useAppStore.getState();
    act(() => {
      worker.emit(
        appliedEvent(runId, 12, [
          { step: 12, kind: 'setting', path: 'training.optimizer.learningRate', value: 0.05 },
        ]),
      );
      useAppStore.setState({ focusSample: 3, selectedNode: { layer: 1, index: 0 } });
    });
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('textbox', { name: 'Learning rate' })).toBe(input);
    await user.type(input, '{Backspace}7{Enter}');
    expect(worker.ofType('set-optimizer').map((c) => c.optimizer.learningRate)).toEqual([
      0.05, 0.07,
    ]);
    expect(worker.ofType('pause')).toHaveLength(0);
    expect(useAppStore.getState().playing).toBe(true);
    expect(worker.ofType('init')).toHaveLength(0);
  });
});

describe('Controls: structural changes', () => {
  it('restarts the run with a new layer width', async () => {
    const { worker, user } = setup();
    const width = screen.getByRole('textbox', { name: 'Hidden layer 1 Width' });
    await user.clear(width);
    await user.type(width, '8{Enter}');
    expect(lastInit(worker).network.hidden.map((l) => l.size)).toEqual([8, 2]);
    await user.click(screen.getByRole('button', { name: 'Increase Hidden layer 2 width' }));
    expect(lastInit(worker).network.hidden.map((l) => l.size)).toEqual([8, 3]);
    expect(worker.ofType('set-optimizer')).toHaveLength(0);
  });

  it('refuses a width outside 1…256 or not whole', async () => {
    const { worker, user } = setup();
    const width = screen.getByRole('textbox', { name: 'Hidden layer 1 Width' });
    for (const [text, message] of [
      ['300', 'Width: Must be at most 256.'],
      ['0', 'Width: Must be at least 1.'],
      ['2.5', 'Width: Must be a whole number.'],
    ]) {
      await user.clear(width);
      await user.type(width, `${text}{Enter}`);
      expect(screen.getByText(message)).toBeTruthy();
      expect(width.getAttribute('aria-invalid')).toBe('true');
    }
    expect(worker.posted).toHaveLength(0);
  });

  it('restarts the run with a new dataset and shows only the settings it uses', async () => {
    const { worker, user } = setup();
    const dataset = screen.getByRole('combobox', { name: 'Dataset' });
    await user.selectOptions(dataset, 'xor');
    expect(lastInit(worker).data.dataset).toBe('xor');
    await user.selectOptions(dataset, 'gate-and');
    expect(screen.queryByRole('textbox', { name: 'Samples' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Test fraction' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Features' })).toBeTruthy();
    await user.selectOptions(dataset, 'iris');
    expect(screen.queryByRole('textbox', { name: 'Noise' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Features' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Test fraction' })).toBeTruthy();
    await user.selectOptions(dataset, 'spiral');
    expect(screen.getByRole('textbox', { name: 'Classes' })).toBeTruthy();
    await user.selectOptions(dataset, 'digits');
    expect(screen.getByRole('combobox', { name: 'Digit size' })).toBeTruthy();
    expect(lastInit(worker).data.dataset).toBe('digits');
    expect(worker.ofType('init')).toHaveLength(5);
  });

  it('keeps the samples within the new dataset’s range', async () => {
    const { worker, user } = setup(
      configWith((c) => {
        c.data.dataset = 'digits';
        c.data.samples = 8000;
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'moons');
    expect(lastInit(worker).data.samples).toBe(5000);
    expect(screen.getByText(/Samples 8000 is above the limit 5000; using 5000/)).toBeTruthy();
  });

  it('restarts the run with a new activation', async () => {
    const { worker, user } = setup();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Hidden layer 2 Activation' }),
      'relu',
    );
    expect(lastInit(worker).network.hidden.map((l) => l.activation)).toEqual(['tanh', 'relu']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Hidden layer 1 Activation' }),
      'leaky-relu',
    );
    expect(screen.getByRole('textbox', { name: 'Leaky ReLU slope' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'ELU alpha' })).toBeNull();
  });

  it('restarts the run for a new batch size, a bias or a dropout', async () => {
    const { worker, user } = setup();
    const batch = screen.getByRole('textbox', { name: 'Batch size' });
    await user.clear(batch);
    await user.type(batch, '32{Enter}');
    expect(lastInit(worker).training.batchSize).toBe(32);
    await user.click(screen.getByRole('checkbox', { name: 'Hidden layer 1 Bias' }));
    expect(lastInit(worker).network.hidden[0].bias).toBe(false);
    const dropout = screen.getByRole('textbox', { name: 'Hidden layer 2 Dropout' });
    await user.clear(dropout);
    await user.type(dropout, '0.99{Enter}');
    expect(screen.getByText('Dropout: Must be at most 0.95.')).toBeTruthy();
    await user.clear(dropout);
    await user.type(dropout, '0.2{Enter}');
    expect(lastInit(worker).network.hidden[1].dropout).toBe(0.2);
    expect(worker.ofType('init')).toHaveLength(3);
  });

  it('rebuilds with a different random seed on "New seed"', async () => {
    const { worker, user } = setup();
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    const seed = lastInit(worker).seed;
    expect(seed).not.toBe(1);
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Seed' })).toHaveProperty('value', String(seed));
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    expect(lastInit(worker).seed).not.toBe(seed);
  });

  it('drops explicit initial weights when the seed or the network changes', async () => {
    const { worker, user } = setup(
      configWith((c) => {
        c.initialParams = {
          weights: [
            [1, 2, 3, 4, 5, 6, 7, 8],
            [1, 2, 3, 4, 5, 6, 7, 8],
            [1, 2],
          ],
          biases: [[0, 0, 0, 0], [0, 0], [0]],
        };
      }),
    );
    expect(screen.getByText(/starts from the weights stored in the link/)).toBeTruthy();
    const noise = screen.getByRole('textbox', { name: 'Noise' });
    await user.clear(noise);
    await user.type(noise, '0.2{Enter}');
    expect(lastInit(worker).initialParams).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    expect(lastInit(worker).initialParams).toBeNull();
    expect(screen.queryByText(/starts from the weights stored in the link/)).toBeNull();
  });
});
