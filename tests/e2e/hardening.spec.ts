import { expect, test, type Page } from '@playwright/test';
import { hostileLink } from '../fixtures/hostileLinks';
import { OPTIMIZERS } from '../../src/core/choices/optimizers';
import { downloadWeights, ready, replay, stepCount, trainLoss, watchErrors } from './helpers';

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
  console.warn(`399 000 commas: ready after ${took} ms`);
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

/**
 * Opens one link on the open page and uses it as a learner would: Play, Step and Reset.
 * Runs inside the page (one round trip per link instead of dozens), clicking the real buttons
 * and polling once a frame; rejects with what did not work.
 */
async function useLink(hash: string): Promise<{ notices: number; ms: number; phases: string }> {
  const started = performance.now();
  const marks: string[] = [];
  let last = started;
  const mark = (what: string): void => {
    const now = performance.now();
    marks.push(`${what} ${Math.round(now - last)}`);
    last = now;
  };
  const button = (name: string): HTMLButtonElement | null =>
    document.querySelector<HTMLButtonElement>(`.transport button[aria-label="${name}"]`);
  const steps = (): number =>
    Number(
      (document.querySelector('[data-testid="step-count"]')?.textContent ?? '').replace(/\D/g, ''),
    );
  const until = (what: string, done: () => boolean, ms = 15_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const end = performance.now() + ms;
      const look = (): void => {
        if (done()) resolve();
        else if (performance.now() > end) reject(new Error(`gave up waiting: ${what}`));
        else requestAnimationFrame(look);
      };
      look();
    });
  const enabled = (name: string) => (): boolean => button(name)?.disabled === false;
  for (const b of document.querySelectorAll<HTMLButtonElement>('.notices > .notice button'))
    b.click();
  // The page starts the link's run on 'hashchange' (none comes when the hash is unchanged);
  // two frames later the transport shows that run, not the one before.
  const changed = new Promise<void>((resolve) => {
    window.addEventListener('hashchange', () => resolve(), { once: true });
    setTimeout(resolve, 500);
  });
  window.location.hash = hash;
  await changed;
  mark('hash');
  for (let k = 0; k < 2; k++) await new Promise((resolve) => requestAnimationFrame(resolve));
  // A link that opens at a later step trains up to it; the learner may stop that.
  const stopHere = (): HTMLButtonElement | undefined =>
    [...document.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent === 'Stop here',
    );
  await until('Play or Stop here', () => enabled('Play')() || stopHere() !== undefined);
  stopHere()?.click();
  await until('Play enabled', enabled('Play'));
  mark('ready');
  const notices = document.querySelectorAll('.notices > .notice').length;
  const before = steps();
  button('Step')!.click();
  // A step either trains or reports a divergence (the network is kept as before it).
  await until(
    'a step',
    () =>
      steps() > before || /diverged/.test(document.querySelector('.notices')?.textContent ?? ''),
  );
  mark('step');
  button('Play')!.click();
  await until('Pause shown', () => button('Pause') !== null);
  button('Pause')!.click();
  await until('Play shown', () => button('Play') !== null);
  mark('play');
  button('Reset')!.click();
  // Reset starts the run again at step 0 (the next link replaces it; the last is awaited).
  await until('step 0 after Reset', () => steps() === 0);
  mark('reset');
  return { notices, ms: performance.now() - started, phases: marks.join(', ') };
}

test('200 hostile links: the page stays usable, with at most one notice and no uncaught error', async ({
  page,
}) => {
  // Each link starts two runs; on a 2-core machine shared with a load average of 25 that took
  // 1.8 s a link (164 links in 300 s), far less on an idle one.
  test.setTimeout(480_000);
  const errors = watchErrors(page);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await page.goto('/');
  await expect(play).toBeEnabled({ timeout: 30_000 });
  const started = Date.now();
  let slowest = 0;
  for (let seed = 0; seed < Number(process.env.HOSTILE_COUNT ?? 200); seed++) {
    const link = hostileLink(seed);
    const where = `link ${seed}: #${link.slice(0, 300)}`;
    const result = await page.evaluate(useLink, link).catch((e: Error) => {
      throw new Error(`${where}: ${e.message}`);
    });
    expect(result.notices, where).toBeLessThanOrEqual(1);
    slowest = Math.max(slowest, result.ms);
    if (process.env.HOSTILE_TIMES) console.warn(seed, Math.round(result.ms), result.phases);
  }
  // The same with Playwright's own clicks on the last link (visible, hit-testable buttons).
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBe(0);
  await expect(play).toBeEnabled();
  const took = Date.now() - started;
  test.info().annotations.push({
    type: '200 links',
    description: `${took} ms in all, slowest link ${Math.round(slowest)} ms`,
  });
  console.warn(`200 hostile links: ${took} ms in all, slowest link ${Math.round(slowest)} ms`);
  expect(errors).toEqual([]);
});

