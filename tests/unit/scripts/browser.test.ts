import { describe, expect, it } from 'vitest';
import { findBrowser, NO_BROWSER, whenMissing } from '../../../scripts/browser';

const search = (
  files: string[],
  env: Record<string, string> = {},
  playwright: string | null = null,
) => ({
  pathDirs: ['/usr/local/bin', '/usr/bin'],
  env,
  playwrightPath: playwright,
  exists: (path: string) => files.includes(path),
});

describe('finding a browser for the end-to-end tests', () => {
  it('prefers the system Chromium or Chrome, in PATH order', () => {
    expect(findBrowser(search(['/usr/bin/chromium', '/usr/local/bin/google-chrome']))).toBe(
      '/usr/local/bin/google-chrome',
    );
    expect(findBrowser(search(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c/chrome' }))).toBe(
      '/usr/bin/chromium',
    );
  });

  it('then CHROMIUM_PATH, then Playwright’s own browser when it was downloaded', () => {
    const pw = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    expect(findBrowser(search(['/opt/c/chrome', pw], { CHROMIUM_PATH: '/opt/c/chrome' }, pw))).toBe(
      '/opt/c/chrome',
    );
    expect(findBrowser(search([pw], { CHROMIUM_PATH: '/opt/missing' }, pw))).toBe(pw);
    expect(findBrowser(search([], {}, pw))).toBeNull();
  });

  it('installs the Debian package only as root on Debian or Ubuntu, else stops with one line', () => {
    expect(whenMissing({ debianLike: true, root: true })).toEqual({
      action: 'install',
      command: ['apt-get', 'install', '-y', 'chromium'],
    });
    for (const machine of [
      { debianLike: true, root: false },
      { debianLike: false, root: true },
    ]) {
      expect(whenMissing(machine)).toEqual({ action: 'stop', message: NO_BROWSER });
    }
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toMatch(/CHROMIUM_PATH/);
  });
});
