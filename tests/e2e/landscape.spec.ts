import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/** 2 000 spiral points and two hidden layers, opened after 100 steps: a landscape takes seconds. */
const LINK =
  '/#seed=4&ds=spiral&n=2000&test=0&h=32t,32t&out=softmax&loss=cce&opt=adam&lr=0.01&step=100&v=1';

async function openLandscape(page: Page) {
  await page.goto(LINK);
  await expect(page.getByTestId('step-count').first()).toHaveText('100', { timeout: 30_000 });
  const panel = page.getByRole('region', { name: 'Loss landscape' });
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.getByRole('button', { name: 'Compute landscape' })).toBeEnabled();
  return panel;
}

const doneOf = async (page: Page): Promise<number> =>
  Number(await page.locator('.landscape-map').getAttribute('data-done'));

test('the loss landscape: compute, watch it refine, see the finished map with the path', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const panel = await openLandscape(page);
  await panel.getByRole('button', { name: 'Compute landscape' }).click();
  const progress = panel.getByRole('progressbar', { name: 'Landscape points computed' });
  await expect(progress).toBeVisible();
  // the coarse picture comes first: a map with part of the points, while still computing
  await expect(panel.locator('.landscape-map')).toBeVisible({ timeout: 30_000 });
  // finished: every one of the 31×31 points, the bar gone, Compute back
  await expect.poll(() => doneOf(page), { timeout: 60_000 }).toBe(961);
  await expect(progress).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Compute landscape' })).toBeVisible();
  await expect(panel.locator('.landscape-map path[fill]').first()).toBeVisible();
  expect(await panel.locator('.landscape-map path[fill]').count()).toBeGreaterThan(5);
  // the path: points recorded from step 0, ending at θ in the middle of the map
  expect(await panel.locator('.landscape-point').count()).toBeGreaterThan(5);
  const now = panel.locator('.landscape-now');
  const box = await panel.locator('.landscape-frame').boundingBox();
  const dot = await now.boundingBox();
  expect(box && dot).toBeTruthy();
  expect(Math.abs(dot!.x + dot!.width / 2 - (box!.x + box!.width / 2))).toBeLessThan(3);
  await expect(panel.getByText(/at step 100/)).toBeVisible();
  // Its axes: α along the bottom and β up the left, each read from −1 to 1 beside the map.
  const axes = panel.locator('.landscape-axis');
  await expect(axes).toHaveCount(2);
  for (const axis of await axes.all()) {
    expect(await axis.locator('text').allTextContents()).toEqual(
      expect.arrayContaining(['−1', '−0.5', '0', '0.5', '1']),
    );
    const tick = (await axis.locator('text').first().boundingBox())!;
    expect(tick.x + tick.width <= box!.x + 1 || tick.y >= box!.y + box!.height - 1).toBe(true);
  }
  await expect(panel.locator('.landscape-axis-name')).toHaveText(['α', 'β']);
  await expect(
    panel.getByText(/^Lowest loss on the map: [\d.]+; at θ, its centre: [\d.]+\.$/),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('Cancel stops a landscape in the middle and keeps what was computed', async ({ page }) => {
  const errors = watchErrors(page);
  const panel = await openLandscape(page);
  await panel.getByRole('combobox', { name: 'Grid' }).selectOption('61');
  await panel.getByRole('button', { name: 'Compute landscape' }).click();
  await expect.poll(() => doneOf(page), { timeout: 30_000 }).toBeGreaterThan(0);
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Cancelled/);
  const stopped = await doneOf(page);
  expect(stopped).toBeLessThan(61 * 61);
  await page.waitForTimeout(1000);
  expect(await doneOf(page)).toBe(stopped);
  await expect(panel.getByRole('button', { name: 'Compute landscape' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('the principal-components plane draws the run’s own path', async ({ page }) => {
  const errors = watchErrors(page);
  const panel = await openLandscape(page);
  await panel.getByRole('combobox', { name: 'Plane' }).selectOption('pca');
  await panel.getByRole('combobox', { name: 'Grid' }).selectOption('21');
  await panel.getByRole('button', { name: 'Compute landscape' }).click();
  await expect.poll(() => doneOf(page), { timeout: 60_000 }).toBe(441);
  expect(await panel.locator('.landscape-point').count()).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});

test('the Optimizers lesson’s race variant opens the race, in sight, with what to watch', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Lessons', exact: true })
    .getByRole('button', { name: 'Race: rotated bowl', exact: true })
    .click();
  const note = page.getByRole('complementary', { name: 'Optimizers: SGD, Momentum, Adam' });
  await expect(note).toContainText('In the race:');
  await expect(note).toContainText('SGD zigzags across it');
  const race = page.getByRole('region', { name: 'Optimizer race' });
  await expect(race).toBeInViewport({ ratio: 0.3, timeout: 30_000 });
  await expect(race.locator('.race-run')).toHaveCount(3);
  await expect(page).toHaveURL(/race=rotated-bowl/);
  // the other race variant, from the note, while the race plays: Rosenbrock
  await race.getByRole('button', { name: 'Play race' }).click();
  await expect
    .poll(async () => Number(await race.getByTestId('race-step').textContent()))
    .toBeGreaterThan(5);
  await note.getByRole('button', { name: 'Race: Rosenbrock', exact: true }).click();
  await expect(page).toHaveURL(/race=rosenbrock/);
  await expect(note).toContainText('bent valley');
  await expect(race.getByTestId('race-step')).toHaveText('0');
  expect(errors).toEqual([]);
});
