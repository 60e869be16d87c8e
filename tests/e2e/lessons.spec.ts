import { expect, test, type Page } from '@playwright/test';
import { decodeLink } from '../../src/config/link';
import { LESSONS, findLesson, lessonLink, type Lesson } from '../../src/lessons';
import { formatCount } from '../../src/views/shared/format';
import { ready, trainLoss, watchErrors } from './helpers';

/** Opens a lesson variant the way a learner does: from the menu, or in the note when it is open. */
async function chooseVariant(page: Page, label: string): Promise<void> {
  const note = page.getByRole('complementary');
  const inNote = note.getByRole('button', { name: label, exact: true });
  if ((await note.count()) > 0 && (await inNote.count()) > 0) {
    await inNote.click();
    return;
  }
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Lessons', exact: true })
    .getByRole('button', { name: label, exact: true })
    .click();
}

/** Waits until the variant's run is ready at the step its link opens at. */
async function expectOpened(page: Page, lesson: Lesson, variantId: string): Promise<void> {
  const variant = lesson.variants.find((v) => v.id === variantId)!;
  const link = lessonLink(lesson, variant);
  await expect(page).toHaveURL(new RegExp(`#${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await ready(page);
  const step = decodeLink(link).config.open.step;
  await expect(page.getByTestId('step-count')).toHaveText(formatCount(step), { timeout: 20_000 });
  await expect(page.getByRole('complementary', { name: lesson.title })).toBeVisible();
  await expect(
    page.getByRole('complementary').getByRole('button', { name: variant.label, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
}

test.describe('lessons', () => {
  for (const [index, lesson] of LESSONS.entries()) {
    test(`lesson ${index + 1} (${lesson.title}): every variant opens at its step without a console error`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      await page.goto('/');
      await ready(page);
      for (const variant of lesson.variants) {
        await chooseVariant(page, variant.label);
        await expectOpened(page, lesson, variant.id);
      }
      expect(errors).toEqual([]);
    });
  }

  test('lesson 9: the too-large learning rate diverges after Play and the page says so', async ({
    page,
  }) => {
    const lesson = findLesson('learning-rate')!;
    const errors = watchErrors(page);
    await page.goto('/');
    await ready(page);
    await chooseVariant(page, 'η = 1 (too large)');
    await expectOpened(page, lesson, 'large');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Training diverged' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Try a lower learning rate');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible(); // paused again
    expect(errors).toEqual([]);
  });

  test('lesson 8: a shared link opens with its note and a first loss within 0.05 of ln 3', async ({
    page,
  }) => {
    const lesson = findLesson('softmax')!;
    const link = lessonLink(lesson, lesson.variants[0]);
    await page.goto(`/#${link}`);
    await ready(page);
    await expect(page.getByTestId('step-count')).toHaveText('0');
    expect(Math.abs((await trainLoss(page)) - Math.log(3))).toBeLessThan(0.05);
    await expect(page.getByRole('complementary', { name: lesson.title })).toContainText('ln 3');
  });

  test('the menu is keyboard accessible: Escape closes it and the focus returns to its button', async ({
    page,
  }) => {
    await page.goto('/');
    await ready(page);
    const button = page.getByRole('button', { name: 'Lessons', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Lessons', exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveCount(11);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('Tab past the last lesson closes the menu; Shift+Tab back to its button keeps it open', async ({
    page,
  }) => {
    await page.goto('/');
    await ready(page);
    const button = page.getByRole('button', { name: 'Lessons', exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Lessons', exact: true });
    await expect(dialog).toBeVisible();
    // The first variant has the focus; back to the close button, then to the menu's button.
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Close lessons' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(button).toBeFocused();
    await expect(dialog).toBeVisible();
    // From the last variant, Tab goes on to the page: the menu closes instead of covering it.
    await dialog.getByRole('button').last().focus();
    await page.keyboard.press('Tab');
    await expect(dialog).toBeHidden();
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(focused).not.toBe('BODY');
  });

  test('on a phone in Korean, the sticky header with a lesson note leaves most of the screen to the views', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const lesson = LESSONS[2];
    const link = lessonLink(lesson, lesson.variants[0]);
    await page.goto(`/#${link}&lang=ko`);
    const step = decodeLink(link).config.open.step;
    await expect(page.getByTestId('step-count')).toHaveText(formatCount(step), { timeout: 20_000 });
    const note = page.locator('header.app-header .lesson-note');
    await expect(note).toBeVisible();
    const header = await page.locator('header.app-header').boundingBox();
    // The note scrolls inside its box: its text is longer than the box shows.
    expect(await note.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(header!.height).toBeLessThanOrEqual(0.42 * 844);
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    test(`a shared lesson link at ${size.width}×${size.height} brings its view into sight below the header and its note`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      const lesson = findLesson('vanishing-gradients')!;
      const link = lessonLink(lesson, lesson.variants[0]);
      await page.goto(`/#${link}`);
      const step = decodeLink(link).config.open.step;
      await expect(page.getByTestId('step-count')).toHaveText(formatCount(step), {
        timeout: 20_000,
      });
      await expect(page.locator('header.app-header .lesson-note')).toBeVisible();
      const flow = page.getByRole('region', { name: 'Gradient flow' });
      // Its heading sits just below the sticky header (which holds the lesson's note), in sight.
      await expect
        .poll(async () => {
          const header = (await page.locator('header.app-header').boundingBox())!;
          const box = (await flow.boundingBox())!;
          return Math.round(box.y - (header.y + header.height));
        })
        .toBeGreaterThanOrEqual(0);
      const header = (await page.locator('header.app-header').boundingBox())!;
      const box = (await flow.boundingBox())!;
      expect(box.y - (header.y + header.height)).toBeLessThanOrEqual(24);
    });
  }

  test('a race lesson link opened afresh brings its race into sight, after the panels above it settle', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const lesson = findLesson('optimizers')!;
    const variant = lesson.variants.find((v) => v.race)!;
    const link = lessonLink(lesson, variant);
    await page.goto(`/#${link}`);
    const step = decodeLink(link).config.open.step;
    await expect(page.getByTestId('step-count')).toHaveText(formatCount(step), {
      timeout: 20_000,
    });
    // The race was scrolled to while the run opened; the panels above then drew and grew.
    const gap = async () => {
      const header = (await page.locator('header.app-header').boundingBox())!;
      const race = (await page.locator('.race-section').boundingBox())!;
      return Math.round(race.y - (header.y + header.height));
    };
    await expect.poll(gap).toBeGreaterThanOrEqual(0);
    await expect.poll(gap).toBeLessThanOrEqual(24);
  });
});
