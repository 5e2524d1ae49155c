#!/usr/bin/env node
// The mock organisation's section of the benchmark (scripts/bench.mjs runs it; on its own it prints
// its own small table): how long createMockServer() takes for 300 (the default), 10 000 and
// 100 000 streams, and how long one filtered page of the list takes on each (what a panel asks
// for). The sizes are interleaved, run by run (each run in a rotated order of sizes), and the
// 100 000 row is held against the budget the project promises (under 2 s to generate).
//   node scripts/bench-mock.mjs            (BENCH_SAMPLES runs, default 5 here)
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {summarise} from './bench-stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MOCK_SIZES = [300, 10_000, 100_000];
export const MOCK_BUDGET_MS = 2000;

/** The mock is TypeScript: bundle it for Node once (jose uses Node's WebCrypto). */
async function loadMock() {
  const dir = await mkdtemp(path.join(tmpdir(), 'ns-bench-mock-'));
  const outfile = path.join(dir, 'mock.mjs');
  try {
    await build({
      entryPoints: [path.join(root, 'src/mock/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: path.join(root, 'tsconfig.json'),
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

/**
 * One run for `streams`: the generation, then one filtered page of 50 as a panel asks for it (one
 * state and one tag: the API takes a single `state`).
 */
async function runOnce(createMockServer, streams, run) {
  const start = performance.now();
  const server = await createMockServer({streams, seed: `bench-${run}`});
  const generate = performance.now() - start;
  const url = `${server.baseUrl}/stream?state=live&tags[]=production&quantity=50&offset=0`;
  const headers = {'X-BINTU-APIKEY': server.apiKey};
  const t = performance.now();
  const response = await server.fetch(url, {headers});
  await response.json();
  const page = performance.now() - t;
  if (response.status !== 200) throw new Error(`list answered ${response.status}`);
  return {generate, page};
}

/**
 * Runs the mock section: `runs` runs of every size, interleaved. Answers the raw samples (ms) per
 * size; the caller summarises them.
 */
export async function benchMock({runs, onProgress = () => {}}) {
  const {createMockServer} = await loadMock();
  const samples = new Map(MOCK_SIZES.map(streams => [streams, {streams, generate: [], page: []}]));
  for (let run = 0; run < runs; run++) {
    const order = MOCK_SIZES.map((_, i) => MOCK_SIZES[(i + run) % MOCK_SIZES.length]);
    for (const streams of order) {
      const {generate, page} = await runOnce(createMockServer, streams, run);
      samples.get(streams).generate.push(generate);
      samples.get(streams).page.push(page);
    }
    onProgress(run + 1, runs);
  }
  return {node: process.version, runs, budgetMs: MOCK_BUDGET_MS, sizes: [...samples.values()]};
}

const median = values => summarise(values).median;
const ms = value => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

// Run on its own: the section's table, and a failing exit when the budget is missed.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.env.BENCH_SAMPLES) || 5;
  const result = await benchMock({runs});
  console.log(`mock organisation, median of ${runs} runs (Node ${process.version})\n`);
  console.log('streams    generate    one filtered page (50)');
  for (const {streams, generate, page} of result.sizes) {
    console.log(
      `${streams.toLocaleString('en').padStart(7)}  ${ms(median(generate)).padStart(10)}    ${ms(median(page)).padStart(10)}`,
    );
  }
  const largest = result.sizes.at(-1);
  const within = median(largest.generate) < MOCK_BUDGET_MS;
  console.log(
    `\n${largest.streams.toLocaleString('en')} streams: ${ms(median(largest.generate))} to generate, ${within ? 'within' : 'OVER'} the ${MOCK_BUDGET_MS} ms budget.`,
  );
  process.exit(within ? 0 : 1);
}
