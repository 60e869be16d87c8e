// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { languageActions } from '../../src/state/language';
import { useAppStore } from '../../src/state/store';
import { configWith, controlsSetup, lastInit } from './controlsHarness';

const setup = controlsSetup();

const widths = () =>
  screen
    .queryAllByRole('textbox', { name: /^Hidden layer \d+ Width$/ })
    .map((input) => (input as HTMLInputElement).value);

describe('Controls: hidden layers', () => {
  it('adds layers up to ten, then disables "Add hidden layer"', async () => {
    const { worker, user } = setup();
    const add = screen.getByRole('button', { name: 'Add hidden layer' });
    for (let n = 3; n <= 10; n++) {
      await user.click(add);
      expect(lastInit(worker).network.hidden).toHaveLength(n);
    }
    expect(widths()).toHaveLength(10);
    expect(add).toHaveProperty('disabled', true);
    expect(screen.getByText('10 at most')).toBeTruthy();
    // A new layer repeats the last one.
    expect(lastInit(worker).network.hidden[9]).toEqual({
      size: 2,
      activation: 'tanh',
      bias: true,
      dropout: 0,
    });
    await user.click(screen.getByRole('button', { name: 'Remove hidden layer 10' }));
    expect(add).toHaveProperty('disabled', false);
  });

  it('removes exactly the layer asked for, down to none', async () => {
    const { worker, user } = setup(
      configWith((c) => {
        c.network.hidden = [8, 6, 4].map((size) => ({
          size,
          activation: 'relu',
          bias: true,
          dropout: 0,
        }));
      }),
    );
    expect(widths()).toEqual(['8', '6', '4']);
    await user.click(screen.getByRole('button', { name: 'Remove hidden layer 2' }));
    expect(lastInit(worker).network.hidden.map((l) => l.size)).toEqual([8, 4]);
    expect(widths()).toEqual(['8', '4']);
    // The last row's ✕ goes with its row: the focus moves to the ✕ in its place, then, with no
    // layer left, to "Add hidden layer" (it used to fall to <body>).
    await user.click(screen.getByRole('button', { name: 'Remove hidden layer 2' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove hidden layer 1' }),
    );
    await user.keyboard('{Enter}');
    expect(lastInit(worker).network.hidden).toEqual([]);
    expect(screen.getByText(/No hidden layer/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add hidden layer' }));
    await user.click(screen.getByRole('button', { name: 'Add hidden layer' }));
    expect(lastInit(worker).network.hidden).toEqual([
      { size: 4, activation: 'tanh', bias: true, dropout: 0 },
    ]);
  });

  it('steps a width with the arrow keys and stops at the limits', async () => {
    const { worker, user } = setup(
      configWith((c) => {
        c.network.hidden[0].size = 255;
      }),
    );
    const width = screen.getByRole('textbox', { name: 'Hidden layer 1 Width' });
    await user.click(width);
    await user.keyboard('{ArrowUp}');
    expect(lastInit(worker).network.hidden[0].size).toBe(256);
    expect(screen.getByRole('button', { name: 'Increase Hidden layer 1 width' })).toHaveProperty(
      'disabled',
      true,
    );
    await user.keyboard('{ArrowUp}');
    expect(worker.ofType('init')).toHaveLength(1);
    const second = screen.getByRole('textbox', { name: 'Hidden layer 2 Width' });
    await user.click(second);
    await user.keyboard('{ArrowDown}');
    expect(lastInit(worker).network.hidden[1].size).toBe(1);
    expect(screen.getByRole('button', { name: 'Decrease Hidden layer 2 width' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});

describe('Controls: output and loss', () => {
  it('sets a softmax output when categorical cross-entropy is chosen, and says so', async () => {
    const { worker, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loss' }), 'cce');
    const started = lastInit(worker).network;
    expect(started.loss).toBe('cce');
    expect(started.output.activation).toBe('softmax');
    expect(screen.getByRole('combobox', { name: 'Output activation' })).toHaveProperty(
      'value',
      'softmax',
    );
    expect(screen.getByText(/Output set to softmax/)).toBeTruthy();
  });

  it('sets a sigmoid output for binary cross-entropy', async () => {
    const { worker, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loss' }), 'bce');
    expect(lastInit(worker).network.output.activation).toBe('sigmoid');
  });

  it('sets the loss made for an output, and leaves a cross-entropy the output cannot use', async () => {
    const { worker, user } = setup();
    const output = screen.getByRole('combobox', { name: 'Output activation' });
    await user.selectOptions(output, 'softmax');
    expect(lastInit(worker).network.loss).toBe('cce');
    expect(screen.getByText(/Loss set to categorical cross-entropy/)).toBeTruthy();
    await user.selectOptions(output, 'linear');
    expect(lastInit(worker).network.loss).toBe('half-sse');
    expect(screen.getByText(/categorical cross-entropy needs a softmax output/)).toBeTruthy();
    // A squared error fits any output: picking another output leaves it alone.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loss' }), 'mse');
    await user.selectOptions(output, 'tanh');
    expect(lastInit(worker).network).toMatchObject({ loss: 'mse', output: { activation: 'tanh' } });
  });

  it('keeps a squared error for regression data whatever the output', async () => {
    const { worker, user } = setup(
      configWith((c) => {
        c.data.dataset = 'sine';
      }),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Output activation' }),
      'sigmoid',
    );
    expect(lastInit(worker).network).toMatchObject({
      loss: 'half-sse',
      output: { activation: 'sigmoid' },
    });
    // A bounded output cannot reach every target: the panel says so and offers the fix.
    await user.click(screen.getByRole('button', { name: 'Use linear + MSE' }));
    expect(lastInit(worker).network).toMatchObject({
      loss: 'mse',
      output: { activation: 'linear' },
    });
  });

  it('says plainly that cross-entropy on regression data measures nothing, and offers the fix', async () => {
    const { worker, user } = setup(
      configWith((c) => {
        c.data.dataset = 'sine';
        c.network.output.activation = 'sigmoid';
        c.network.loss = 'bce';
      }),
    );
    expect(screen.getByText(/drive its loss below zero, where it measures nothing/)).toBeTruthy();
    act(() => languageActions.setLang('ko'));
    expect(screen.getByText(/손실이 0 아래로 내려가 아무것도 재지 못합니다/)).toBeTruthy();
    act(() => languageActions.setLang('en'));
    await user.click(screen.getByRole('button', { name: 'Use linear + MSE' }));
    expect(lastInit(worker).network).toMatchObject({
      loss: 'mse',
      output: { activation: 'linear' },
    });
    expect(screen.queryByText(/measures nothing/)).toBeNull();
  });

  it.each([
    // Lesson 1's sample: a sigmoid reaches 0.8 and 0.6.
    ['0.5,0.3,0.2,0.8,0.6', 2, 'sigmoid', false],
    // One target of 1.5 is out of its reach.
    ['0.5,0.3,0.2,0.8,0.6\n0.1,0.1,0.1,1.5,0.2', 2, 'sigmoid', true],
    // A softmax's outputs sum to 1: rows that do are reachable, (0.8, 0.6) is not.
    ['1,2,0.25,0.75\n3,4,1,0', 2, 'softmax', false],
    ['0.5,0.3,0.2,0.8,0.6', 2, 'softmax', true],
  ] as const)(
    'pasted targets %j (%i columns) under %s: advice %s',
    (csv, targets, output, advised) => {
      setup(
        configWith((c) => {
          c.data.dataset = 'csv';
          c.data.csv = csv;
          c.data.csvTargets = targets;
          c.data.csvTask = 'regression';
          c.network.output.activation = output;
          c.network.loss = 'half-sse';
        }),
      );
      expect(screen.queryByRole('button', { name: 'Use linear + MSE' }) !== null).toBe(advised);
    },
  );

  it('suggests softmax with cross-entropy for many classes, in one click', async () => {
    const { worker, user } = setup(
      configWith((c) => {
        c.data.dataset = 'iris';
      }),
    );
    expect(screen.getByText(/Iris has 3 classes/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use softmax + cross-entropy' }));
    expect(lastInit(worker).network).toMatchObject({
      loss: 'cce',
      output: { activation: 'softmax' },
    });
    expect(screen.queryByText(/Iris has 3 classes/)).toBeNull();
  });

  it('shows the initializer scale only for the initializers that have one', async () => {
    const { worker, user } = setup();
    const init = screen.getByRole('combobox', { name: 'Initialization' });
    expect(screen.queryByRole('textbox', { name: 'Initialization scale' })).toBeNull();
    await user.selectOptions(init, 'normal');
    const scale = screen.getByRole('textbox', { name: 'Initialization scale' });
    expect(screen.getByText(/w ~ N\(0, σ²\)/)).toBeTruthy();
    await user.clear(scale);
    await user.type(scale, '0.5{Enter}');
    expect(lastInit(worker).network.init).toEqual({ kind: 'normal', scale: 0.5 });
    await user.selectOptions(init, 'he-normal');
    expect(screen.queryByRole('textbox', { name: 'Initialization scale' })).toBeNull();
  });
});

describe('Controls: features and user data', () => {
  it('never lets the last feature be unchecked', async () => {
    const { worker, user } = setup();
    const features = within(screen.getByRole('group', { name: 'Features' }));
    await user.click(features.getByRole('checkbox', { name: 'x₁' }));
    expect(lastInit(worker).data.features).toEqual(['x2']);
    const last = features.getByRole('checkbox', { name: 'x₂' });
    expect(last).toHaveProperty('checked', true);
    expect(last).toHaveProperty('disabled', true);
    await user.click(last);
    expect(worker.ofType('init')).toHaveLength(1);
    await user.click(features.getByRole('checkbox', { name: 'x₁²' }));
    expect(lastInit(worker).data.features).toEqual(['x2', 'x1sq']);
    expect(last).toHaveProperty('disabled', false);
    await user.click(features.getByRole('checkbox', { name: 'x₁' }));
    expect(lastInit(worker).data.features).toEqual(['x1', 'x2', 'x1sq']);
  });

  it('applies pasted CSV data only on "Apply data", after checking it', async () => {
    const { worker, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'csv');
    // An example fills the empty table so the run can start at once.
    expect(lastInit(worker).data.csv).toContain('-0.5, 0.25');
    const inits = worker.ofType('init').length;
    const text = screen.getByRole('textbox', { name: 'CSV data' });
    const apply = screen.getByRole('button', { name: 'Apply data' });
    expect(apply).toHaveProperty('disabled', true);
    await user.clear(text);
    await user.type(text, '1,2,0{Enter}3,x,1{Enter}5,6');
    expect(worker.ofType('init')).toHaveLength(inits);
    await user.click(apply);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    // Every line to mend at once, not only the first.
    expect(screen.getByText('Line 2, column 2: "x" is not a number.')).toBeTruthy();
    expect(screen.getByText('Line 3 has 2 columns, expected 3.')).toBeTruthy();
    expect(worker.ofType('init')).toHaveLength(inits);
    // An edit may have mended them: they go until the next Apply says again.
    await user.type(text, ',1');
    expect(screen.queryByText(/Line 3 has 2 columns/)).toBeNull();
    expect(text.getAttribute('aria-invalid')).toBe('false');
    await user.click(apply);
    expect(screen.queryByText(/Line 3 has/)).toBeNull();
    // The message follows the language switch (it stayed English on a Korean page).
    act(() => languageActions.setLang('ko'));
    expect(screen.getByText('2번째 줄 2번째 열: "x"은(는) 숫자가 아닙니다.')).toBeTruthy();
    act(() => languageActions.setLang('en'));
    expect(screen.getByText('Line 2, column 2: "x" is not a number.')).toBeTruthy();
    await user.clear(text);
    await user.type(text, '1,2,0{Enter}3,4,1{Enter}5,6,1{Enter}7,8,0');
    await user.selectOptions(screen.getByRole('combobox', { name: 'CSV task' }), 'classification');
    await user.click(apply);
    const data = lastInit(worker).data;
    expect(data).toMatchObject({ dataset: 'csv', csvTargets: 1, csvTask: 'classification' });
    expect(data.csv).toBe('1,2,0\n3,4,1\n5,6,1\n7,8,0');
    expect(apply).toHaveProperty('disabled', true);
    expect(useAppStore.getState().config.data.csvTask).toBe('classification');
  });
});
