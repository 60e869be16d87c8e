import { expect, test, type Page } from '@playwright/test';
import { downloadWeights, ready, replay, stepCount, watchErrors } from './helpers';

/** The default network opened at the step limit: the page trains a million steps first. */
const LONG_LINK = 'step=1000000&v=1';

/**
 * The distinct values the warm-up's progress bar shows, read in the page on every change until
 * `count` have been seen (or the bar goes away).
 */
function barValues(count: number): Promise<number[]> {
  return new Promise((resolve) => {
    const values: number[] = [];
    const look = (): void => {
      const bar = document.querySelector<HTMLProgressElement>('progress');
      if (bar && bar.value !== values[values.length - 1]) values.push(bar.value);
      if (values.length >= count || (!bar && values.length > 0)) {
        observer.disconnect();
        resolve(values);
      }
    };
    const observer = new MutationObserver(look);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    look();
  });
}

/**
 * Counts the training worker's `ready` events in the page (window.__readies): opening one link
 * starts one run, once.
 */
function countReadies(): void {
  const counted = window as unknown as { __readies: number };
  counted.__readies = 0;
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (m: MessageEvent<{ type?: string }>) => {
        if (m.data?.type === 'ready') counted.__readies++;
      });
    }
  };
}

/** The page's `ready` events so far (countReadies). */
function readies(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __readies: number }).__readies);
}

/** The URLs of the workers the page starts, as it starts them. */
function watchWorkers(page: Page): string[] {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  return workers;
}

async function openLong(page: Page, link = LONG_LINK): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('backprop-lab:intro-dismissed', '1'));
  await page.addInitScript(countReadies);
  await page.goto(`/#${link}`);
}

test('a link at step 1,000,000 shows its progress and stops where asked, bit-identical to npm run replay there', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openLong(page);
  const bar = page.getByRole('progressbar', { name: 'Training to the link’s step' });
  await expect(bar).toBeVisible({ timeout: 30_000 });
  const banner = page.getByRole('status').filter({ hasText: /Training to step 1\D?000\D?000/ });
  await expect(banner).toBeVisible();
  // Meanwhile the race waits (its contours would take the page's CPU from training).
  await expect(page.getByText('Loading the optimizer race…')).toBeAttached();
  // The bar moves while the worker trains: three different values, each past the one before.
  const values = await page.evaluate(barValues, 3);
  expect(values).toHaveLength(3);
  expect(values[1]).toBeGreaterThan(values[0]);
  expect(values[2]).toBeGreaterThan(values[1]);
  expect(values[2]).toBeLessThan(1_000_000);
  await page.getByRole('button', { name: 'Stop here', exact: true }).click();
  await ready(page);
  await expect(bar).toBeHidden();
  const stopped = await stepCount(page);
  expect(stopped).toBeGreaterThanOrEqual(values[2]);
  expect(stopped).toBeLessThan(1_000_000);
  // The run stopped where it was: the link says that step, and replays to the same bits.
  await expect(page).toHaveURL(new RegExp(`step=${stopped}&v=1$`));
  const inBrowser = await downloadWeights(page);
  expect(inBrowser.steps).toBe(stopped);
  const headless = replay(inBrowser.link);
  expect(headless.steps).toBe(stopped);
  expect(inBrowser.weights).toEqual(headless.weights);
  expect(inBrowser.biases).toEqual(headless.biases);
  // And it trains on from there.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBe(stopped + 1);
  expect(errors).toEqual([]);
});

test('a link at step 1,000,000 opens there, bit-identical to npm run replay of the link', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const workers = watchWorkers(page);
  await openLong(page);
  await expect(page.getByTestId('step-count')).toHaveText(/^1\D?000\D?000$/, { timeout: 150_000 });
  // One worker, and one run in it: the run was not started twice on the way.
  expect(workers).toHaveLength(1);
  expect(await readies(page)).toBe(1);
  await ready(page);
  const inBrowser = await downloadWeights(page);
  expect(inBrowser.steps).toBe(1_000_000);
  const headless = replay(`#${LONG_LINK}`);
  expect(headless.steps).toBe(1_000_000);
  expect(inBrowser.weights).toEqual(headless.weights);
  expect(inBrowser.biases).toEqual(headless.biases);
  // Once there, the panels that waited load.
  const race = page.getByRole('region', { name: 'Optimizer race' });
  await expect(race.getByRole('button', { name: 'Play race' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a hostile link at a late step opens at that step, says what it could not use, with one worker', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const workers = watchWorkers(page);
  await openLong(page, 'step=150000&h=999999x&lr=NaN&ds=<script>&v=2');
  await expect(page.getByTestId('step-count')).toHaveText(/^150\D?000$/, { timeout: 90_000 });
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText("learning rate 'NaN' is not a number; using 0.03");
  await expect(notice).toContainText('dataset');
  // The address is the run that opened: the width at its largest, the unusable keys gone.
  await expect(page).toHaveURL(/#h=256t&step=150000&v=2$/);
  expect(workers).toHaveLength(1);
  expect(await readies(page)).toBe(1);
  expect(errors).toEqual([]);
});
