#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/, `npm run build-storybook`) in
// Debian's Chromium (CHROME_PATH overrides) and fails on any console error, page error or failed
// request, or a story whose element did not render. With --screenshots[=DIR] it also writes one
// PNG per element (its first story) in the light, dark and partner themes.
//   node scripts/check-storybook.mjs [--dir=storybook-static] [--screenshots[=screenshots/storybook]]
/* global document, customElements */
import {createReadStream} from 'node:fs';
import {mkdir, readFile, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, executablePath} from './chromium.mjs';

const arg = name => process.argv.find(a => a === `--${name}` || a.startsWith(`--${name}=`));
const value = (name, fallback) => arg(name)?.split('=')[1] ?? fallback;
const dir = path.resolve(value('dir', 'storybook-static'));
const shots = arg('screenshots') ? value('screenshots', 'screenshots/storybook') : undefined;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const missing = [];
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join(dir, decodeURIComponent(url.pathname));
  if (!file.startsWith(dir)) return res.writeHead(403).end();
  // The browser asks for it on its own; Storybook's iframe has none.
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    res.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(res);
  } catch {
    missing.push(url.pathname);
    res.writeHead(404).end();
  }
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(e => e.type === 'story');

const browser = await chromium.launch({
  executablePath,
  args: chromiumArgs,
});

const failures = [];
/** Opens one story; returns the problems seen. */
async function open(page, story, globals = '') {
  const problems = [];
  const onConsole = m => m.type() === 'error' && problems.push(`console: ${m.text()}`);
  const onError = e => problems.push(`page error: ${e.message}`);
  // A request still loading when the next story is opened is aborted by the navigation: not a fault.
  const onFailed = r =>
    r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`request failed: ${r.url()}`);
  const onResponse = r => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`);
  page.on('console', onConsole);
  page.on('response', onResponse);
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  try {
    const query = `id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
    await page.goto(`${origin}/iframe.html?${query}`, {waitUntil: 'load'});
    // Storybook marks the body once the story has rendered, or failed to.
    await page.waitForFunction(
      () => /\bsb-show-(main|errordisplay)\b/.test(document.body.className),
      null,
      {timeout: 15000},
    );
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      problems.push(`story error: ${await page.locator('#error-message').innerText()}`);
    }
    // An ns-* tag that is not defined renders nothing: a story must never pass that way.
    const undefinedTags = await page.evaluate(() =>
      [...document.querySelectorAll('#storybook-root *')]
        .map(el => el.localName)
        .filter(tag => tag.startsWith('ns-') && !customElements.get(tag)),
    );
    if (undefinedTags.length)
      problems.push(`not defined: <${[...new Set(undefinedTags)].join('>, <')}>`);
    // Let the mock answer and the element settle.
    await page.waitForTimeout(400);
  } catch (error) {
    problems.push(String(error));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
  return problems;
}

try {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  for (const story of stories) {
    const problems = await open(page, story);
    console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name}`);
    for (const p of problems) failures.push(`${story.id}: ${p}`);
  }
  if (shots) {
    await mkdir(shots, {recursive: true});
    const firstOfEach = stories.filter((s, i) => stories.findIndex(o => o.title === s.title) === i);
    for (const story of firstOfEach) {
      for (const theme of ['light', 'dark', 'partner']) {
        const problems = await open(page, story, `theme:${theme}`);
        for (const p of problems) failures.push(`${story.id} (${theme}): ${p}`);
        await page.waitForTimeout(800);
        const file = path.join(shots, `${story.id}-${theme}.png`);
        await page.screenshot({path: file, fullPage: true});
        console.log(`wrote ${file}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (missing.length) console.log(`Not found: ${[...new Set(missing)].join(', ')}`);
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`\n${stories.length} stories rendered with no console errors.`);
