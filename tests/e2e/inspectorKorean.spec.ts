import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdsSentence } from '../unit/i18n/scanText';
import { watchErrors } from './helpers';

/**
 * The step inspector with the page in Korean: walking a step's operations (forward, loss,
 * backward, gradients, update, and batch norm's four), every sentence of the current operation
 * (its heading, explanation, the captions beside its formulas, its notes, the terms table's
 * caption) is Korean, with no English sentence left, and the page logs no error.
 */

const HANGUL = /[가-힣]/;

async function openInspector(page: Page, hash: string): Promise<Locator> {
  await page.addInitScript(() => window.localStorage.setItem('backprop-lab:intro-dismissed', '1'));
  await page.goto('/' + hash);
  await expect(page.getByRole('button', { name: '재생', exact: true })).toBeEnabled();
  await page
    .getByRole('button', { name: /다음 미니배치 살펴보기/ })
    .first()
    .click();
  const detail = page.getByRole('article', { name: '현재 연산' });
  await expect(detail).toBeVisible();
  return detail;
}

/** The words of the current operation, read from the page. */
async function sentences(detail: Locator): Promise<string[]> {
  const read = (selector: string) => detail.locator(selector).allInnerTexts();
  const texts = [
    ...(await read('h3')),
    ...(await read('.si-explain')),
    ...(await read('.si-caption')),
    ...(await read('.si-notes li')),
    ...(await read('.si-terms figcaption')),
    ...(await read('.si-picker label > span')),
  ];
  return texts.map((t) => t.trim()).filter((t) => t !== '');
}

/** Opens the operation whose timeline chip matches `title` and checks its words. */
async function expectKoreanAt(page: Page, detail: Locator, title: RegExp): Promise<void> {
  const timeline = page.getByRole('navigation', { name: '이 스텝의 모든 연산' });
  // A chip is named "연산 12: <its heading>, <its samples>".
  const chip = new RegExp(`^연산 \\d+: ${title.source.replace(/^\^/, '')}`);
  await timeline.getByRole('button', { name: chip }).first().click();
  await expect(detail.locator('h3')).toHaveText(title);
  const texts = await sentences(detail);
  expect(texts.length, String(title)).toBeGreaterThan(2);
  for (const text of texts) {
    expect(text, String(title)).toMatch(HANGUL);
    expect(holdsSentence(text), `${String(title)}: ${text}`).toBe(false);
  }
}

test('the step inspector walks a step in Korean: forward, loss, backward, gradients, update', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const detail = await openInspector(page, '#lang=ko&v=1');
  await expectKoreanAt(page, detail, /^순전파 · 은닉층 1 · 가중 입력 a⁽¹⁾/);
  await expectKoreanAt(page, detail, /^순전파 · 은닉층 2 · 활성화 z⁽²⁾/);
  await expectKoreanAt(page, detail, /^손실 · 이 샘플의 비용 C/);
  await expectKoreanAt(page, detail, /^역전파 · 출력 델타 δ⁽³⁾/);
  await expectKoreanAt(page, detail, /^역전파 · 은닉층 1 · 델타 δ⁽¹⁾/);
  await expectKoreanAt(page, detail, /^기울기 · 2층/);
  await expectKoreanAt(page, detail, /^업데이트 · 1층 · SGD/);
  // The update's explanation, with the layer in it.
  await expect(detail.locator('.si-explain')).toContainText('SGD 옵티마이저가 1층의');
  await expect(detail.locator('.si-notes')).toContainText('학습률 η = ');
  expect(errors).toEqual([]);
});

test('batch norm’s operations in Korean (h=6t_n)', async ({ page }) => {
  const errors = watchErrors(page);
  const detail = await openInspector(page, '#lang=ko&v=1&h=6t_n');
  await expectKoreanAt(page, detail, /^배치 정규화 · 은닉층 1 · 배치의 μ_B와 σ²_B/);
  await expectKoreanAt(page, detail, /^배치 정규화 · 은닉층 1 · â와 y⁽¹⁾ = γ·â \+ β/);
  await expectKoreanAt(page, detail, /^순전파 · 은닉층 1 · 활성화 z⁽¹⁾ = h\(y⁽¹⁾\)/);
  await expectKoreanAt(page, detail, /^역전파 · 은닉층 1 · 배치 정규화에 도착하는/);
  await expectKoreanAt(page, detail, /^배치 정규화 · 은닉층 1 · ∂C\/∂γ와 ∂C\/∂β/);
  await expectKoreanAt(page, detail, /^배치 정규화 · 은닉층 1 · â, σ²_B, μ_B를 거친 δ⁽¹⁾/);
  await expectKoreanAt(page, detail, /^업데이트 · 1층/);
  await expect(detail.locator('.si-notes')).toContainText('배치 정규화의 β가 그 역할을 맡습니다');
  expect(errors).toEqual([]);
});
