// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults';
import { msg } from '../../src/core/i18n/message';
import { FIELD_SPECS } from '../../src/config/fields';
import { getPath } from '../../src/config/paths';
import type { RunConfig } from '../../src/config/types';
import { classifyChange } from '../../src/config/fields';
import { RunController } from '../../src/state/controller';
import { touchLive } from '../../src/state/live';
import { useAppStore } from '../../src/state/store';
import { Controls } from '../../src/views/Controls/Controls';
import { withFields } from '../../src/views/Controls/configUpdate';
import { changeModeOf } from '../../src/views/Controls/liveness';
import { ControllerContext } from '../../src/views/shared/controllerContext';
import { configWith, FakeWorker, renderControls, resetControls } from './controlsHarness';

let controller: RunController | undefined;
afterEach(() => resetControls(controller));

/** Configs that between them show every control the panel has. */
const EVERY_CONTROL: [string, RunConfig][] = [
  ['the defaults', defaultConfig()],
  [
    'spiral, Adam, cyclic, elastic net, leaky ReLU and ELU, normal init',
    configWith((c) => {
      c.data.dataset = 'spiral';
      c.training.optimizer.kind = 'adam';
      c.training.schedule.kind = 'cyclic';
      c.training.regularization.kind = 'elastic';
      c.network.hidden[0].activation = 'leaky-relu';
      c.network.hidden[1].activation = 'elu';
      c.network.init.kind = 'normal';
    }),
  ],
  [
    'CSV data, RMSprop, step decay',
    configWith((c) => {
      c.data.dataset = 'csv';
      c.data.csv = '1,2\n3,4\n5,6';
      c.training.optimizer.kind = 'rmsprop';
      c.training.schedule.kind = 'step';
    }),
  ],
  [
    'digits, Nesterov, inverse-time decay, no hidden layer',
    configWith((c) => {
      c.data.dataset = 'digits';
      c.network.hidden = [];
      c.training.optimizer.kind = 'nesterov';
      c.training.schedule.kind = 'inverse-time';
    }),
  ],
];

describe('Controls: accessibility', () => {
  it.each(EVERY_CONTROL)('names every control (%s)', (_, config) => {
    const rendered = renderControls(config);
    controller = rendered.controller;
    const all = rendered.container.querySelectorAll('input, select, textarea, button');
    const roles = ['textbox', 'combobox', 'checkbox', 'slider', 'button'] as const;
    const named = roles.flatMap((role) => screen.queryAllByRole(role, { name: /\S/ }));
    const any = roles.flatMap((role) => screen.queryAllByRole(role));
    expect(any.length).toBe(all.length);
    expect(named.length).toBe(all.length);
  });

  it.each(EVERY_CONTROL)('names each labelled field by its visible label (%s)', (_, config) => {
    const rendered = renderControls(config);
    controller = rendered.controller;
    const labels = [...rendered.container.querySelectorAll('label[for]')];
    expect(labels.length).toBeGreaterThan(8);
    for (const label of labels) {
      const text = label.textContent ?? '';
      const control = document.getElementById(label.getAttribute('for') ?? '');
      expect(control, text).not.toBeNull();
      const role =
        control instanceof HTMLSelectElement
          ? 'combobox'
          : control?.getAttribute('type') === 'checkbox'
            ? 'checkbox'
            : 'textbox';
      expect(screen.getByRole(role, { name: text })).toBe(control);
    }
  });

  it('uses the field table’s labels', () => {
    const rendered = renderControls(EVERY_CONTROL[1][1]);
    controller = rendered.controller;
    for (const path of [
      'training.optimizer.learningRate',
      'training.optimizer.beta1',
      'training.schedule.cycleLow',
      'training.regularization.l1Ratio',
      'network.init.scale',
      'network.leakySlope',
      'data.classes',
      'seed',
    ]) {
      const label = FIELD_SPECS.find((s) => s.path === path)?.label ?? '';
      expect(screen.getByRole('textbox', { name: label })).toBeTruthy();
    }
  });

  it('groups the settings under headings', () => {
    const rendered = renderControls();
    controller = rendered.controller;
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Data', 'Network', 'Training', 'Regularization', 'Run']);
  });

  it('tells every control whether it applies live or restarts the run', () => {
    const rendered = renderControls();
    controller = rendered.controller;
    const description = (name: string, role: 'textbox' | 'combobox' | 'checkbox' = 'textbox') =>
      (screen.getByRole(role, { name }).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    expect(description('Learning rate')).toMatch(/Applies live/);
    expect(description('Regularization', 'combobox')).toMatch(/Applies live/);
    expect(description('Batch size')).toMatch(/restarts the run/);
    expect(description('Hidden layer 1 Width')).toMatch(/restarts the run/);
    expect(description('Dataset', 'combobox')).toMatch(/restarts the run/);
  });
});

describe('Controls: the live marks agree with the controller', () => {
  const changed = (value: unknown): unknown => {
    if (typeof value === 'number') return value === 0 ? 0.5 : value / 2;
    if (typeof value === 'boolean') return !value;
    if (typeof value === 'string') return value + 'x';
    return null;
  };
  it.each(
    FIELD_SPECS.filter((s) => !s.path.startsWith('open.') && s.path !== 'initialParams').map(
      (s) => [s.path],
    ),
  )('%s', (path) => {
    const before = defaultConfig();
    const after = withFields(before, { [path]: changed(getPath(before, path)) });
    expect(classifyChange(before, after)).toBe(
      changeModeOf(path) === 'live' ? 'live' : 'structural',
    );
  });
});

describe('Controls: while training', () => {
  it('does not re-render for steps, snapshots or selections', () => {
    const worker = new FakeWorker();
    controller = new RunController(
      () => worker as unknown as Worker,
      () => {},
    );
    controller.start(defaultConfig());
    useAppStore.setState({ status: 'ready' });
    let renders = 0;
    render(
      <ControllerContext value={controller}>
        <Profiler id="controls" onRender={() => renders++}>
          <Controls />
        </Profiler>
      </ControllerContext>,
    );
    const afterMount = renders;
    expect(afterMount).toBeGreaterThan(0);
    const run = controller;
    act(() => {
      run.play();
      // What training does to the page: new snapshots (outside React), selections, view options.
      for (let step = 0; step < 50; step++) touchLive();
      useAppStore.setState({ focusSample: 7, selectedEdge: { layer: 1, to: 0, from: 1 } });
      useAppStore.setState({ lossScale: 'linear', graphMode: 'backward' });
      useAppStore.setState({ markers: [{ step: 5, what: msg('loss.change.custom') }] });
    });
    expect(useAppStore.getState().playing).toBe(true);
    expect(renders).toBe(afterMount);
    // …but it does for a change of settings.
    act(() =>
      run.changeConfig(withFields(useAppStore.getState().config, { 'training.batchSize': 4 })),
    );
    expect(renders).toBeGreaterThan(afterMount);
  });
});
