#!/usr/bin/env node
/**
 * Checks the build output (run after `npm run build`):
 *   - cdn/nanostream-elements.js exists and neither it nor any chunk it imports statically holds
 *     mock-only code (the mock must stay a separate chunk loaded by import());
 *   - dist/index.js does not import anything under mock/, directly or through other modules
 *     (dynamic import() is allowed: that is how the provider loads the mock on demand);
 *   - every bare `import './x.js'` of a source module (it registers an element) is still in the
 *     built module, so that package.json's `sideEffects` cannot let the build drop a registration;
 *   - every file package.json's `exports` points at exists (patterns are expanded over the
 *     elements in src/elements/<name>/<name>.ts);
 * and prints the CDN bundle's size, raw and gzipped.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {init, parse} from 'es-module-lexer';

/**
 * String literals found only in the mock's own code (identifiers are minified away, strings are
 * not). The check below also makes sure they are in the mock's chunk, so a rename cannot make
 * this check pass vacuously.
 */
const MOCK_MARKERS = ['createMockServer: `', 'createMockServer: `hash`'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cdnFile = path.join(root, 'cdn/nanostream-elements.js');
const distIndex = path.join(root, 'dist/index.js');
const problems = [];
const rel = file => path.relative(root, file);

await init;

/** Relative static imports of a built module, resolved to files. */
function staticImports(file) {
  let imports;
  try {
    [imports] = parse(readFileSync(file, 'utf8'), file);
  } catch (error) {
    problems.push(`${rel(file)} could not be parsed as a module (${error.message}).`);
    return [];
  }
  return imports
    .filter(entry => entry.d === -1 && entry.n?.startsWith('.')) // -1: a static import/export
    .map(entry => path.resolve(path.dirname(file), entry.n));
}

/** Every module reachable from `entry` through static imports, `entry` included. */
function staticGraph(entry) {
  const seen = new Set();
  const visit = file => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      problems.push(`${rel(file)} is imported but missing.`);
      return;
    }
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

// 1. The CDN bundle: present, and no mock code in what a page loads eagerly.
if (!existsSync(cdnFile)) {
  problems.push(`${rel(cdnFile)} is missing: run "npm run build".`);
} else {
  for (const file of staticGraph(cdnFile).filter(existsSync)) {
    const code = readFileSync(file, 'utf8');
    const found = MOCK_MARKERS.filter(marker => code.includes(marker));
    if (found.length) {
      problems.push(
        `${rel(file)} (loaded with the CDN bundle) contains mock code: ${found.join(', ')}.`,
      );
    }
  }
}

// 1b. The markers really are the mock's: its lazily loaded chunk holds them.
if (existsSync(cdnFile)) {
  const cdnDir = path.dirname(cdnFile);
  const eager = new Set(staticGraph(cdnFile));
  const lazy = readdirSync(cdnDir)
    .filter(name => name.endsWith('.js'))
    .map(name => path.join(cdnDir, name))
    .filter(file => !eager.has(file));
  const marked = lazy.some(file => {
    const code = readFileSync(file, 'utf8');
    return MOCK_MARKERS.every(marker => code.includes(marker));
  });
  if (!marked) {
    problems.push(
      `no lazily loaded chunk in ${rel(cdnDir)} holds the mock markers (${MOCK_MARKERS.join(', ')}): update MOCK_MARKERS in scripts/check-bundle.mjs.`,
    );
  }
}

// 2. The library entry: nothing under mock/ reachable through static imports.
if (!existsSync(distIndex)) {
  problems.push(`${rel(distIndex)} is missing: run "npm run build".`);
} else {
  for (const file of staticGraph(distIndex)) {
    if (file.split(path.sep).join('/').includes('/mock/')) {
      problems.push(
        `dist/index.js reaches ${rel(file)} through static imports: the mock must only be loaded by import().`,
      );
    }
  }
}

// 2b. Registrations survive the build: a source module's bare imports (`import './x.js';`, which
// register the elements it renders) are still imports of the built module.
const srcDir = path.join(root, 'src');
const sourceModules = dir =>
  readdirSync(dir, {withFileTypes: true}).flatMap(d =>
    d.isDirectory()
      ? sourceModules(path.join(dir, d.name))
      : /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts')
        ? [path.join(dir, d.name)]
        : [],
  );
for (const source of sourceModules(srcDir)) {
  const bare = [...readFileSync(source, 'utf8').matchAll(/^import\s+'(\.[^']+)';/gm)].map(
    m => m[1],
  );
  if (!bare.length) continue;
  const built = path.join(root, 'dist', path.relative(srcDir, source).replace(/\.ts$/, '.js'));
  if (!existsSync(built)) {
    problems.push(`${rel(built)} (built from ${rel(source)}) is missing.`);
    continue;
  }
  const kept = new Set(staticImports(built));
  for (const specifier of bare) {
    const target = path.resolve(path.dirname(built), specifier);
    if (!kept.has(target)) {
      problems.push(
        `${rel(built)} lost \`import '${specifier}'\` of ${rel(source)}: add the module to package.json's sideEffects.`,
      );
    }
  }
}

// 3. package.json exports: every target exists.
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const elementsDir = path.join(root, 'src/elements');
const elementNames = existsSync(elementsDir)
  ? readdirSync(elementsDir).filter(name => existsSync(path.join(elementsDir, name, `${name}.ts`)))
  : [];
const targets = value =>
  typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets);
for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
  for (const target of targets(value)) {
    const files = subpath.includes('*')
      ? elementNames.map(name => target.replaceAll('*', name))
      : [target];
    for (const file of files) {
      if (!existsSync(path.join(root, file))) {
        problems.push(`package.json exports "${subpath}" -> ${file}, which does not exist.`);
      }
    }
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`check-bundle: ${problem}`);
  process.exit(1);
}

const bundle = readFileSync(cdnFile);
const kB = bytes => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
  `check-bundle: ok. ${rel(cdnFile)}: ${kB(bundle.length)}, ${kB(gzipSync(bundle, {level: 9}).length)} gzipped.`,
);
