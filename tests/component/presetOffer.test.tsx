// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configWith, controlsSetup, lastInit } from './controlsHarness';

const setup = controlsSetup();

const offer = () => screen.queryByRole('button', { name: 'Use a network fit for it' });

describe('Controls: the offer of a network fit for the data', () => {
  it('offers a linear output with MSE for sine on a tanh output, and undoes it', async () => {
    const { worker, user } = setup(configWith((c) => (c.data.dataset = 'sine')));
    expect(screen.getByText(/This data trains better with 1-16-1 tanh/)).toBeTruthy();
    await user.click(offer()!);
    expect(lastInit(worker).network).toMatchObject({
      hidden: [{ size: 16, activation: 'tanh' }],
      output: { activation: 'linear' },
      loss: 'mse',
    });
    expect(screen.getByText(/Set up 1-16-1 tanh/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(lastInit(worker).network).toMatchObject({
      hidden: [{ size: 4 }, { size: 2 }],
      output: { activation: 'tanh' },
    });
  });

  it.each([
    // The learning-rate lesson: two layers of 16, a linear output, ½ SSE.
    [
      'sine, 16-16 tanh, linear + ½ SSE',
      configWith((c) => {
        c.data.dataset = 'sine';
        c.network.hidden = [16, 16].map((size) => ({ ...c.network.hidden[0], size }));
        c.network.output.activation = 'linear';
      }),
    ],
    [
      'digits, one ReLU layer of 32, softmax + CCE',
      configWith((c) => {
        c.data.dataset = 'digits';
        c.network.hidden = [{ ...c.network.hidden[0], size: 32, activation: 'relu' }];
        c.network.output.activation = 'softmax';
        c.network.loss = 'cce';
      }),
    ],
  ])('keeps it back when the output and loss already suit the data: %s', (_name, config) => {
    setup(config);
    expect(offer()).toBeNull();
  });
});
