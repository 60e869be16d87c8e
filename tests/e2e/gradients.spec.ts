import { expect, test, type Page } from '@playwright/test';
import { ready, stepCount, watchErrors } from './helpers';

// 8 hidden sigmoid layers of 8 units on the circle data, opening trained to step 300 and
// scrolled to the gradient-flow view (the vanishing-gradient lesson's network).
const DEEP_SIGMOID = 'h=8s,8s,8s,8s,8s,8s,8s,8s&step=300&view=gradients&v=1';
const DEEP_RELU = 'h=8r,8r,8r,8r,8r,8r,8r,8r&init=he-normal&step=300&view=gradients&v=1';

/** The number the gradient-ratio caption shows ("6.2e4 ×" → 62000). */
async function shownRatio(page: Page): Promise<number> {
  const text = (await page.getByTestId('gradient-ratio').locator('output').textContent()) ?? '';
  return Number(text.replace('−', '-').replace(/\s*×$/, ''));
}

/** The gradient-check table's rows as [layer, error, verdict label, note] after a check. */
async function checkGradients(page: Page): Promise<string[][]> {
  await page.getByRole('button', { name: 'Check gradients' }).click();
  const table = page.getByRole('region', { name: 'Gradient check' }).getByRole('table');
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('th')?.textContent ?? '',
        row.querySelector('td')?.textContent ?? '',
        row.querySelector('.verdict [aria-label]')?.getAttribute('aria-label') ?? '',
        row.querySelector('.verdict small')?.textContent ?? '',
      ]),
    );
}

test('8 sigmoid layers: the gradient-flow view shows a ≥ 100× last/first gradient ratio, flagged as vanishing', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(`/#${DEEP_SIGMOID}`);
  await ready(page);
  await expect(page.getByTestId('step-count')).toHaveText('300');
  const caption = page.getByTestId('gradient-ratio');
  await expect(caption).toBeInViewport(); // the link opens on this view
  await expect(caption).toHaveAttribute('data-verdict', 'vanishing');
  expect(await shownRatio(page)).toBeGreaterThanOrEqual(100);
  await expect(caption).toContainText('vanishing gradients: layer 1 gets');

  // Training on keeps it there; the charts draw one line per layer, none broken by NaN.
  // These checks need thousands of steps: train as fast as possible (the default is 60 steps/s).
  await page.getByLabel('Speed').selectOption('max');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(1000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  expect(await shownRatio(page)).toBeGreaterThanOrEqual(100);
  const gradientChart = page.getByRole('img', { name: /Mean absolute weight gradient/ });
  const paths = gradientChart.locator('.flow-line path');
  await expect(paths).toHaveCount(9);
  for (const d of await paths.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))) {
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/NaN|Infinity/);
  }
  expect(errors).toEqual([]);
});

test('the same network with ReLU and He initialization is not flagged', async ({ page }) => {
  await page.goto(`/#${DEEP_RELU}`);
  await ready(page);
  await expect(page.getByTestId('step-count')).toHaveText('300');
  await expect(page.getByTestId('gradient-ratio')).toHaveAttribute('data-verdict', 'balanced');
  expect(await shownRatio(page)).toBeLessThan(100);
});

test('Check gradients on the default network: every layer ✓', async ({ page }) => {
  await page.goto('/#step=300&v=1');
  await ready(page);
  const rows = await checkGradients(page);
  expect(rows).toHaveLength(3);
  for (const [layer, error, verdict] of rows) {
    expect(verdict, `${layer}: ${error}`).toBe('agrees');
    expect(Number(error.replace('−', '-'))).toBeLessThan(1e-6);
  }
  await expect(page.getByRole('region', { name: 'Gradient check' })).toContainText(
    'first 8 training samples',
  );
});

test('Check gradients on 8 sigmoid layers: every layer ✓, tiny first-layer gradients included', async ({
  page,
}) => {
  await page.goto(`/#${DEEP_SIGMOID}`);
  await ready(page);
  const rows = await checkGradients(page);
  expect(rows).toHaveLength(9);
  for (const [layer, error, verdict] of rows) {
    expect(verdict, `${layer}: ${error}`).toBe('agrees');
    expect(Number(error.replace('−', '-'))).toBeLessThan(1e-6);
  }
});
