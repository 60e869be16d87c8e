import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/** Opens the page with the intro dismissed (or shown) and waits for the first snapshot. */
async function open(page: Page, hash: string, options: { intro?: boolean } = {}): Promise<void> {
  if (!options.intro) {
    await page.addInitScript(() =>
      window.localStorage.setItem('backprop-lab:intro-dismissed', '1'),
    );
  }
  await page.goto('/' + hash);
}

/** The first snapshot is drawn: Play is enabled and the loss has a value. */
async function readyIn(page: Page, play: string): Promise<void> {
  await expect(page.getByRole('button', { name: play, exact: true })).toBeEnabled();
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
}

/**
 * Text that does not fit where it is: an element of the page's own frame (header, notices,
 * intro, settings, exports) reaching past the window's right edge, or a button or label whose
 * words are cut off inside it.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = document.querySelectorAll(
      '.app-header, .notices, .intro, .controls-panel, .exports',
    );
    const found: string[] = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || el.closest('[hidden], .sr-only')) continue;
        const name = `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
        if (box.right > window.innerWidth + 1) found.push(`${name} passes the right edge`);
        const clipped =
          (el.tagName === 'BUTTON' || el.tagName === 'LABEL' || el.tagName === 'SUMMARY') &&
          el.scrollWidth > el.clientWidth + 1;
        if (clipped) found.push(`${name} is cut off`);
      }
    }
    return found;
  });
}

test.describe('한국어 interface', () => {
  test('with lang=ko the transport, the learning rate and Copy link have Korean names', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, '#lang=ko&v=1');
    await readyIn(page, '재생');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const bar = page.getByRole('toolbar', { name: '학습 조작' });
    for (const name of ['재생', '한 단계', '초기화', '링크 복사']) {
      await expect(bar.getByRole('button', { name, exact: true })).toBeVisible();
    }
    const settings = page.getByRole('complementary', { name: '설정' });
    await expect(settings.getByRole('slider', { name: '학습률 슬라이더' })).toBeVisible();
    await expect(settings.getByRole('heading', { name: '학습', exact: true })).toBeVisible();
    await bar.getByRole('button', { name: '한 단계', exact: true }).click();
    await expect(page.getByTestId('step-count')).toHaveText('1');
    // The language stays in the address the run rewrites.
    expect(page.url()).toMatch(/[#&]lang=ko&.*v=1$|[#&]lang=ko&v=1$/);
    expect(errors).toEqual([]);
  });

  test('a hostile link’s message is in Korean', async ({ page }) => {
    await open(page, '#lang=ko&hide=%3Cscript%3E&lr=abc&h=4,x&v=1');
    const notice = page
      .getByRole('status')
      .filter({ hasText: '링크의 설정 중 일부를 사용할 수 없었습니다' });
    await expect(notice).toBeVisible();
    // A run setting's problem and a presentation key's problem, both said in Korean.
    await expect(notice).toContainText(
      "학습률 값 'abc'은(는) 숫자가 아닙니다. 0.03을(를) 사용합니다.",
    );
    await expect(notice).toContainText("2번째 은닉층 'x'은(는) 층으로 읽을 수 없습니다");
    await expect(notice).toContainText('중 하나가 아니어서 무시합니다');
    await expect(notice.getByRole('button', { name: /^닫기: / })).toBeVisible();
    // A bad lang= is said in the browser's language (English here) and the page still works.
    // A fresh load: a hash change alone lets the running page write its own lang=ko back
    // into the address before a reload could read lang=fr (a race this test used to lose).
    await page.goto('about:blank');
    await page.goto('/#lang=fr&v=1');
    await readyIn(page, 'Play');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText("lang: 'fr' is not one of en, ko; ignored")).toBeVisible();
  });

  test('the switch changes the language live, keeps the run and writes lang= into the address', async ({
    page,
  }) => {
    await open(page, '#v=1');
    await readyIn(page, 'Play');
    expect(page.url()).not.toContain('lang=');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByTestId('step-count')).toHaveText('2');
    const loss = await page.getByTestId('train-loss').textContent();

    const switcher = page.getByRole('group', { name: 'Language' });
    await switcher.getByRole('button', { name: '한국어' }).click();
    await expect(page.getByRole('button', { name: '재생', exact: true })).toBeVisible();
    await expect(
      page.getByRole('group', { name: '언어' }).getByRole('button', { name: '한국어' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveURL(/lang=ko/);
    // Not restarted: the same step and the same loss.
    await expect(page.getByTestId('step-count')).toHaveText('2');
    await expect(page.getByTestId('train-loss')).toHaveText(loss ?? '');

    // Keyboard: Tab reaches the switch and Enter switches back.
    await page
      .getByRole('group', { name: '언어' })
      .getByRole('button', { name: 'English' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByTestId('step-count')).toHaveText('2');
  });

  test('a lesson opened in Korean shows its note, with lang= kept in the address', async ({
    page,
  }) => {
    await open(page, '#lang=ko&v=1');
    await readyIn(page, '재생');
    await page.getByRole('button', { name: '실습', exact: true }).click();
    const menu = page.getByRole('dialog', { name: '실습' });
    await menu.locator('.lesson-variants button').first().click();
    await expect(page.locator('.lesson-note')).toContainText('실습 1');
    await expect(page.getByRole('button', { name: '본문 접기' })).toBeVisible();
    await expect(page).toHaveURL(/lang=ko/);
  });

  test.describe('with a Korean browser', () => {
    test.use({ locale: 'ko-KR' });
    test('a link without lang= follows the browser and keeps the address free of lang=', async ({
      page,
    }) => {
      await open(page, '#v=1');
      await readyIn(page, '재생');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      expect(page.url()).not.toContain('lang=');
    });
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`layout in Korean at ${size.width}×${size.height}: nothing overflows, the transport fits`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await open(page, '#lang=ko&v=1', { intro: true });
      await readyIn(page, '재생');
      await expect(page.getByRole('button', { name: '알겠습니다' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.width,
      );
      expect(await overflowing(page)).toEqual([]);
      const bar = page.getByRole('toolbar', { name: '학습 조작' });
      for (const name of ['재생', '한 단계', '초기화', '링크 복사']) {
        const b = await bar.getByRole('button', { name, exact: true }).boundingBox();
        expect(b && b.x >= 0 && b.x + b.width <= size.width, `${name} fits the screen`).toBe(true);
      }
      // The header stays one row on a wide screen, and at most three rows on a phone.
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height).toBeLessThan(size.width > 1000 ? 60 : 150);
    });
  }
});

/**
 * What does not fit in Korean: the page wider than the window, or an element of a panel (or
 * of the header, the notices, a dialog) reaching past that panel's sides. Elements inside a
 * scroll box, hidden ones and screen-reader text are skipped: they do not push anything out.
 */
