import { expect, test } from '@playwright/test';
import { downloadWeights, ready, replay, stepCount, watchErrors } from './helpers';

test('the network graph renders every neuron and edge of the default network', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  const graph = page
    .getByRole('group', { name: 'Network graph' })
    .or(page.getByLabel('Network graph'));
  await expect(graph.first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Input x₁', exact: true })).toBeVisible();
  for (let j = 1; j <= 4; j++)
    await expect(
      page.getByRole('button', { name: `Neuron ${j} of hidden layer 1`, exact: true }),
    ).toBeVisible();
  for (let j = 1; j <= 2; j++)
    await expect(
      page.getByRole('button', { name: `Neuron ${j} of hidden layer 2`, exact: true }),
    ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Output 1', exact: true })).toBeVisible();
  // 2·4 + 4·2 + 2·1 weights, each an editable edge.
  await expect(page.getByLabel(/^Weight w/)).toHaveCount(18);
  expect(errors).toEqual([]);
});

test('a neuron’s tooltip stays whole inside the graph, below the mode buttons, for the top neuron too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Backward', exact: true }).click();
  const stage = page.locator('.graph-panel svg').first();
  const modes = await page.getByRole('button', { name: 'Backward', exact: true }).boundingBox();
  for (const name of ['Neuron 1 of hidden layer 1', 'Neuron 4 of hidden layer 1', 'Output 1']) {
    await page.getByRole('button', { name, exact: true }).hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText(name);
    const box = (await tip.boundingBox())!;
    const graph = (await stage.boundingBox())!;
    expect(box.y, name).toBeGreaterThanOrEqual(modes!.y + modes!.height);
    expect(box.y + box.height, name).toBeLessThanOrEqual(graph.y + graph.height + 1);
  }
});

test('a learning-rate change while playing shows on the loss curve, in the URL, and replays exactly', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  // These checks need thousands of steps: train as fast as possible (the default is 60 steps/s).
  await page.getByLabel('Speed').selectOption('max');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(500);
  const rate = page.getByLabel('Learning rate', { exact: true });
  await rate.fill('0.1');
  await rate.press('Enter');
  // Still playing: the change applied between two steps, without a restart.
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.locator('.loss-marker text', { hasText: 'η=0.1' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page).toHaveURL(/ch=\d+_lr_0\.1/);
  const changedAt = Number(/ch=(\d+)_lr_0\.1/.exec(page.url())![1]);
  expect(changedAt).toBeGreaterThan(500);
  // The link holds the step-0 rate plus the change: replaying it gives the page's weights.
  const inBrowser = await downloadWeights(page);
  expect(inBrowser.steps).toBeGreaterThan(changedAt);
  const headless = replay(inBrowser.link);
  expect(headless.steps).toBe(inBrowser.steps);
  expect(inBrowser.weights).toEqual(headless.weights);
  expect(inBrowser.biases).toEqual(headless.biases);
});

test('Copy link, then open it in a new page: the same settings and the same weights', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#v=1&seed=77&ds=xor&noise=0.2&h=5r,3t&lr=0.05&batch=4');
  await ready(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('3');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveText(/Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('step=3');
  const original = await downloadWeights(page);

  const other = await context.newPage();
  await other.goto(copied);
  await ready(other);
  await expect(other.getByTestId('step-count')).toHaveText('3');
  await expect(other.getByLabel('Learning rate', { exact: true })).toHaveValue('0.05');
  await expect(other.getByLabel('Dataset')).toHaveValue('xor');
  await expect(other.getByText(/2 – 5 – 3 – 1/)).toBeVisible();
  const reopened = await downloadWeights(other);
  expect(reopened.weights).toEqual(original.weights);
  expect(reopened.biases).toEqual(original.biases);
});
