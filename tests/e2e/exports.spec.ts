import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { downloadWeights, ready, stepCount, watchErrors } from './helpers';

/** Clicks a button and returns the text (or bytes) of the file it downloads. */
async function download(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { file: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Parses an SVG in the page (as a browser opening the file would) and counts its marks. */
async function svgMarks(page: Page, svg: string, selector: string): Promise<number> {
  return page.evaluate(
    ([text, css]) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return -1;
      if (doc.documentElement.namespaceURI !== 'http://www.w3.org/2000/svg') return -2;
      return doc.querySelectorAll(css).length;
    },
    [svg, selector] as const,
  );
}

async function trainTo(page: Page, steps: number): Promise<void> {
  await page.goto(`/#step=${steps}&v=1`);
  await ready(page);
  await expect.poll(() => stepCount(page)).toBe(steps);
}

test('each chart saves as a standalone SVG holding its marks and as a PNG at 2×', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await trainTo(page, 200);
  const charts = [
    // The 2-4-2-1 default network: 9 neurons drawn as circles; edges on a canvas become an image.
    { name: 'network graph', marks: 'circle', least: 9 },
    { name: 'output map', marks: 'circle', least: 50 }, // the data points over the heat map
    { name: 'loss curve', marks: 'path', least: 2 },
    { name: 'gradient-flow charts', marks: 'path', least: 2 },
  ];
  for (const chart of charts) {
    const svg = await download(page, `Download the ${chart.name} as SVG`);
    expect(svg.file).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(await svgMarks(page, text, chart.marks)).toBeGreaterThanOrEqual(chart.least);
    // Styles travel with the file: no class left to resolve, fills and strokes written out.
    expect(text).not.toMatch(/ class="/);
    expect(text).toMatch(/style="[^"]*(fill|stroke):/);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)![1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)![1]);
    const png = await download(page, `Download the ${chart.name} as PNG`);
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
  }
  expect(errors).toEqual([]);
});

test('the loss history saves as CSV with one row per recorded step', async ({ page }) => {
  await trainTo(page, 0);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepCount(page), { timeout: 15_000 }).toBeGreaterThan(300);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page).toHaveURL(/step=\d+/);
  const paused = Number(/step=(\d+)/.exec(page.url())![1]);
  await expect.poll(() => stepCount(page)).toBe(paused);
  const csv = (await download(page, 'Download the loss history as CSV')).bytes.toString('utf8');
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe(
    'step,epoch,trainLoss,testLoss,trainAccuracy,testAccuracy,learningRate,batchLoss',
  );
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  expect(rows.length).toBeGreaterThan(10);
  const steps = rows.map((r) => r[0]);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  expect(steps.at(-1)).toBe(paused);
  for (const r of rows) {
    expect(r).toHaveLength(8);
    expect(r[2]).toBeGreaterThan(0); // a finite train loss in every row
    expect(r[6]).toBe(0.03); // the learning rate
  }
});

test('an inspected step saves as JSON with its operations and gradients', async ({ page }) => {
  await trainTo(page, 10);
  const button = page.getByRole('button', { name: 'Download the inspected step as JSON' });
  await expect(button).toBeDisabled();
  await page.getByRole('button', { name: 'Step one operation' }).first().click();
  await expect(button).toBeEnabled();
  // The inspector docks over the bottom of the window while a step is open: use the keyboard.
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const trace = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    step: number;
    sizes: number[];
    ops: unknown[];
    weightGrads: number[][];
  };
  expect(trace.step).toBe(10);
  expect(trace.sizes).toEqual([2, 4, 2, 1]);
  expect(trace.ops.length).toBeGreaterThan(5);
  expect(trace.weightGrads.map((g) => g.length)).toEqual([8, 8, 2]);
});

test('Export as Python (NumPy) downloads the script the command line writes', async ({ page }) => {
  await trainTo(page, 40);
  const script = (await download(page, 'Export as Python (NumPy)')).bytes.toString('utf8');
  expect(script).toMatch(/^#!\/usr\/bin\/env python3/);
  expect(script).toMatch(/^OPEN_STEP = 40 /m);
  for (const fn of ['forward_pass', 'backward_pass', 'update', 'learning_rate']) {
    expect(script).toContain(`def ${fn}(`);
  }
});

test('Upload weights round-trips Download bit for bit, at step 0 or as a change now', async ({
  page,
}) => {
  await trainTo(page, 150);
  const trained = await downloadWeights(page);
  const file = { name: 'weights.json', mimeType: 'application/json' };
  // A fresh run at step 0 from the trained weights: its step-0 weights are the file's.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBe(0);
  await page
    .getByLabel('Upload weights', { exact: true })
    .setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify(trained)) });
  await expect(page.getByRole('status').filter({ hasText: 'new run starts' })).toBeVisible();
  await ready(page);
  const started = await downloadWeights(page);
  expect(started.steps).toBe(0);
  expect(started.weights).toEqual(trained.weights);
  expect(started.biases).toEqual(trained.biases);
  expect(started.link).toMatch(/[#&]w=/); // the link carries them

  // As a change at the current step: train on, then put the file's weights back.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBe(1);
  await page.getByLabel('as a weight change at the current step').check();
  // This time the way a user does it: the page's own button opens the browser's file chooser.
  const choose = page.getByRole('button', { name: 'Choose a file…', exact: true });
  await expect(choose).toHaveAccessibleDescription(/JSON button weights\.json$/);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), choose.click()]);
  await chooser.setFiles({
    ...file,
    name: 'trained.json',
    buffer: Buffer.from(JSON.stringify(trained)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'changed at step 1' })).toBeVisible();
  await expect(page.getByText('trained.json', { exact: true })).toBeVisible();
  await expect.poll(async () => (await downloadWeights(page)).weights).toEqual(trained.weights);
  expect((await downloadWeights(page)).link).toMatch(/ch=1_w1\./);

  // A file for another network: every mismatch listed, nothing changed.
  const wrong = {
    ...trained,
    sizes: [2, 3, 1],
    weights: [
      [1, 2, 3, 4, 5, 'x'],
      [1, 2, 3],
    ],
    biases: [[0], [0]],
  };
  await page
    .getByLabel('Upload weights', { exact: true })
    .setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify(wrong)) });
  const problems = page.getByRole('list', { name: 'Upload problems' }).getByRole('listitem');
  await expect(problems).not.toHaveCount(0);
  expect(await problems.count()).toBeGreaterThanOrEqual(4);
});

test('a chart saved while scrolled out of sight shows the newest step, as it does on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#v=1');
  await ready(page);
  // Train with the exports in sight: the loss chart at the top is out of sight meanwhile.
  await page.getByRole('region', { name: 'Exports' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.loss-panel')).not.toBeInViewport();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepCount(page), { timeout: 20_000 }).toBeGreaterThan(300);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // The paused run's last snapshot may still be on its way: wait until the counter holds still.
  let step = -1;
  await expect
    .poll(
      async () => {
        const before = step;
        step = await stepCount(page);
        return step === before;
      },
      { intervals: [250] },
    )
    .toBe(true);
  const away = await download(page, 'Download the loss curve as SVG');
  expect(away.file).toBe(`backprop-lab-loss-curve-step-${step}.svg`);
  // The same chart saved again once it has been on screen (and so drawn the newest numbers).
  await page.locator('.loss-panel').scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  await page.getByRole('region', { name: 'Exports' }).scrollIntoViewIfNeeded();
  const shown = await download(page, 'Download the loss curve as SVG');
  expect(away.bytes.toString('utf8')).toBe(shown.bytes.toString('utf8'));
});