async function spills(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.scrollWidth;
    if (width > window.innerWidth) found.push(`the page is ${width} px wide`);
    const boxes = document.querySelectorAll<HTMLElement>(
      '.panel, .app-header, .notices, [role=dialog]',
    );
    for (const box of boxes) {
      const edge = box.getBoundingClientRect();
      if (edge.width === 0) continue;
      for (const el of box.querySelectorAll<Element>('*')) {
        const b = el.getBoundingClientRect();
        if (b.width === 0 || el.closest('[hidden], .sr-only')) continue;
        if (getComputedStyle(el).visibility === 'hidden') continue;
        let scrolled = false;
        for (let p = el.parentElement; p && p !== box; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') scrolled = true;
        }
        if (scrolled || (b.right <= edge.right + 1 && b.left >= edge.left - 1)) continue;
        const text = (el.textContent ?? '').trim().slice(0, 30).trim();
        found.push(
          `${box.getAttribute('aria-label') ?? box.className}: ${el.tagName.toLowerCase()} “${text}” spills`,
        );
      }
    }
    return found;
  });
}

/** The views in Korean, each opened by a link and, where it takes one, an action. */
const KOREAN_VIEWS: { name: string; hash: string; act?: (page: Page) => Promise<void> }[] = [
  {
    name: 'loss chart with change markers, gradient flow, output map, exports',
    hash: '#lang=ko&step=300&ch=100_lr_0.1,200_reg_l2,200_lambda_0.001,250_s_4.9&v=1',
    act: async (page) => {
      await expect(page.getByTestId('step-count')).toHaveText('300', { timeout: 30_000 });
      await expect(page.locator('.loss-marker text').first()).toHaveText('η=0.1');
      await expect(page.locator('.loss-marker text').nth(1)).toHaveText('정규화=l2, λ=0.001');
    },
  },
  {
    name: 'optimizer race with a refused setting',
    hash: '#lang=ko&race=rosenbrock&rfrom=-1.5,2&rr=sgd,lr_0.001;momentum,lr_0.0005;adam,lr_500&rstep=100&v=1',
    act: async (page) => {
      const race = page.getByRole('region', { name: '옵티마이저 경주' });
      await race.scrollIntoViewIfNeeded();
      await expect(race.getByRole('button', { name: '경주 재생' })).toBeVisible();
    },
  },
  {
    name: 'computational graph (lesson 10)',
    hash: '#lang=ko&view=graph&v=1',
    act: async (page) => {
      await expect(page.getByRole('region', { name: '계산 그래프' })).toBeVisible();
    },
  },
  {
    name: 'loss landscape, computed',
    hash: '#lang=ko&seed=4&ds=spiral&n=200&test=0&h=6t&out=softmax&loss=cce&opt=adam&lr=0.01&step=20&v=1',
    act: async (page) => {
      const panel = page.getByRole('region', { name: '손실 지형' });
      await panel.scrollIntoViewIfNeeded();
      await panel.getByRole('button', { name: '손실 지형 계산' }).click();
      await expect(panel.locator('.landscape-map')).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: 'digits',
    hash: '#lang=ko&ds=digits&n=500&test=0.2&px=28&h=16r&out=softmax&loss=cce&opt=adam&lr=0.01&step=10&v=1',
    act: async (page) => {
      await expect(page.getByTestId('step-count')).toHaveText('10', { timeout: 30_000 });
    },
  },
  {
    name: 'lessons menu',
    hash: '#lang=ko&v=1',
    act: async (page) => {
      await page.getByRole('button', { name: '실습', exact: true }).click();
      await expect(page.getByRole('dialog', { name: '실습' })).toBeVisible();
    },
  },
  {
    name: 'a hostile link’s notice',
    hash: '#lang=ko&hide=%3Cscript%3E&lr=abc&h=4,x&v=1',
    act: async (page) => {
      await expect(page.getByText('링크의 설정 중 일부를 사용할 수 없었습니다')).toBeVisible();
    },
  },
];

test.describe('every view in Korean fits its panel', () => {
  test('the check finds a label that spills out of its panel', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '#lang=ko&v=1');
    await readyIn(page, '재생');
    expect(await spills(page)).toEqual([]);
    await page.evaluate(() => {
      const label = document.createElement('span');
      label.textContent = '학습 손실 학습 손실 학습 손실 학습 손실 학습 손실 학습 손실';
      label.style.whiteSpace = 'nowrap';
      const panel = document.querySelector('.loss-panel');
      panel?.append(label);
      // 4 px past the panel's edge, within the page, whatever the font: Chromium 156 draws
      // Hangul without a Korean font 7 px wide, where this line fits a phone's panel.
      label.style.display = 'inline-block';
      const room = (panel?.getBoundingClientRect().right ?? 0) - label.getBoundingClientRect().left;
      label.style.width = `${room + 4}px`;
    });
    expect(await spills(page)).toEqual([
      '손실: span “학습 손실 학습 손실 학습 손실 학습 손실 학습 손실” spills',
    ]);
  });

  for (const size of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    for (const view of KOREAN_VIEWS) {
      test(`${view.name} at ${size.width} px`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.setViewportSize(size);
        await open(page, view.hash);
        await readyIn(page, '재생');
        await view.act?.(page);
        expect(await spills(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});

test('a live change gets a Korean marker, and the switch re-words the markers on the curve', async ({
  page,
}) => {
  await open(page, '#lang=ko&step=20&v=1');
  await readyIn(page, '재생');
  await expect(page.getByTestId('step-count')).toHaveText('20');
  const settings = page.getByRole('complementary', { name: '설정' });
  await settings.getByRole('combobox', { name: '정규화', exact: true }).selectOption('l2');
  await page.getByRole('button', { name: '한 단계', exact: true }).click();
  const label = page.locator('.loss-marker text').first();
  await expect(label).toHaveText('정규화=l2');
  await page.getByRole('group', { name: '언어' }).getByRole('button', { name: 'English' }).click();
  await expect(label).toHaveText('regularization=l2');
  await expect(page.locator('.loss-marker title').first()).toHaveText('Step 20: regularization=l2');
});