test('a worker that dies mid-run is replaced: same run, same step, same change log, same bits', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A learning-rate change logged at step 20, so the restart must replay it.
  await page.goto('/#ds=xor&n=200&h=6t,4t&lr=0.05&ch=20_lr_0.2&v=1');
  await ready(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepCount(page), { timeout: 30_000 }).toBeGreaterThan(40);
  const training = page.workers().find((w) => /worker/.test(w.url()));
  if (!training) throw new Error('no training worker');
  // The worker fails while the run plays: an uncaught error, as a crash would be.
  await training.evaluate(() => {
    setTimeout(() => {
      throw new Error('test: the worker failed');
    });
  });
  const notice = page.locator('.notices > .notice', { hasText: 'The training worker stopped' });
  await expect(notice).toBeVisible();
  const said = /again up to step (\d+)/.exec((await notice.textContent()) ?? '');
  if (!said) throw new Error(`the notice names no step: ${await notice.textContent()}`);
  const shown = Number(said[1]);
  expect(shown).toBeGreaterThan(40);
  // The new worker trains the run again up to that step, then waits.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled({
    timeout: 60_000,
  });
  await expect.poll(() => stepCount(page)).toBe(shown);
  const link = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(link).toContain('ch=20_lr_0.2');
  expect(link).toContain(`step=${shown}`);
  const page_ = await downloadWeights(page);
  expect(page_.steps).toBe(shown);
  const cli = replay(link);
  expect(cli.steps).toBe(shown);
  expect(page_.weights).toEqual(cli.weights);
  expect(page_.biases).toEqual(cli.biases);
  // And training goes on from there.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => stepCount(page)).toBe(shown + 1);
});

test('divergence in the middle of a run, for every optimizer: paused with its message, Reset recovers', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  for (const opt of OPTIMIZERS) {
    // At step 30 an output weight becomes 10³⁰⁰: the squared error of that step overflows.
    await page.goto(`/#ds=plane&h=4t&out=linear&loss=mse&opt=${opt}&ch=30_w2.0.0_1e300&v=1`);
    await ready(page);
    await play.click();
    const diverged = page.locator('.notices > .notice', { hasText: 'Training diverged' });
    await expect(diverged, opt).toBeVisible({ timeout: 30_000 });
    await expect(diverged, opt).toContainText('At step 30');
    await expect(diverged, opt).toContainText('the loss is not a finite number');
    await expect(play, opt).toBeVisible();
    // Paused, not stepping on: the count stays at the last good step.
    await expect.poll(() => stepCount(page), { message: opt }).toBe(30);
    await page.waitForTimeout(300);
    expect(await stepCount(page), opt).toBe(30);
    // Reset starts over without the change log: it trains past step 30 with a finite loss.
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => stepCount(page), { message: opt }).toBe(0);
    await ready(page);
    await play.click();
    await expect.poll(() => stepCount(page), { message: opt, timeout: 30_000 }).toBeGreaterThan(40);
    await pause.click();
    expect(Number.isFinite(await trainLoss(page)), opt).toBe(true);
    expect(await page.locator('.notices > .notice', { hasText: 'Training diverged' }).count()).toBe(
      1,
    );
  }
  expect(errors).toEqual([]);
});

/** A CDP client for the page's dedicated worker, through the page's session (Target domain). */
async function workerHeapProbe(
  page: Page,
): Promise<() => Promise<{ page: number; worker: number }>> {
  const cdp = await page.context().newCDPSession(page);
  let sessionId = '';
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessionId = event.sessionId;
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  await expect.poll(() => sessionId).not.toBe('');
  const inWorker = (method: string): Promise<unknown> => {
    const id = nextId++;
    const answered = new Promise<unknown>((resolve) => waiting.set(id, resolve));
    void cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params: {} }),
    });
    return answered;
  };
  /** JS heap in use after a full collection, of the page and of the worker, in bytes. */
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await inWorker('HeapProfiler.collectGarbage');
    const pageHeap = await cdp.send('Runtime.getHeapUsage');
    const workerHeap = (await inWorker('Runtime.getHeapUsage')) as { usedSize: number };
    expect(workerHeap.usedSize).toBeGreaterThan(0);
    return { page: pageHeap.usedSize, worker: workerHeap.usedSize };
  };
}

test('10⁶ training steps: the JS heap of page and worker grows by at most 5 MB', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto('/#ds=gate-xor&h=3t&batch=4&v=1');
  await ready(page);
  await page.locator('.transport select').selectOption('max');
  const heap = await workerHeapProbe(page);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  // A first stretch fills the histories' and pools' steady sizes.
  await play.click();
  await expect.poll(() => stepCount(page), { timeout: 60_000 }).toBeGreaterThan(20_000);
  await pause.click();
  const before = await heap();
  const started = Date.now();
  await play.click();
  // Play stops by itself at the step limit, 10⁶.
  await expect.poll(() => stepCount(page), { timeout: 540_000, intervals: [2000] }).toBe(1_000_000);
  const after = await heap();
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(2);
  const growth = (after.page + after.worker - before.page - before.worker) / 2 ** 20;
  const note =
    `${((Date.now() - started) / 1000).toFixed(0)} s; page ${mb(before.page)} → ${mb(after.page)} MB, ` +
    `worker ${mb(before.worker)} → ${mb(after.worker)} MB, growth ${growth.toFixed(2)} MB`;
  test.info().annotations.push({ type: '10⁶ steps', description: note });
  console.warn(`10⁶ steps: ${note}`);
  expect(growth).toBeLessThanOrEqual(5);
});
