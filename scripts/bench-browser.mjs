// The browser sections of the benchmark (scripts/bench.mjs runs them): bundles the page
// bench/pages/main.ts with esbuild (not minified, so stack traces stay readable; Lit's production
// build), serves it from a tiny static server on 127.0.0.1, and drives it in Debian's Chromium
// (scripts/chromium.mjs) through Playwright and the DevTools protocol:
//   - the render trials, interleaved: every round runs one sample of every trial, in an order
//     shuffled per round (seeded), after a forced garbage collection; warm-up rounds are dropped;
//   - the memory section: mount/unmount cycles of the overview, JS heap after forced GC and the
//     detached ns-* elements (Runtime.queryObjects) before and after;
//   - the request count of the page with all panels of one group.
import {createServer} from 'node:http';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {chromiumArgs, executablePath} from './chromium.mjs';
import {browserBundleOptions} from './bench-sizes.mjs';

export const VIEWPORT = {width: 1280, height: 900};
/** The mock's latencies of the request section: none, and that of `<ns-api-provider mock>`. */
const REQUEST_LATENCIES = [0, [60, 240]];
/** Requests a trial may send (its data is in memory); every other trial sends none. */
const EXPECTED_REQUESTS = {'list-update': 1, 'list-refresh-answer': 1};
/** Cycles run before the memory section's first measurement (first-use caches, JIT). */
const WARM_CYCLES = 20;
const CYCLES_PER_CALL = 100;
/** Idle time before a heap measurement, so that timers of removed panels have run out. */
const IDLE_MS = 1000;

const PAGE = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>nanostream-elements benchmark</title>
    <style>body { margin: 0; font-family: system-ui, sans-serif; }</style>
  </head>
  <body>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;

async function bundlePage(root, dir) {
  await mkdir(dir, {recursive: true});
  await build({
    ...browserBundleOptions(root),
    entryPoints: [path.join(root, 'bench/pages/main.ts')],
    outfile: path.join(dir, 'main.js'),
    minify: false,
  });
  await writeFile(path.join(dir, 'index.html'), PAGE);
}

