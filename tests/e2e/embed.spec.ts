import { expect, test, type Page } from '@playwright/test';
import { ready, watchErrors } from './helpers';

/** The embedded page is ready once the worker's first snapshot lets it train. */
async function embedReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

const SIZES = [
  { width: 320, height: 240 },
  { width: 640, height: 480 },
  { width: 1024, height: 768 },
];

async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

for (const size of SIZES) {
  test(`embed=graph,loss at ${size.width}×${size.height}: those panels only, no sideways scroll`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await page.goto('/#embed=graph,loss&v=1');
    await embedReady(page);
    await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Loss' })).toBeAttached();
    for (const absent of ['Output', 'Step inspector', 'Gradient flow', 'Settings']) {
      await expect(page.getByRole('region', { name: absent })).toHaveCount(0);
    }
    await expect(page.getByRole('link', { name: /Open in Backprop Lab/ })).toHaveAttribute(
      'href',
      /#v=1$/,
    );
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: `test-results/embed-${size.width}.png` });
    // Training works and the address bar keeps the embed key before the closing v=.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByTestId('step-count')).toHaveText('1');
    await expect(page).toHaveURL(/embed=graph,loss&v=1$/);
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });
}

test("the embed takes the page's keys: → steps, Space plays and pauses, R resets", async ({
  page,
}) => {
  await page.goto('/#embed=graph,loss&v=1');
  await embedReady(page);
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-count')).toHaveText('2');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByTestId('step-count')).toHaveText('0');
});

test('embed with every panel fits 640×480 without sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 480 });
  await page.goto('/#embed=graph,output,loss,inspector,flow&v=1');
  await embedReady(page);
  await page.screenshot({ path: 'test-results/embed-640.png', fullPage: true });
  for (const name of ['Network', 'Output', 'Loss', 'Step inspector', 'Gradient flow']) {
    await expect(page.getByRole('region', { name })).toBeAttached();
  }
  expect(await scrollsSideways(page)).toBe(false);
});

test('hide= removes control groups; bad names get a message and the page works', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/#hide=data,training,lessons,bogus&v=1');
  await ready(page);
  const settings = page.getByRole('complementary', { name: 'Settings' });
  await expect(settings.getByRole('heading', { name: 'Network' })).toBeVisible();
  await expect(settings.getByRole('heading', { name: 'Data' })).toHaveCount(0);
  await expect(settings.getByRole('heading', { name: 'Training' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lessons' })).toHaveCount(0);
  await expect(page.getByText(/hide: 'bogus' is not one of/)).toBeVisible();
  await expect(page).toHaveURL(/hide=data,training,lessons&v=1$/);
});

test('the Embed button writes an iframe snippet for the ticked panels and size', async ({
  page,
}) => {
  await page.goto('/#seed=4&v=1');
  await ready(page);
  await page.getByRole('button', { name: 'Embed…' }).click();
  await page.getByRole('checkbox', { name: 'Output map' }).check();
  await page.getByRole('combobox', { name: 'Frame size' }).selectOption('320×240');
  const snippet = await page.getByLabel('Snippet').inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/#seed=4&amp;embed=graph,output,loss&amp;v=1"/,
  );
  expect(snippet).toContain('width="320" height="240"');
});

for (const size of SIZES.slice(1)) {
  test(`embed=graph-scalar,race at ${size.width}×${size.height}: the computational graph and the race, no sideways scroll`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(size);
    await page.goto('/#embed=graph-scalar,race&race=bowl&v=1');
    await embedReady(page);
    await expect(page.getByRole('region', { name: 'Computational graph' })).toBeAttached();
    const race = page.getByRole('region', { name: 'Optimizer race' });
    await expect(race.getByRole('button', { name: 'Step race' })).toBeVisible();
    for (const absent of ['Network', 'Loss', 'Output', 'Settings']) {
      await expect(page.getByRole('region', { name: absent, exact: true })).toHaveCount(0);
    }
    await expect(page.getByText(/Not in this version/)).toHaveCount(0);
    await race.getByRole('button', { name: 'Step race' }).click();
    await expect(race.getByTestId('race-step')).toHaveText('1');
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });
}
