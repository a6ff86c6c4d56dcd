/**
 * Which Chromium the end-to-end tests drive, in this order: $CHROMIUM_PATH; Playwright's own
 * downloaded browser; the system Chromium. `.ci/run` installs the system package when none exists.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of a Chromium binary, or undefined to let Playwright use its own. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own here; fall through to the system one.
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  throw new Error(
    'No Chromium found. Run `npx playwright install chromium`, or install the system package (apt-get install chromium), or set CHROMIUM_PATH.',
  );
}

/** Launch options that work as root on a closed network. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
