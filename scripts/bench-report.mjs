// The benchmark's results: the summaries and ratios (JSON, as written to bench/results/) and the
// one markdown table printed from them. Numbers only come from the measurements handed in.
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import {summarise} from './bench-stats.mjs';

/** The comparison tables of the first render, in the order of the table. */
const FIRST_RENDER = [
  ['list', '`<ns-stream-list>`'],
  ['vanilla-plain', '(a) vanilla DOM, plain markup'],
  ['vanilla-ours', '(b) vanilla DOM, our markup + CSS'],
  ['lit-repeat', '(c) Lit `repeat`, plain markup'],
  ['vaadin-grid', '(d) `@vaadin/grid`, all rows'],
];
const METRICS = [
  ['toFrame', 'to frame'],
  ['toLayout', 'DOM + layout'],
];

const round = (value, digits = 3) => Number(value.toFixed(digits));
const roundAll = values => values.map(value => round(value));
const roundSummary = summary =>
  Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, k === 'n' ? v : round(v)]));

/** Summaries of every trial's samples, and the ratios the issue asks for (of medians). */
function renderResults(render) {
  const trials = Object.fromEntries(
    Object.entries(render).map(([trial, samples]) => [
      trial,
      {
        toFrame: roundSummary(summarise(samples.toFrame)),
        toLayout: roundSummary(summarise(samples.toLayout)),
        requests: Math.max(...samples.requests),
        samples: {toFrame: roundAll(samples.toFrame), toLayout: roundAll(samples.toLayout)},
      },
    ]),
  );
  const median = (trial, metric) => trials[trial][metric].median;
  const ratios = {};
  for (const [metric] of METRICS) {
    const of = (trial, reference) => round(median(trial, metric) / median(reference, metric), 3);
    ratios[metric] = {
      firstRenderToA: Object.fromEntries(FIRST_RENDER.map(([t]) => [t, of(t, 'vanilla-plain')])),
      firstRenderToB: Object.fromEntries(FIRST_RENDER.map(([t]) => [t, of(t, 'vanilla-ours')])),
      ofListFirstRender: Object.fromEntries(
        ['list-update', 'list-refresh-answer', 'list-page-change'].map(t => [t, of(t, 'list')]),
      ),
      overviewToVanilla: of('overview', 'overview-vanilla'),
    };
  }
  return {trials, ratios};
}

function mockResults(mock) {
  return {
    ...mock,
    sizes: mock.sizes.map(({streams, generate, page}) => ({
      streams,
      generate: roundSummary(summarise(generate)),
      page: roundSummary(summarise(page)),
      samples: {generate: roundAll(generate), page: roundAll(page)},
    })),
  };
}

/** Everything measured, summarised: what bench/results/*.json hold. */
export function summariseResults({meta, browser, mock, sizes}) {
  const mockSummary = mockResults(mock);
  const largest = mockSummary.sizes.at(-1);
  return {
    ...meta,
    chromium: browser.chromium,
    viewport: browser.viewport,
    page: browser.setup,
    render: renderResults(browser.render),
    memory: browser.memory,
    requests: browser.requests.map(report => ({
      ...report,
      perResource: round(report.total / report.distinct, 3),
    })),
    sizes,
    mock: {...mockSummary, withinBudget: largest.generate.median < mock.budgetMs},
    problems: browser.problems,
  };
}

// ---- the markdown table ----

const ms = value => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
const spread = ({p10, p90}) => `${ms(p10)} – ${ms(p90)}`;
const times = value => `${value.toFixed(2)}×`;
const kB = bytes => `${(bytes / 1000).toFixed(1)} kB`;
const MB = bytes => `${(bytes / 1e6).toFixed(2)} MB`;
const latencyLabel = latency =>
  Array.isArray(latency) ? `latency ${latency[0]}–${latency[1]} ms` : `latency ${latency} ms`;

