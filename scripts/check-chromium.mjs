#!/usr/bin/env node
// Fails fast, with one clear sentence, when no Chromium is available for the browser tests.
// Nothing in this project downloads a browser: use $CHROME_PATH or the system's /usr/bin/chromium.
import {accessSync, constants, statSync} from 'node:fs';
import {executablePath} from './chromium.mjs';

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

// The same choice web-test-runner.config.mjs makes: $CHROME_PATH when set, else /usr/bin/chromium.
// (A set but wrong $CHROME_PATH fails here rather than later inside puppeteer.)
if (!isExecutableFile(executablePath)) {
  console.error(
    'Chromium was not found: install it with "apt-get install -y chromium" or set CHROME_PATH to a Chromium/Chrome binary.',
  );
  process.exit(1);
}
