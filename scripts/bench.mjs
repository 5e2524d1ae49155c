#!/usr/bin/env node
// npm run bench: the library's benchmark, every section in one run, on this machine.
//   - first render of a 150-row page of <ns-stream-list> (data in the client's cache) against
//     (a) a vanilla DOM table, (b) the same with the list's markup and CSS, (c) a Lit `repeat`
//     table and (d) <vaadin-grid>; the list's update after a refresh with 5 rows changed and its
//     page change; the overview of a group with 4 transcodes against a vanilla rendering;
//   - requests per distinct resource on a page with every panel of one group;
//   - JS heap and detached ns-* elements around 1000 mount/unmount cycles of the overview;
//   - sizes (min + gzip) of the CDN bundle, of each element with Lit, and of @vaadin/grid;
//   - the mock organisation's generation and list speed (scripts/bench-mock.mjs).
// The browser sections run in Chromium (scripts/bench-browser.mjs, the page is bench/pages/),
// then the mock's section in Node, then the size builds, so that the builds never overlap a
// timing. Prints the markdown table on stdout (progress on stderr) and writes
// bench/results/latest.json and bench/results/<UTC timestamp>.json.
//
//   npm run bench
//   BENCH_SAMPLES=12 npm run bench      fewer samples, a quicker run
// Environment: BENCH_SAMPLES (per variant, default 36), BENCH_WARMUP (rounds dropped, default 3),
// BENCH_CYCLES (mount/unmount cycles, default 1000), BENCH_SEED (order of the trials, default 1),
// CHROME_PATH (the Chromium binary, default /usr/bin/chromium).
// Exits 1 when the page reported errors or the mock missed its generation budget.
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {runBrowserSections} from './bench-browser.mjs';
import {benchMock} from './bench-mock.mjs';
import {markdown, summariseResults, writeResults} from './bench-report.mjs';
import {measureSizes} from './bench-sizes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

const settings = {
  samples: Math.max(1, positiveInteger('BENCH_SAMPLES', 36)),
  warmup: positiveInteger('BENCH_WARMUP', 3),
  cycles: Math.max(1, positiveInteger('BENCH_CYCLES', 1000)),
  seed: positiveInteger('BENCH_SEED', 1),
};

const started = Date.now();
const loadStart = os.loadavg();
const progress = message =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const tmp = await mkdtemp(path.join(os.tmpdir(), 'ns-bench-'));
let results;
try {
  progress(`load average at the start: ${loadStart.map(v => v.toFixed(2)).join(' ')}`);
  const browser = await runBrowserSections({root, tmp, ...settings, onProgress: progress});
  const mock = await benchMock({
    runs: settings.samples,
    onProgress: (done, runs) => progress(`mock runs ${done}/${runs}`),
  });
  progress('building the size bundles');
  const sizes = await measureSizes({root, tmp});
  const cpus = os.cpus();
  results = summariseResults({
    meta: {
      date: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      settings,
      node: process.version,
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        platform: `${os.platform()} ${os.release()}`,
        load: {start: loadStart, end: os.loadavg()},
      },
    },
    browser,
    mock,
    sizes,
  });
} finally {
  await rm(tmp, {recursive: true, force: true});
}

const {latest, copy} = await writeResults(root, results);
console.log(markdown(results));
progress(`wrote ${path.relative(root, latest)} and ${path.relative(root, copy)}`);
process.exit(results.problems.length || !results.mock.withinBudget ? 1 : 0);
