import { expect, test } from '@playwright/test';
import { decodeLink } from '../../src/config/link';
import { traceStep } from '../../src/engine';
import { prepareRun } from '../../src/run/prepare';
import { plainNum } from '../../src/views/StepInspector/tex';
import { downloadWeights, ready, replay, stepCount, watchErrors } from './helpers';

/** The trace of the first step of the run a link opens, computed here in Node. */
function firstTrace(link: string) {
  const { config } = decodeLink(link.replace(/^.*#/, ''));
  const prepared = prepareRun(config);
  if (!prepared.ok) throw new Error(prepared.error);
  return traceStep(prepared.trainer);
}

test('stepping through every operation of one step ends with exactly the weights of a plain step', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  const link = page.url();
  await page.getByRole('button', { name: /Inspect next mini-batch/ }).click();
  const trace = firstTrace(link);
  const total = trace.ops.length;
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  await expect(inspector.getByText(`of ${total}`, { exact: false })).toBeVisible();

  // The first operation: a⁽¹⁾₁ of the batch's first sample, as the core's trace has it.
  const a = trace.samples[0].a[0][0];
  await expect(inspector.getByTestId('op-result')).toHaveText(`a⁽¹⁾₁ = ${plainNum(a)}`);
  // …typeset by KaTeX (loaded on demand), with the same number substituted.
  await expect(inspector.locator('.katex').first()).toBeVisible();
  expect(await inspector.locator('annotation').allTextContents()).toContainEqual(
    `\\displaystyle = ${plainNum(a).replace('−', '-')}`,
  );

  const next = inspector.getByRole('button', { name: 'Next operation' });
  for (let k = 1; k < total; k++) {
    await next.click();
    await expect(inspector.getByText(`Operation ${k + 1} of ${total}`)).toBeVisible();
  }
  await expect(next).toBeDisabled();
  // The last operation is the update of the output layer.
  const L = trace.sizes.length - 1;
  await expect(inspector.getByTestId('op-result')).toHaveText(
    `w⁽${'⁰¹²³⁴⁵⁶⁷⁸⁹'[L]}⁾₁₁ after = ${plainNum(trace.weightsAfter[L - 1][0])}`,
  );
  await inspector.getByRole('button', { name: 'Finish step' }).click();
  await expect(inspector.getByTestId('op-result')).toHaveCount(0);

  expect(await stepCount(page)).toBe(1);
  const inBrowser = await downloadWeights(page);
  const headless = replay(inBrowser.link, 1);
  expect(inBrowser.steps).toBe(1);
  expect(inBrowser.weights).toEqual(headless.weights);
  expect(inBrowser.biases).toEqual(headless.biases);
  expect(errors).toEqual([]);
});

test('Step one operation and its keys: start, walk forward and back, and a plain → still trains', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('.');
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  await expect(inspector.getByText('Operation 1 of 106')).toBeVisible();
  await page.getByRole('button', { name: 'Step one operation' }).click();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(inspector.getByText('Operation 3 of 106')).toBeVisible();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(inspector.getByText('Operation 2 of 106')).toBeVisible();
  // ← / → inside the inspector walk the operations…
  await inspector.getByRole('button', { name: 'Next operation' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(inspector.getByText('Operation 3 of 106')).toBeVisible();
  // Until the update operation runs, the header tells the time the inspector is at: before
  // the inspected step (step 0), not after it.
  expect(await stepCount(page)).toBe(0);
  // …and the graph shows the backward pass during a backward operation.
  await inspector.getByRole('button', { name: /^Operation 8: Backward · output delta/ }).click();
  await expect(page.getByRole('button', { name: 'Backward', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('[data-node="3:0"]')).toHaveAttribute('data-hl', 'focus');
  // A plain → outside the inspector is Step: the inspection closes and step 2 is trained.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-count')).toHaveText('2');
  await expect(inspector.getByTestId('op-result')).toHaveCount(0);
});

test('a step inspected on one picked sample enters the link, which replays it exactly', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await page
    .getByRole('region', { name: 'Step inspector' })
    .getByRole('button', { name: /Inspect one sample/ })
    .click();
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  await expect(inspector.getByText(/Operation 1 of/)).toBeVisible();
  await inspector.getByRole('button', { name: 'Finish step' }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('3');
  await expect(page).toHaveURL(/ch=1_s_0/);
  const inBrowser = await downloadWeights(page);
  const headless = replay(inBrowser.link);
  expect(headless.steps).toBe(3);
  expect(inBrowser.weights).toEqual(headless.weights);
  expect(inBrowser.biases).toEqual(headless.biases);
});

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${width} px every formula of an inspected step fits its column, wrapped between terms`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await ready(page);
    const inspector = page.getByRole('region', { name: 'Step inspector' });
    await inspector.getByRole('button', { name: /Inspect one sample/ }).click();
    await expect(inspector.locator('.katex').first()).toBeVisible();
    const next = inspector.getByRole('button', { name: 'Next operation' });
    const wrapped: string[] = [];
    for (let op = 1; ; op++) {
      await expect(inspector.getByText(new RegExp(`Operation ${op} of`))).toBeVisible();
      await expect(inspector.locator('.si-math .katex').first()).toBeVisible();
      const boxes = await inspector.locator('.si-math').evaluateAll((els) =>
        els.map((el) => ({
          scroll: el.scrollWidth,
          width: el.clientWidth,
          tall: el.clientHeight,
        })),
      );
      for (const box of boxes)
        expect(box.scroll, `operation ${op}`).toBeLessThanOrEqual(box.width + 1);
      // A long sum with its numbers (layer 2's weighted input) takes more than one line.
      const rows = await inspector
        .locator('.si-tex-row')
        .evaluateAll((els) =>
          els.map((el) => el.getClientRects().length > 0 && el.clientHeight > 40),
        );
      if (rows.some(Boolean)) wrapped.push(`op ${op}`);
      if (await next.isDisabled()) break;
      await next.click();
    }
    expect(wrapped.length).toBeGreaterThan(0);
    // Beside the open inspector the graph's caption keeps one line (its buttons move below).
    const caption = (await page.locator('.ng-shape').boundingBox())!;
    expect(caption.height).toBeLessThan(24);
  });
}

test('the keyboard keeps its place: Enter on a start button lands on Next operation, Finish step back on the start button', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  const start = inspector.getByRole('button', { name: /Inspect next mini-batch/ });
  await start.focus();
  await page.keyboard.press('Enter');
  const next = inspector.getByRole('button', { name: 'Next operation' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inspector.getByText(/Operation 2 of/)).toBeVisible();
  await expect(next).toBeFocused();
  // Shift+Tab goes back to Previous operation, in the navigator (it went to the top of the page).
  await page.keyboard.press('Shift+Tab');
  await expect(inspector.getByRole('button', { name: 'Previous operation' })).toBeFocused();
  await inspector.getByRole('button', { name: 'Finish step' }).focus();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
  expect(await stepCount(page)).toBe(1);
  // One sample, started from its index field with Enter.
  const index = inspector.getByRole('spinbutton', { name: /sample/i });
  await index.focus();
  await page.keyboard.press('Enter');
  await expect(next).toBeFocused();
});

test('a mouse click elsewhere while the trace comes keeps the focus where the reader put it', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  await inspector.getByRole('button', { name: /Inspect next mini-batch/ }).click();
  await expect(inspector.getByRole('button', { name: 'Next operation' })).toBeVisible();
  const lr = page.getByRole('textbox', { name: 'Learning rate' });
  await lr.focus();
  await inspector.getByRole('button', { name: 'Finish step' }).dispatchEvent('click');
  await expect(inspector.getByRole('button', { name: /Inspect next mini-batch/ })).toBeVisible();
  await expect(lr).toBeFocused();
});

test('a copied link keeps the inspected operation: it opens on the same formula with the same numbers', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/#step=7&view=inspector&v=2');
  await ready(page);
  await expect(page.getByTestId('step-count')).toHaveText('7');
  await page.getByRole('button', { name: /Inspect next mini-batch/ }).click();
  const inspector = page.getByRole('region', { name: 'Step inspector' });
  for (let k = 0; k < 41; k++) await inspector.getByRole('button', { name: /Next/ }).click();
  await expect(inspector.getByText('Operation 42 of 106')).toBeVisible();
  const shown = await page.getByTestId('op-result').textContent();
  // The address names the step before the traced one and the operation from 1.
  const link = page.url().replace(/^.*#/, '');
  expect(decodeLink(link).config.open).toMatchObject({ step: 7, inspectOp: 42, view: 'inspector' });
  // Opened afresh (a new tab), the link traces that step again and goes to the operation.
  const other = await page.context().newPage();
  await other.goto(`/#${link}`);
  const again = other.getByRole('region', { name: 'Step inspector' });
  await expect(again.getByText('Operation 42 of 106')).toBeVisible({ timeout: 15_000 });
  await expect(other.getByTestId('op-result')).toHaveText(shown ?? '');
  // Finishing the step drops the operation from the address.
  await again.getByRole('button', { name: 'Finish step' }).click();
  await expect(other).toHaveURL(/step=8&view=inspector&v=2$/);
  expect(errors).toEqual([]);
});
