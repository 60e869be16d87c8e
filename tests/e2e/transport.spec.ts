import { expect, test } from '@playwright/test';
import { downloadWeights, ready, replay, stepCount, trainLoss, watchErrors } from './helpers';

test('the default page opens ready to train, with no console error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  expect(await stepCount(page)).toBe(0);
  await expect(page).toHaveURL(/#v=2$/);
  expect(errors).toEqual([]);
});

test('a v=1 link keeps its maths: still v=1 after a restarting change, equal to its replay', async ({
  page,
}) => {
  await page.goto('/#seed=5&lr=0.1&v=1');
  await ready(page);
  // The batch size restarts the run; the run keeps maths version 1 (the tanh of v=1 links).
  const batch = page.getByLabel('Batch size', { exact: true });
  await batch.fill('4');
  await batch.press('Enter');
  await expect(page).toHaveURL(/seed=5&lr=0\.1&batch=4&v=1$/);
  await ready(page);
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('3');
  const inBrowser = await downloadWeights(page);
  expect(inBrowser.link).toMatch(/&v=1$/);
  const headless = replay(inBrowser.link);
  expect(inBrowser.weights).toEqual(headless.weights);
  // The same run as v=2 computes tanh by table: other last bits.
  expect(replay(inBrowser.link.replace(/v=1$/, 'v=2')).weights).not.toEqual(inBrowser.weights);
});

test('Step trains exactly one step: the weights equal a one-step replay', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const before = await downloadWeights(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  const after = await downloadWeights(page);
  expect(after.steps).toBe(1);
  expect(after.weights).not.toEqual(before.weights);
  const headless = replay(after.link, 1);
  expect(after.weights).toEqual(headless.weights);
  expect(after.biases).toEqual(headless.biases);
});

test('Play trains (the loss falls on the circle data) and Pause stops', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const initialLoss = await trainLoss(page);
  // The default pace is one step a frame, for watching; this test wants thousands of steps.
  await page.getByLabel('Speed').selectOption('max');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(2000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Steps already trained when Pause arrived still come in; the worker's paused snapshot
  // carries the final count, and the address bar gets it.
  await expect(page).toHaveURL(/step=\d+/);
  const paused = Number(/step=(\d+)/.exec(page.url())![1]);
  await expect.poll(() => stepCount(page)).toBe(paused);
  await page.waitForTimeout(400);
  expect(await stepCount(page)).toBe(paused);
  expect(await trainLoss(page)).toBeLessThan(initialLoss * 0.5);
});

const OPENING_LINKS = {
  'the default tanh network': 'v=1&seed=5&lr=0.1&step=700',
  'the default tanh network in maths version 2 (tanh by table)': 'seed=5&lr=0.1&step=700&v=2',
  // exp, log, log1p, expm1 and powers all on the path: softmax + cross-entropy, ELU, sigmoid,
  // Adam, an exponential schedule, dropout, elastic net, normal noise and sin features.
  'a softmax/Adam/dropout network on the spiral':
    'v=1&seed=42&ds=spiral&noise=0.3&f=x1,x2,sinx1,x1x2&norm=1&h=8e_d0.2,6s&out=softmax&loss=cce' +
    '&init=he-normal&opt=adam&lr=0.01&sched=exponential&gamma=0.99&batch=16&reg=elastic' +
    '&l1ratio=0.3&step=600',
};

for (const [name, link] of Object.entries(OPENING_LINKS)) {
  test(`a link with a step opens trained to it, bit-identical to npm run replay: ${name}`, async ({
    page,
  }) => {
    const step = Number(/step=(\d+)/.exec(link)![1]);
    await page.goto(`/#${link}`);
    await ready(page);
    await expect(page.getByTestId('step-count')).toHaveText(String(step));
    const inBrowser = await downloadWeights(page);
    const headless = replay(`#${link}`);
    expect(inBrowser.steps).toBe(step);
    expect(inBrowser.weights).toEqual(headless.weights);
    expect(inBrowser.biases).toEqual(headless.biases);
  });
}

test('keyboard: Space plays and pauses, → steps, R resets', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-count')).toHaveText('2');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(50);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByTestId('step-count')).toHaveText('0');
});

test('a hostile link opens a working page that says what was wrong', async ({ page }) => {
  const errors = watchErrors(page);
  const hostile =
    '/#v=1&lr=NaN&h=99999,-3,abc&n=1e999&ds=%3Cscript%3Ealert(1)%3C%2Fscript%3E&step=-4&w=' +
    'x'.repeat(5000);
  await page.goto(hostile);
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("learning rate 'NaN' is not a number; using 0.03");
  await expect(notice).toContainText('dataset');
  await ready(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await notice.getByRole('button', { name: /Dismiss/ }).click();
  await expect(notice).toBeHidden();
  expect(errors).toEqual([]);
});

test('a link pasted into the address bar opens even when the page rewrote the address meanwhile', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/#v=2');
  await ready(page);
  // The race: a snapshot of the run before, arriving between the navigation and its
  // hashchange event, writes that run's link back into the address bar. The event still names
  // the pasted link.
  await page.evaluate(() => {
    const pasted = `${location.origin}${location.pathname}#h=3t&lr=0.1&v=2`;
    window.dispatchEvent(
      new HashChangeEvent('hashchange', { oldURL: location.href, newURL: pasted }),
    );
  });
  await expect(page.getByText('2 – 3 – 1 · 13 parameters')).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#h=3t&lr=0.1&v=2');
  await ready(page);
  expect(errors).toEqual([]);
});
