/**
 * Which Chromium the end-to-end tests drive, found without a download: the system's Chromium
 * or Chrome, then a path in CHROMIUM_PATH, then Playwright's own browser if it was installed.
 * Shared by playwright.config.ts and scripts/ensure-browser.ts, so both pick the same one.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Names the Debian, Ubuntu, Fedora and Google packages install on the PATH. */
const SYSTEM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

export interface BrowserSearch {
  /** Directories to look in, in order (the PATH). */
  pathDirs: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Where Playwright keeps its own Chromium (whether or not it was downloaded). */
  playwrightPath: string | null;
  exists: (path: string) => boolean;
}

export function findBrowser(search: BrowserSearch): string | null {
  for (const dir of search.pathDirs) {
    for (const name of SYSTEM_NAMES) {
      const candidate = join(dir, name);
      if (search.exists(candidate)) return candidate;
    }
  }
  const fromEnv = search.env.CHROMIUM_PATH;
  if (fromEnv && search.exists(fromEnv)) return fromEnv;
  if (search.playwrightPath && search.exists(search.playwrightPath)) return search.playwrightPath;
  return null;
}

/** The search on this machine. */
export function localSearch(playwrightPath: string | null): BrowserSearch {
  const pathDirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const dir of ['/usr/bin', '/usr/local/bin', '/snap/bin']) {
    if (!pathDirs.includes(dir)) pathDirs.push(dir);
  }
  return { pathDirs, env: process.env, playwrightPath, exists: existsSync };
}

/** What to do when no browser was found: install it, or stop with one line. */
export function whenMissing(machine: {
  debianLike: boolean;
  root: boolean;
}): { action: 'install'; command: string[] } | { action: 'stop'; message: string } {
  if (machine.debianLike && machine.root) {
    return { action: 'install', command: ['apt-get', 'install', '-y', 'chromium'] };
  }
  return { action: 'stop', message: NO_BROWSER };
}

/** The one line a machine without a browser (and no way to install one) gets. */
export const NO_BROWSER =
  'No Chromium found for the end-to-end tests: install it (e.g. `sudo apt-get install chromium`), ' +
  'set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.';
