import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

async function positions(page: Page): Promise<string[]> {
  return page
    .locator('.race-run')
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-at') ?? ''));
}

test('the optimizer race: play, change a learning rate live, share the link, reopen on the same paths', async ({
  page,
  browser,
}) => {
  const errors = watchErrors(page);
  await page.goto(
    '/#race=rosenbrock&rfrom=-1.5,2&rr=sgd,lr_0.001;momentum,lr_0.0005;adam,lr_0.05&v=1',
  );
  const race = page.getByRole('region', { name: 'Optimizer race' });
  await race.scrollIntoViewIfNeeded();
  await expect(race.getByTestId('race-step')).toHaveText('0');
  await race.getByRole('button', { name: 'Play race' }).click();
  await expect
    .poll(async () => Number(await race.getByTestId('race-step').textContent()))
    .toBeGreaterThan(40);
  await race.getByRole('button', { name: 'Pause race' }).click();
  const pausedAt = Number(await race.getByTestId('race-step').textContent());
  const before = await positions(page);

  // A live change: Adam's learning rate, mid-race. It applies to the very next step.
  const lr = race.getByRole('spinbutton', { name: 'learning rate of run 3' });
  await lr.fill('0.01');
  await race.getByRole('button', { name: 'Step race' }).click();
  await expect(race.getByTestId('race-step')).toHaveText(String(pausedAt + 1));
  const after = await positions(page);
  expect(after).toHaveLength(3);
  // Every run moved by one step; no run was restarted by the change.
  for (let i = 0; i < 3; i++) expect(after[i]).not.toBe(before[i]);
  for (let k = 0; k < 10; k++) await race.getByRole('button', { name: 'Step race' }).click();
  await expect(race.getByTestId('race-step')).toHaveText(String(pausedAt + 11));
  const final = await positions(page);

  // The address holds the race with its change log; a new page opens on the same paths.
  await expect.poll(() => page.url()).toContain(`rstep=${pausedAt + 11}`);
  const link = page.url();
  expect(link).toContain(`rch=${pausedAt}_2_lr_0.01`);
  const reopened = await browser.newPage();
  const reopenedErrors = watchErrors(reopened);
  await reopened.goto(link);
  const again = reopened.getByRole('region', { name: 'Optimizer race' });
  await expect(again.getByTestId('race-step')).toHaveText(String(pausedAt + 11));
  expect(await positions(reopened)).toEqual(final);
  expect(errors).toEqual([]);
  expect(reopenedErrors).toEqual([]);
});

test('a diverging run is marked and stops while the others go on', async ({ page }) => {
  await page.goto('/#race=bowl&rfrom=-2.5,1.5&rr=sgd,lr_0.2;sgd,lr_0.05&rstep=200&v=1');
  const race = page.getByRole('region', { name: 'Optimizer race' });
  await expect(race.getByTestId('race-step')).toHaveText('200');
  await expect(race.getByText(/diverged at step \d+/)).toHaveCount(1);
  await expect(race.locator('.race-diverged')).toHaveCount(1);
  const steps = await page
    .locator('.race-run')
    .evaluateAll((g) => g.map((x) => Number(x.getAttribute('data-steps'))));
  expect(steps[0]).toBeLessThan(20);
  expect(steps[1]).toBe(200);
});

test('a bad race link names the bad part and the page still works', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/#race=everest&rr=adam,lr_500&v=1');
  await expect(
    page.getByText("race surface 'everest' is unknown; using rotated-bowl"),
  ).toBeVisible();
  await expect(
    page.getByText("race run 1: lr '500' is outside [0, 100]; using 0.01"),
  ).toBeVisible();
  const race = page.getByRole('region', { name: 'Optimizer race' });
  await race.getByRole('button', { name: 'Step race' }).click();
  await expect(race.getByTestId('race-step')).toHaveText('1');
  expect(errors).toEqual([]);
});
