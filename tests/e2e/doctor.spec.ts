import { expect, test } from '@playwright/test';
import { findLesson, lessonLink } from '../../src/lessons';
import { ready, watchErrors } from './helpers';

function link(lessonId: string, variantId: string): string {
  const lesson = findLesson(lessonId);
  const variant = lesson?.variants.find((v) => v.id === variantId);
  if (!lesson || !variant) throw new Error(`no lesson variant ${lessonId}/${variantId}`);
  return lessonLink(lesson, variant);
}

test.describe('loss-curve doctor', () => {
  test('names a first loss far from ln C, visibly and as a status with its numbers', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(`/#${link('softmax', 'large')}`);
    await ready(page);
    const hint = page.getByRole('status', { name: 'Loss curve doctor' });
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('First loss far from ln C');
    await expect(hint).toContainText('ln 3 = 1.1; it was 7.54');
    await expect(hint).toContainText('Use smaller initial weights.');
    await expect(hint).toHaveAttribute('aria-live', 'polite');
    expect(errors).toEqual([]);
  });

  test('names a diverging run while it plays, and says nothing on the default run', async ({
    page,
  }) => {
    await page.goto('/');
    await ready(page);
    const hint = page.getByRole('status', { name: 'Loss curve doctor' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByTestId('step-count')).not.toHaveText('0');
    await page.waitForTimeout(1500);
    await expect(hint).toHaveText('');

    await page.goto(`/#${link('learning-rate', 'large')}`);
    await page.reload();
    await ready(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(hint).toContainText('Diverging', { timeout: 20_000 });
    await expect(hint).toContainText('Use a smaller learning rate.');
    await expect(hint).toBeVisible();
  });
});