/** The rows of the render sections; `page` says how many rows a page has and the update changes. */
function renderRows({trials, ratios}, page) {
  const out = [];
  for (const [metric, label] of METRICS) {
    const r = ratios[metric];
    for (const [trial, name] of FIRST_RENDER) {
      const relative = `${times(r.firstRenderToA[trial])} (a) · ${times(r.firstRenderToB[trial])} (b)`;
      out.push([
        `first render, ${page.rows} rows, ${label}`,
        name,
        trials[trial][metric],
        relative,
      ]);
    }
  }
  const updates = [
    ['list-update', `refresh finding ${page.updatedRows} of ${page.rows} rows changed`],
    ['list-refresh-answer', 'of which the client reading the answer (no rendering)'],
    ['list-page-change', 'page 1 → page 2'],
  ];
  for (const [metric, label] of METRICS) {
    for (const [trial, name] of updates) {
      // Without rendering there is no frame to wait for: that row only makes sense without it.
      if (trial === 'list-refresh-answer' && metric === 'toFrame') continue;
      const fraction = ratios[metric].ofListFirstRender[trial];
      out.push([
        `list update, ${label}`,
        name,
        trials[trial][metric],
        `${fraction.toFixed(2)} of the list's first render`,
      ]);
    }
  }
  for (const [metric, label] of METRICS) {
    const section = `overview, group with 4 transcodes, ${label}`;
    const relative = `${times(ratios[metric].overviewToVanilla)} vanilla`;
    out.push([section, '`<ns-stream-overview>`', trials.overview[metric], relative]);
    out.push([
      section,
      'vanilla DOM, the same fields',
      trials['overview-vanilla'][metric],
      '1.00×',
    ]);
  }
  return out.map(([section, name, summary, relative]) => [
    section,
    name,
    ms(summary.median),
    spread(summary),
    relative,
  ]);
}

function requestRows(requests) {
  return requests.map(report => {
    const repeated = report.resources.filter(r => r.count > 1);
    const note = repeated.length
      ? `; asked more than once: ${repeated.map(r => `\`${r.resource}\` ×${r.count}`).join(', ')}`
      : '; none asked twice';
    return [
      'requests, all panels of one group',
      latencyLabel(report.latencyMs),
      `${report.total} requests / ${report.distinct} resources`,
      '—',
      `${report.perResource.toFixed(2)} per resource${note}`,
    ];
  });
}

function memoryRows(memory) {
  const section = `memory, ${memory.cycles} × mount + render + unmount of \`<${memory.panel}>\``;
  const {before, after} = memory;
  const grown = after.heap.usedSize - before.heap.usedSize;
  const byTag = Object.entries(after.elements.byTag)
    .map(([tag, count]) => `${tag} ${count}`)
    .join(', ');
  return [
    [
      section,
      'JS heap used after forced GC, before → after',
      `${MB(before.heap.usedSize)} → ${MB(after.heap.usedSize)}`,
      '—',
      `${grown >= 0 ? '+' : ''}${Math.round(grown / memory.cycles)} B per cycle`,
    ],
    [
      section,
      'detached `ns-*` elements alive, before → after',
      `${before.elements.ns} → ${after.elements.ns}`,
      '—',
      byTag ? `after: ${byTag}` : 'none after',
    ],
    [
      section,
      'time per cycle',
      ms(memory.msPerCycle),
      '—',
      `${memory.requests} requests in all cycles`,
    ],
  ];
}

function sizeRows(sizes) {
  const section = `size, min + gzip (level ${sizes.gzipLevel})`;
  const row = (measure, size) => [
    section,
    measure,
    kB(size.gzip),
    '—',
    `min ${kB(size.min)}${size.lazy?.gzip ? `; + ${kB(size.lazy.gzip)} loaded lazily (the mock)` : ''}`,
  ];
  return [
    row(`CDN bundle (\`vite build --mode cdn\`, ${sizes.cdn.file})`, sizes.cdn),
    ...sizes.elements.map(element => row(`\`<${element.tag}>\` with Lit (esbuild)`, element)),
    row('`@vaadin/grid` with Lit (esbuild)', sizes.vaadinGrid),
  ];
}

