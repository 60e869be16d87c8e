import { expect, test, type Page } from '@playwright/test';
import { ready, stepCount, watchErrors } from './helpers';

/** A small digits run (784-16-10, 500 images) so the browser trains it quickly. */
const LINK = '/#ds=digits&n=500&test=0.2&px=28&h=16r&out=softmax&loss=cce&opt=adam&lr=0.01&v=1';

/** Draws a "7" on the pad with mouse events: a bar across the top, then a stroke down-left. */
async function drawSeven(page: Page): Promise<void> {
  const pad = page.getByRole('img', { name: 'Drawing pad' });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('the pad is not on screen');
  const at = (fx: number, fy: number): [number, number] => [
    box.x + fx * box.width,
    box.y + fy * box.height,
  ];
  await page.mouse.move(...at(0.25, 0.2));
  await page.mouse.down();
  await page.mouse.move(...at(0.75, 0.2), { steps: 10 });
  await page.mouse.move(...at(0.45, 0.85), { steps: 10 });
  await page.mouse.up();
}

test('draw a digit with the mouse, see the prediction, inspect it as a typed-in sample', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(LINK);
  await ready(page);
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBe(3);
  const panel = page.getByRole('region', { name: 'Handwritten digits' });
  await expect(panel.getByText('784-16-10 network: 12 730 parameters')).toBeVisible();

  // Nothing drawn: no prediction, nothing to inspect.
  await expect(panel.getByText('Draw a digit to see what the network makes of it.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Inspect this digit' })).toBeDisabled();

  await drawSeven(page);
  const reading = panel.getByText(/^The network after step 3 reads it as \d\.$/);
  await expect(reading).toBeVisible();
  // Ten probabilities that sum to 1, the largest one the digit named.
  const bars = panel.getByRole('list', { name: 'Probability per digit' });
  const values = (await bars.locator('output').allTextContents()).map(Number);
  expect(values).toHaveLength(10);
  expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  const digit = Number(((await reading.textContent()) ?? '').match(/as (\d)/)?.[1]);
  expect(values[digit]).toBe(Math.max(...values));

  // Inspect it as a 7: one traced step on the drawing, walked in the step inspector.
  await panel.getByLabel('It is a').selectOption('7');
  await panel.getByRole('button', { name: 'Inspect this digit' }).click();
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  await expect(inspector.getByText(/Operation 1 of \d+/)).toBeVisible();
  await expect(inspector.getByText(/typed-in sample/)).toBeVisible();

  // Clear empties the pad and the prediction.
  await panel.getByRole('button', { name: 'Clear' }).click();
  await expect(panel.getByText('Draw a digit to see what the network makes of it.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('weight images select their neuron; the confusion matrix counts the test set', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(LINK);
  await ready(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Handwritten digits' });
  // 100 test images (500 × 0.2), counted at the newest evaluation.
  await expect(panel.getByText(/over 100 test samples at step 1\./)).toBeVisible();
  let total = 0;
  for (let truth = 0; truth < 10; truth++) {
    for (let guess = 0; guess < 10; guess++) {
      const label = await panel
        .getByRole('button', { name: new RegExp(`^True ${truth}, predicted ${guess}: `) })
        .getAttribute('aria-label');
      total += Number(label?.match(/: (\d+) samples/)?.[1]);
    }
  }
  expect(total).toBe(100);
  // Its axes: "predicted →" over the ten digit columns, "true ↓" over the rows, each one line.
  const predicted = panel.getByRole('columnheader', { name: 'predicted →' });
  await expect(predicted).toHaveAttribute('colspan', '10');
  const corner = panel.getByRole('columnheader', { name: 'true ↓', exact: true });
  for (const axis of [predicted, corner])
    expect((await axis.boundingBox())!.height).toBeLessThan(20);

  // The weights' canvas: a click on the third tile of the first row selects neuron 3 of layer 1
  // (numbered from 1, as the graph's tooltip and the inspector number it).
  const tiles = panel.getByRole('img', { name: /weight images/ });
  await tiles.scrollIntoViewIfNeeded();
  const box = await tiles.boundingBox();
  if (!box) throw new Error('no weight images');
  // 16 tiles: 4 columns of 28 pixels with 2-pixel gaps (118 pixels in all).
  await page.mouse.click(
    box.x + ((2 * 30 + 14) / 118) * box.width,
    box.y + (14 / 118) * box.height,
  );
  await expect(panel.getByText('Neuron 3 of layer 1 is selected in the graph.')).toBeVisible();
  expect(errors).toEqual([]);
});
