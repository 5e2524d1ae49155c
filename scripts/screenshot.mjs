#!/usr/bin/env node
// Screenshots of the demo portal, to look at what the library shows a person.
//   node scripts/screenshot.mjs [page=/demo/index.html] [out=screenshots]
// Starts the Vite dev server, opens the page in Debian's Chromium (CHROME_PATH overrides) at a wide
// and a narrow width, and writes PNGs. Fails on any console error or failed request of the page.
// The page may carry a portal route: /demo/partner.html#/stream/<id>?tab=code-snippets.
// Environment: THEMES=light,dark (the portal's Theme select); VIEWPORT=1 for a shot of the first
// screen only, VIEWPORT=all for one shot per screen down the page (full-page narrow shots are too
// tall to read details in); WIDTHS=narrow to take one width only.
import {mkdir} from 'node:fs/promises';
import {createServer} from 'vite';
import {chromium} from 'playwright-core';
import {chromiumArgs, executablePath} from './chromium.mjs';

const page = process.argv[2] ?? '/demo/index.html';
const outDir = process.argv[3] ?? 'screenshots';
const themes = (process.env.THEMES ?? 'light').split(',');
const viewport = process.env.VIEWPORT; // undefined (full page), '1' or 'all'
const widths = [
  ['wide', 1280, 900],
  ['narrow', 390, 844],
].filter(([name]) => !process.env.WIDTHS || process.env.WIDTHS.split(',').includes(name));

const server = await createServer({server: {port: 0, open: false}, logLevel: 'error'});
await server.listen();
const {port} = server.httpServer.address();
const browser = await chromium.launch({
  executablePath,
  args: chromiumArgs,
});
const problems = [];
try {
  await mkdir(outDir, {recursive: true});
  for (const theme of themes) {
    for (const [name, width, height] of widths) {
      const context = await browser.newContext({
        viewport: {width, height},
        colorScheme: theme === 'dark' ? 'dark' : 'light',
      });
      const tab = await context.newPage();
      tab.on('console', m => m.type() === 'error' && problems.push(`${name}: ${m.text()}`));
      tab.on('pageerror', e => problems.push(`${name}: ${e.message}`));
      tab.on('requestfailed', r => problems.push(`${name}: request failed ${r.url()}`));
      await tab.goto(`http://localhost:${port}${page}`, {waitUntil: 'networkidle'});
      if (theme !== 'light') await tab.selectOption('#theme', theme).catch(() => {});
      // Let the mock answer (it has a realistic latency) and the panels render.
      await tab.waitForTimeout(1500);
      const base = `${outDir}/${page.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${theme}-${name}`;
      if (!viewport) {
        await tab.screenshot({path: `${base}.png`, fullPage: true});
        console.log(`wrote ${base}.png`);
      } else {
        // eslint-disable-next-line no-undef -- the callback runs in the page
        const total = await tab.evaluate(() => document.documentElement.scrollHeight);
        const screens = viewport === 'all' ? Math.ceil(total / height) : 1;
        for (let i = 0; i < screens; i++) {
          const file = `${base}-viewport${screens > 1 ? `-${i + 1}` : ''}.png`;
          const y = i * height;
          const clip = {x: 0, y, width, height: Math.min(height, total - y)};
          await tab.screenshot({path: file, fullPage: true, clip});
          console.log(`wrote ${file}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
