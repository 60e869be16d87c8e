import { expect, test, type Page } from '@playwright/test';
import { findLesson, lessonLink } from '../../src/lessons';
import { ready, watchErrors } from './helpers';

function panel(page: Page) {
  return page.getByRole('region', { name: 'Computational graph' });
}

async function openPanel(page: Page): Promise<void> {
  const show = panel(page).getByRole('button', { name: 'Show' });
  if (await show.isVisible()) await show.click();
}

test('type an expression, step backward by button and key, share the link, reopen it there', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  await openPanel(page);
  const p = panel(page);
  const input = p.getByRole('textbox', { name: 'Expression' });
  await input.fill('(a + b) * c');
  await p.getByRole('textbox', { name: 'Value of a' }).fill('-3');
  await p.getByRole('textbox', { name: 'Value of b' }).fill('5');
  await p.getByRole('textbox', { name: 'Value of c' }).fill('-4');
  await expect(p.locator('[data-op="mul"] .sg-value')).toHaveText('−8');
  await expect(p.getByTestId('sg-position')).toHaveText('step 0 of 2');

  // The multiply gate: upstream 1, it swaps — a+b gets c = −4, c gets a+b = 2.
  await p.getByRole('button', { name: 'Backward step ›' }).click();
  await expect(p.getByTestId('sg-detail')).toContainText('multiply swaps');
  await expect(p.locator('[data-op="add"] .sg-grad')).toHaveText('∂ −4');
  await expect(p.locator('.sg-edge.sg-sent')).toHaveCount(2);
  // The add gate by key: both inputs get −4.
  await p.locator('.sg-canvas').press('ArrowRight');
  await expect(p.getByTestId('sg-position')).toHaveText('step 2 of 2');
  await expect(p.getByTestId('sg-detail')).toContainText('add distributes');
  await expect(p.locator('[data-op="var"] .sg-grad')).toHaveText(['∂ −4', '∂ −4', '∂ 2']);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const url = page.url();
  expect(url).toMatch(/view=graph&gx=[\w-]+&gv=[\w-]+&gb=2&v=2$/);

  const again = await context.newPage();
  const errorsAgain = watchErrors(again);
  await again.goto(url);
  const q = panel(again);
  await expect(q.getByRole('textbox', { name: 'Expression' })).toHaveValue('(a + b) * c');
  await expect(q.getByTestId('sg-position')).toHaveText('step 2 of 2');
  await expect(q.locator('[data-op="var"] .sg-grad')).toHaveText(['∂ −4', '∂ −4', '∂ 2']);
  expect(errors).toEqual([]);
  expect(errorsAgain).toEqual([]);
});

test('a bad expression shows its position while typing, and in a link opens a working page', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  await openPanel(page);
  const p = panel(page);
  await p.getByRole('textbox', { name: 'Expression' }).fill('(x+y))*z');
  await expect(p.getByRole('alert')).toContainText("unexpected ')' at 6");

  // (x+y))*z in base64url, opened in a fresh page.
  const linked = await page.context().newPage();
  const linkedErrors = watchErrors(linked);
  await linked.goto('/#view=graph&gx=KHgreSkpKno&v=1');
  await expect(linked.getByText("unexpected ')' at 6")).toBeVisible();
  await ready(linked);
  await expect(panel(linked).getByRole('textbox', { name: 'Expression' })).toHaveValue(
    '(x + y) * z',
  );
  expect(errors).toEqual([]);
  expect(linkedErrors).toEqual([]);
});

test('open a neuron of the network for the focus sample and for the inspected sample', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.locator('[data-node="2:1"]').first().click();
  await page.getByRole('button', { name: 'Open neuron as scalar graph' }).click();
  const p = panel(page);
  await expect(p).toContainText('Neuron 2 of layer 2 on the focus sample');
  await expect(p.locator('[data-op="sum"]')).toHaveCount(1);
  await expect(p.locator('[data-op="mul"]')).toHaveCount(4);
  // Walk it: activation, sum, then the four products.
  await p.getByRole('button', { name: 'All steps' }).click();
  await expect(p.getByTestId('sg-position')).toHaveText('step 6 of 6');

  await page.getByRole('button', { name: 'Step one operation' }).click();
  await expect(p).toContainText('the inspected sample');
  expect(errors).toEqual([]);
});

test('the lesson ends on the output neuron of its trained network', async ({ page }) => {
  const errors = watchErrors(page);
  const lesson = findLesson('computational-graph');
  const variant = lesson?.variants.find((v) => v.id === 'real-neuron');
  if (!lesson || !variant) throw new Error('lesson missing');
  await page.goto(`/#${lessonLink(lesson, variant)}`);
  await ready(page);
  const p = panel(page);
  await expect(p).toContainText('Neuron 1 of layer 3 (output) on the focus sample');
  await expect(p).toContainText('after 300 steps');
  await expect(p.locator('[data-op="loss"]')).toHaveCount(1);
  // The walk starts at the loss, and goes back through the activation (a → z → C).
  await expect(p).toContainText('to start at C with ∂C/∂C = 1');
  await p.getByRole('button', { name: /Backward step/ }).click();
  await p.getByRole('button', { name: /Backward step/ }).click();
  await expect(p.getByTestId('sg-detail')).toContainText('activation');
  await expect(p.getByTestId('sg-detail')).toContainText('upstream ∂C/∂');
  expect(errors).toEqual([]);
});

test('a graph wider than its panel follows the backward walk: each step’s node is in sight', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const lesson = findLesson('computational-graph')!;
  const variant = lesson.variants.find((v) => v.id === 'sigmoid-neuron')!;
  await page.goto(`/#${lessonLink(lesson, variant)}`);
  await ready(page);
  const canvas = panel(page).locator('.sg-canvas');
  // The written-out sigmoid neuron is wider than the panel: f sits beyond its right edge.
  expect(await canvas.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const inSight = () =>
    canvas.evaluate((el) => {
      const node = el.querySelector('.sg-current');
      if (!node) return false;
      const view = el.getBoundingClientRect();
      const box = node.getBoundingClientRect();
      return box.left >= view.left - 1 && box.right <= view.right + 1;
    });
  const step = panel(page).getByRole('button', { name: /Backward step/ });
  for (let k = 0; k < 8; k++) {
    await step.click();
    await expect.poll(inSight).toBe(true);
  }
});
