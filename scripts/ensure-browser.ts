/**
 * Runs before the end-to-end tests (npm run test:e2e): makes sure a Chromium is there, so a
 * fresh machine either gets one or stops at once with one line on what to do — instead of
 * every browser test failing with "Executable doesn't exist".
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser, localSearch, NO_BROWSER, whenMissing } from './browser';

function playwrightPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

function main(): number {
  if (findBrowser(localSearch(playwrightPath()))) return 0;
  const plan = whenMissing({
    debianLike: existsSync('/etc/debian_version'),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
  });
  if (plan.action === 'stop') {
    console.error(plan.message);
    return 1;
  }
  console.log('No Chromium found; installing the Debian package (apt-get install -y chromium).');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const [command, ...args] = plan.command;
  const install =
    update.status === 0 ? spawnSync(command, args, { stdio: 'inherit', env }) : update;
  if (install.status === 0 && findBrowser(localSearch(playwrightPath()))) return 0;
  console.error(NO_BROWSER);
  return 1;
}

process.exitCode = main();
