import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions of a page, collected from the start. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function stepCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('step-count').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

export async function trainLoss(page: Page): Promise<number> {
  const text = ((await page.getByTestId('train-loss').textContent()) ?? '').replace('−', '-');
  return Number(text);
}

/** Waits until the first snapshot has been drawn. */
export async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
}

export interface RunNumbers {
  steps: number;
  weights: number[][];
  biases: number[][];
}

/** The run's weights as the page exports them (the "Download weights" button). */
export async function downloadWeights(page: Page): Promise<RunNumbers & { link: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download weights' }).click(),
  ]);
  const path = await download.path();
  return JSON.parse(readFileSync(path, 'utf8')) as RunNumbers & { link: string };
}

/** `npm run replay` on a link, as a user would run it. */
export function replay(link: string, steps?: number): RunNumbers {
  const args = ['--import', 'tsx', 'src/cli/replay.ts', link];
  if (steps !== undefined) args.push('--steps', String(steps));
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as RunNumbers;
}
