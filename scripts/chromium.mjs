/**
 * The one description of how this project starts Chromium: Debian's /usr/bin/chromium unless
 * CHROME_PATH says otherwise (nothing here downloads a browser), and the flags it needs on these
 * machines (root, no GPU, a closed network). web-test-runner, check-chromium, the screenshot and
 * Storybook scripts all use it.
 */
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
