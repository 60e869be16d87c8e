import { expect, test } from '@playwright/test';
import { downloadWeights, ready, replay, watchErrors, type RunNumbers } from './helpers';

type WithNorm = RunNumbers & {
  bn?: { layer: number; gamma: number[]; beta: number[]; mean: number[]; var: number[] }[];
};

test('a link with _n trains in the browser to the very numbers replay computes in Node', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/#v=1&seed=5&ds=xor&h=6t_n,4r_n&lr=0.1&batch=8&step=60');
  await ready(page);
  await expect(page.getByTestId('step-count')).toHaveText('60', { timeout: 20_000 });
  const inBrowser = (await downloadWeights(page)) as WithNorm & { link: string };
  expect(inBrowser.bn?.map((b) => b.layer)).toEqual([1, 2]);
  // Trained: γ left 1 and the running variance left 1.
  expect(inBrowser.bn?.[0].gamma.some((g) => g !== 1)).toBe(true);
  expect(inBrowser.bn?.[0].var.some((v) => v !== 1)).toBe(true);
  const headless = replay(inBrowser.link) as WithNorm;
  expect(headless.steps).toBe(60);
  expect(inBrowser.weights).toEqual(headless.weights);
  expect(inBrowser.biases).toEqual(headless.biases);
  expect(inBrowser.bn).toEqual(headless.bn);
  // The control shows it, with the bias off.
  await expect(page.getByRole('checkbox', { name: /1 BN batch normalization/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /1 Bias/ })).toBeDisabled();
  expect(errors).toEqual([]);
});

test('batch norm at a batch size of 1 is refused with a message naming the batch size', async ({
  page,
}) => {
  await page.goto('/#v=1&ds=xor&h=6t_n&batch=1');
  await expect(page.getByText(/batch size is 1/)).toBeVisible({ timeout: 20_000 });
  // Said once, and the run keeps the asked-for data (no fallback to the default data).
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText(/circle data instead/)).toHaveCount(0);
  // The panels say that there is nothing to show, instead of waiting for a network forever.
  await expect(
    page.getByText('No network to show: the run could not start.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('Nothing to show: the run could not start.')).toBeVisible();
  await expect(page.getByText('Building the network…')).toHaveCount(0);
});
