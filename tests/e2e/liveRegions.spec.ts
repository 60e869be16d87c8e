import { expect, test, type Page } from '@playwright/test';
import { ready } from './helpers';

/**
 * Counts, while the run plays, the changes inside every live region a screen reader would
 * announce: <output> and role=status elements (polite unless aria-live="off"), and anything
 * under an explicit aria-live other than off. A training run changes dozens of numbers many
 * times a second; announcing them floods the reader, who can still read each one on demand.
 */
async function announcedWhilePlaying(page: Page, ms: number): Promise<Record<string, number>> {
  await page.evaluate(() => {
    const counts: Record<string, number> = {};
    (window as unknown as { __announced: Record<string, number> }).__announced = counts;
    const liveOf = (node: Node | null): Element | null => {
      for (
        let el = node instanceof Element ? node : (node?.parentElement ?? null);
        el;
        el = el.parentElement
      ) {
        const live = el.getAttribute('aria-live');
        if (live !== null) return live === 'off' ? null : el;
        if (el.tagName === 'OUTPUT' || el.getAttribute('role') === 'status') return el;
      }
      return null;
    };
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} in ${
        el.closest('[aria-label]')?.getAttribute('aria-label') ??
        el.closest('section,header')?.className ??
        '?'
      }`;
    new MutationObserver((records) => {
      for (const r of records) {
        const live = liveOf(r.target);
        if (live) counts[name(live)] = (counts[name(live)] ?? 0) + 1;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(ms);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return page.evaluate(
    () => (window as unknown as { __announced: Record<string, number> }).__announced,
  );
}

test('playing announces nothing: the numbers that change with every snapshot are no live regions', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('backprop-lab:intro-dismissed', '1'));
  await page.goto('/#v=2');
  await ready(page);
  await page.getByLabel('Speed').selectOption({ index: 2 });
  const announced = await announcedWhilePlaying(page, 2500);
  expect(announced).toEqual({});
});

test('digits: the confusion matrix and the class bars do not announce each evaluation', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => window.localStorage.setItem('backprop-lab:intro-dismissed', '1'));
  await page.goto('/#ds=digits&h=32r&out=softmax&loss=ce&batch=32&v=2');
  await ready(page);
  const announced = await announcedWhilePlaying(page, 3000);
  expect(announced).toEqual({});
});
