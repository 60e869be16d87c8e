import { expect, test, type Page } from '@playwright/test';
import { hostileLink } from '../fixtures/hostileLinks';
import { stepCount, watchErrors } from './helpers';

const HOSTILE_IN_BROWSER = 200;

/** Ready (Play enabled) or failed (an alert), watched frame by frame in the page itself. */
async function waitForRunOrFailure(page: Page): Promise<'ready' | 'failed'> {
  const handle = await page.waitForFunction(
    () => {
      const play = [...document.querySelectorAll('button')].find((b) => b.textContent === '▶');
      if (document.querySelector('[role=alert]')) return 'failed';
      return play && !(play as HTMLButtonElement).disabled ? 'ready' : false;
    },
    null,
    { polling: 'raf', timeout: 20_000 },
  );
  return (await handle.jsonValue()) as 'ready' | 'failed';
}

/**
 * Waits until the step counter passes `before`, or the page says the step diverged (a
 * hostile learning rate may do that at once: the run pauses with its message).
 */
async function waitForStepAbove(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const text = document.querySelector('[data-testid=step-count]')?.textContent ?? '';
      const diverged = [...document.querySelectorAll('.notice')].some((el) =>
        /diverg|not finite|overflow/i.test(el.textContent ?? ''),
      );
      return Number(text.replace(/\D/g, '')) > n || diverged;
    },
    before,
    { polling: 'raf', timeout: 20_000 },
  );
}

test('the built site runs under its Content-Security-Policy without a violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Refused to ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const errors = watchErrors(page);
  await page.goto('/#ds=digits&n=100&h=8r&out=softmax&loss=cce&v=1');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled({
    timeout: 30_000,
  });
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await step.click();
  await expect.poll(() => stepCount(page)).toBe(2);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  // An inline script is refused: the policy is really in force.
  const inlineRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.head.append(script);
    return document.body.dataset.inlineRan === 'yes';
  });
  expect(inlineRan).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  errors.length = 0;
});

test('399 000 commas in ch= open in a couple of seconds with a short list', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const start = Date.now();
  await page.goto(`/#ch=${','.repeat(399_000)}&v=1`);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const took = Date.now() - start;
  test.info().annotations.push({ type: 'ready after', description: `${took} ms` });
  // Under 2 s on an idle machine; generous here, as the machine is shared (it was 50 s).
  expect(took).toBeLessThan(8000);
  await expect(
    page.locator('.notice li, .notice p').filter({ hasText: '…and 981 more' }),
  ).toHaveCount(1);
  const step = page.getByRole('button', { name: 'Step', exact: true });
  const before = await stepCount(page);
  const clicked = Date.now();
  await step.click();
  await expect.poll(() => stepCount(page)).toBe(before + 1);
  expect(Date.now() - clicked).toBeLessThan(3000);
  expect(errors).toEqual([]);
});

test(`${HOSTILE_IN_BROWSER} hostile links leave the page usable`, async ({ page }) => {
  test.setTimeout(600_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const step = page.getByRole('button', { name: 'Step', exact: true });
  let started = 0;
  for (let k = 0; k < HOSTILE_IN_BROWSER; k++) {
    const link = hostileLink(50_000 + k);
    // One page for all: the address bar's hash opens each link, as pasting it would. The
    // notices of the link before are dismissed first, as a reader would.
    await page.evaluate(
      (hash) =>
        new Promise<void>((resolve) => {
          document
            .querySelectorAll<HTMLButtonElement>('button[aria-label^="Dismiss"]')
            .forEach((b) => b.click());
          // Wait for the page to start the new run (hashchange is asynchronous), so the
          // checks below never see the run before.
          window.addEventListener('hashchange', () => requestAnimationFrame(() => resolve()), {
            once: true,
          });
          setTimeout(resolve, 1000);
          window.location.hash = hash;
        }),
      link,
    );
    const outcome = await waitForRunOrFailure(page);
    // One notice per kind at most: the link's problems, the run's warnings or failure, and a
    // divergence. (Issue 8 asks for one in all; merging the kinds is not done yet.)
    expect(await page.locator('.notice').count(), link).toBeLessThanOrEqual(3);
    if (outcome === 'ready') {
      started++;
      const before = await stepCount(page);
      await step.click();
      await waitForStepAbove(page, before);
      if (k % 20 === 0) {
        await page.getByRole('button', { name: 'Play', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
        await page.getByRole('button', { name: 'Pause', exact: true }).click();
        await page.getByRole('button', { name: 'Reset', exact: true }).click();
        await expect.poll(() => stepCount(page), { message: link }).toBe(0);
      }
    }
    expect(errors, link).toEqual([]);
  }
  expect(started).toBeGreaterThan(HOSTILE_IN_BROWSER / 2);
});
