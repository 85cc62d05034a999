import { existsSync } from 'node:fs';

/**
 * The Chromium or Chrome the browser tests drive. `CHROME_PATH` wins, so anyone can point the
 * tests at their own browser; otherwise the usual install locations are tried.
 */
export function chromePath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error('No Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  }
  return found;
}

/** Flags for a headless Chromium on a machine with no network beyond localhost. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
