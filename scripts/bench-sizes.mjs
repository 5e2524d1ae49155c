// The size section of the benchmark: bytes minified and minified + gzip (zlib level 9) of
//   - the CDN bundle, built by `vite build --mode cdn` exactly as `npm run build` builds it, but
//     into a temporary directory (cdn/ is left alone: the tests load it, and may be running);
//   - each element entry (src/elements/<tag>/<tag>.ts) bundled alone with Lit by esbuild;
//   - @vaadin/grid (vaadin-grid.js, which brings its column) bundled the same way.
// The esbuild bundles are minified ES modules for the browser with Lit's production build. What an
// entry loads only with import() (the mock behind <ns-api-provider mock>) is split off and
// reported apart, as the CDN build does. Vaadin's development-time usage statistics are swapped
// for their opt-out module, as a production build of a Vaadin application leaves them out.
import {execFile} from 'node:child_process';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

export const GZIP_LEVEL = 9;

/** esbuild's options shared by every bundle here and by the benchmark page. */
export function browserBundleOptions(root) {
  return {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: path.join(root, 'tsconfig.json'),
    conditions: ['production'],
    define: {'process.env.NODE_ENV': '"production"'},
    alias: {
      '@vaadin/vaadin-usage-statistics/vaadin-usage-statistics.js':
        '@vaadin/vaadin-usage-statistics/vaadin-usage-statistics-optout.js',
    },
    logLevel: 'error',
  };
}

function sizeOf(bytes) {
  return {min: bytes.length, gzip: gzipSync(bytes, {level: GZIP_LEVEL}).length};
}

function sum(sizes) {
  return sizes.reduce((a, b) => ({min: a.min + b.min, gzip: a.gzip + b.gzip}), {min: 0, gzip: 0});
}

/** The CDN bundle: its entry file, and the chunks it loads lazily (the mock). */
async function cdnSize(root, outDir) {
  const vite = path.join(root, 'node_modules/.bin/vite');
  await promisify(execFile)(
    vite,
    ['build', '--mode', 'cdn', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {cwd: root},
  );
  return readCdn(outDir);
}

async function readCdn(outDir) {
  const files = (await readdir(outDir)).filter(file => file.endsWith('.js')).sort();
  const entry = 'nanostream-elements.js';
  const lazyFiles = [];
  for (const file of files.filter(file => file !== entry)) {
    lazyFiles.push({file, ...sizeOf(await readFile(path.join(outDir, file)))});
  }
  const lazy = {...sum(lazyFiles), files: lazyFiles};
  return {file: entry, ...sizeOf(await readFile(path.join(outDir, entry))), lazy};
}

/**
 * Bundles `entry` with code splitting and answers the size of what loading it loads (the entry
 * file and the chunks it imports statically) and, apart, of what it loads only with import().
 */
async function bundleSize(root, entry, outdir) {
  const result = await build({
    ...browserBundleOptions(root),
    entryPoints: [entry],
    splitting: true,
    minify: true,
    outdir,
    write: false,
    metafile: true,
  });
  const contents = new Map(result.outputFiles.map(file => [path.relative(root, file.path), file]));
  const outputs = result.metafile.outputs;
  const entryFile = Object.keys(outputs).find(file => outputs[file].entryPoint);
  const eager = new Set();
  const visit = file => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const {path: imported, kind} of outputs[file].imports) {
      if (kind === 'import-statement' && outputs[imported]) visit(imported);
    }
  };
  visit(entryFile);
  const sizes = file => sizeOf(contents.get(file).contents);
  const lazyFiles = Object.keys(outputs).filter(f => f.endsWith('.js') && !eager.has(f));
  return {...sum([...eager].map(sizes)), lazy: sum(lazyFiles.map(sizes))};
}

/** The CDN bundle as `vite build --mode cdn` left it in `dir` (what `npm test` builds first). */
export async function builtCdnSize(dir) {
  return readCdn(dir);
}

/** Each element entry bundled alone with Lit; `tmp` is a scratch directory. */
export async function elementSizes(root, tmp) {
  const tags = (await readdir(path.join(root, 'src/elements'))).sort();
  const elements = [];
  for (const tag of tags) {
    const entry = path.join(root, 'src/elements', tag, `${tag}.ts`);
    elements.push({tag, ...(await bundleSize(root, entry, path.join(tmp, 'elements', tag)))});
  }
  return elements;
}

/** Every size of the section; `tmp` is a scratch directory. */
export async function measureSizes({root, tmp}) {
  const cdn = await cdnSize(root, path.join(tmp, 'cdn'));
  const elements = await elementSizes(root, tmp);
  const grid = await bundleSize(
    root,
    path.join(root, 'node_modules/@vaadin/grid/vaadin-grid.js'),
    path.join(tmp, 'vaadin-grid'),
  );
  return {gzipLevel: GZIP_LEVEL, cdn, elements, vaadinGrid: grid};
}