/** Serves index.html and main.js from `dir`; answers the origin and a close function. */
async function serve(dir) {
  const files = {'/': ['index.html', 'text/html'], '/main.js': ['main.js', 'text/javascript']};
  const server = createServer(async (request, response) => {
    const file = files[new URL(request.url, 'http://localhost').pathname];
    if (request.method !== 'GET' || !file) {
      response.writeHead(404).end();
      return;
    }
    const body = await readFile(path.join(dir, file[0]));
    response.writeHead(200, {'Content-Type': `${file[1]}; charset=utf-8`}).end(body);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {origin: `http://127.0.0.1:${port}`, close: () => server.close()};
}

/** mulberry32: a small seeded generator of numbers in [0, 1), for reproducible orders. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function heapAfterGc(cdp) {
  // Twice: what the first collection finalises can free more in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize, totalSize} = await cdp.send('Runtime.getHeapUsage');
  return {usedSize, totalSize};
}

// Runs in the page on what Runtime.queryObjects found: every object whose prototype chain holds
// HTMLElement.prototype. Skipped: the prototypes themselves (HTMLDivElement.prototype, our
// classes'), and elements of other documents: the content of <template>s, e.g. the <ns-copy-button>
// in the templates Lit keeps prepared, which is never upgraded nor part of the page.
const COUNT_DETACHED = `function () {
  const byTag = {};
  let detached = 0;
  for (const element of this) {
    if (Object.prototype.hasOwnProperty.call(element, 'constructor')) continue;
    if (element.ownerDocument !== document || element.isConnected) continue;
    detached++;
    const tag = element.localName;
    if (tag.startsWith('ns-')) byTag[tag] = (byTag[tag] || 0) + 1;
  }
  const ns = Object.values(byTag).reduce((a, b) => a + b, 0);
  return {detached, ns, byTag};
}`;

/**
 * Detached elements that are still alive: every element of the page's document that the JS heap
 * holds (queryObjects collects garbage first) and that is not in the document. Only elements with
 * a JS wrapper are seen, which every custom element has. `ns` and `byTag` count our elements,
 * `detached` all of them.
 */
async function detachedElements(cdp) {
  const {result: prototype} = await cdp.send('Runtime.evaluate', {
    expression: 'HTMLElement.prototype',
  });
  const {objects} = await cdp.send('Runtime.queryObjects', {prototypeObjectId: prototype.objectId});
  try {
    const {result, exceptionDetails} = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: COUNT_DETACHED,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`counting detached elements: ${result.description}`);
    return result.value;
  } finally {
    await cdp.send('Runtime.releaseObject', {objectId: objects.objectId});
    await cdp.send('Runtime.releaseObject', {objectId: prototype.objectId});
  }
}

const idle = page => page.evaluate(ms => new Promise(resolve => setTimeout(resolve, ms)), IDLE_MS);

/** The render trials, interleaved round by round; answers the samples of each trial. */
async function renderRounds(page, cdp, trials, {samples, warmup, seed, onProgress}) {
  const random = seededRandom(seed);
  const results = Object.fromEntries(
    trials.map(trial => [trial, {toLayout: [], toFrame: [], requests: []}]),
  );
  const rounds = warmup + samples;
  for (let round = 0; round < rounds; round++) {
    for (const trial of shuffled(trials, random)) {
      await cdp.send('HeapProfiler.collectGarbage');
      const sample = await page.evaluate(name => globalThis.nsBench.sample(name), trial);
      const expected = EXPECTED_REQUESTS[trial] ?? 0;
      if (sample.requests !== expected) {
        throw new Error(
          `${trial} sent ${sample.requests} requests (expected ${expected}): its data did not come from memory`,
        );
      }
      if (round < warmup) continue;
      for (const key of ['toLayout', 'toFrame', 'requests']) results[trial][key].push(sample[key]);
    }
    onProgress(`render round ${round + 1}/${rounds}${round < warmup ? ' (warm-up)' : ''}`);
  }
  return results;
}

/** Mount/unmount cycles of the overview, with the heap and detached elements before and after. */
async function memoryCycles(page, cdp, cycles, onProgress) {
  const run = count => page.evaluate(n => globalThis.nsBench.cycles(n), count);
  await run(WARM_CYCLES);
  await idle(page);
  const before = {heap: await heapAfterGc(cdp), elements: await detachedElements(cdp)};
  let ms = 0;
  let requests = 0;
  for (let done = 0; done < cycles; done += CYCLES_PER_CALL) {
    const result = await run(Math.min(CYCLES_PER_CALL, cycles - done));
    ms += result.ms;
    requests += result.requests;
    onProgress(`memory cycles ${Math.min(done + CYCLES_PER_CALL, cycles)}/${cycles}`);
  }
  await idle(page);
  const after = {heap: await heapAfterGc(cdp), elements: await detachedElements(cdp)};
  return {
    panel: 'ns-stream-overview',
    cycles,
    warmCycles: WARM_CYCLES,
    msPerCycle: ms / cycles,
    requests,
    before,
    after,
  };
}

/** Opens the page in Chromium and runs every browser section. */
export async function runBrowserSections({root, tmp, samples, warmup, cycles, seed, onProgress}) {
  const dir = path.join(tmp, 'page');
  await bundlePage(root, dir);
  const server = await serve(dir);
  const browser = await chromium.launch({executablePath, args: chromiumArgs});
  try {
    const context = await browser.newContext({viewport: VIEWPORT});
    // Nothing but the page itself: the mock answers the API inside the page.
    await context.route('**/*', route =>
      route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(error.message));
    page.on('console', message => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => 'nsBench' in globalThis);
    const cdp = await context.newCDPSession(page);
    const setup = await page.evaluate(() => globalThis.nsBench.setup());
    onProgress(`page ready: ${setup.trials.length} trials, ${setup.rows} rows per page`);
    const render = await renderRounds(page, cdp, setup.trials, {samples, warmup, seed, onProgress});
    const memory = await memoryCycles(page, cdp, cycles, onProgress);
    const requests = [];
    for (const latency of REQUEST_LATENCIES) {
      requests.push(await page.evaluate(l => globalThis.nsBench.requests(l), latency));
      onProgress(`requests counted (latency ${JSON.stringify(latency)})`);
    }
    return {
      chromium: browser.version(),
      viewport: VIEWPORT,
      setup,
      render,
      memory,
      requests,
      problems,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