function mockRows(mock) {
  const section = `mock organisation (Node ${mock.node})`;
  const largest = mock.sizes.at(-1).streams;
  const budget = `${mock.withinBudget ? 'within' : 'OVER'} the ${mock.budgetMs} ms budget`;
  return mock.sizes.flatMap(({streams, generate, page}) => {
    const count = streams.toLocaleString('en');
    return [
      [
        section,
        `createMockServer(), ${count} streams`,
        ms(generate.median),
        spread(generate),
        streams === largest ? budget : '',
      ],
      [section, `one filtered page of 50, ${count} streams`, ms(page.median), spread(page), ''],
    ];
  });
}

function table(rows) {
  const header = ['Section', 'Measure', 'Median', 'p10 – p90', 'Relative / note'];
  const line = cells => `| ${cells.map(cell => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const loadText = load => load.map(value => value.toFixed(2)).join(' ');

/** The printed report: a few lines on how it was measured, and the one table. */
export function markdown(results) {
  const {settings, machine, durationMs} = results;
  const minutes = Math.floor(durationMs / 60_000);
  const seconds = Math.round((durationMs % 60_000) / 1000);
  const intro = [
    `## npm run bench, ${results.date}`,
    '',
    `Chromium ${results.chromium} (headless, ${results.viewport.width}×${results.viewport.height}), ` +
      `Node ${results.node}, ${machine.cpus} × ${machine.cpuModel}. ` +
      `Took ${minutes} min ${seconds} s. Load average (1, 5, 15 min): ${loadText(machine.load.start)} ` +
      `at the start, ${loadText(machine.load.end)} at the end.`,
    '',
    `${settings.samples} samples per variant, interleaved (each round runs every variant once, in ` +
      `an order shuffled per round, seed ${settings.seed}; ${settings.warmup} warm-up rounds ` +
      `dropped; a forced GC before each sample). Median and p10 – p90 (linear interpolation); ` +
      `ratios are of medians. "DOM + layout": until the last row is in the DOM, plus a forced ` +
      `layout. "to frame": then until the next animation frame has been rendered (its paint ` +
      `included); a sample starts at a random point of the 60 Hz frame interval, so this also ` +
      `holds 0–16.7 ms (8.3 ms on average) of waiting for the frame, alike for every variant. ` +
      `Data from memory: the client's cache, no request sent (checked per sample); the refresh's ` +
      `one answer is prepared in memory. Memory: ${results.memory.warmCycles} cycles first, 1 s ` +
      `idle before each measurement. 1 kB = 1000 B.`,
    '',
  ];
  const rows = [
    ...renderRows(results.render, results.page),
    ...requestRows(results.requests),
    ...memoryRows(results.memory),
    ...sizeRows(results.sizes),
    ...mockRows(results.mock),
  ];
  const problems = results.problems.length
    ? ['', `Errors in the page: ${results.problems.join('; ')}`]
    : [];
  return [...intro, table(rows), ...problems].join('\n');
}

// ---- files ----

/**
 * Writes the results to bench/results/latest.json and a timestamped copy beside it, formatted by
 * Prettier (with the project's settings, so `prettier --check .` passes on them).
 */
export async function writeResults(root, results) {
  const dir = path.join(root, 'bench/results');
  await mkdir(dir, {recursive: true});
  const latest = path.join(dir, 'latest.json');
  const options = (await prettier.resolveConfig(latest)) ?? {};
  const text = await prettier.format(JSON.stringify(results), {...options, filepath: latest});
  const stamp = results.date.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const copy = path.join(dir, `${stamp}.json`);
  await writeFile(latest, text);
  await writeFile(copy, text);
  return {latest, copy};
}
