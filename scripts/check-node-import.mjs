#!/usr/bin/env node
/**
 * Checks the build output (run after `npm run build`) the way a server-side-rendering framework
 * (Next.js, Nuxt, Astro, Angular SSR…) meets it: imported in plain Node, with no DOM.
 *   - every JavaScript entry of package.json's `exports` (except the CDN bundle, which is for
 *     browsers) imports by its package name without throwing, and exports what it should;
 *   - importing defines no `window` or `document` (frameworks take those for "in a browser");
 *   - the React wrappers render on the server (react-dom/server) to their tags.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const problems = [];

if (typeof window !== 'undefined' || typeof document !== 'undefined') {
  console.error('check-node-import: this check must run in plain Node, without a DOM.');
  process.exit(1);
}

const elementNames = readdirSync(path.join(root, 'src/elements')).filter(name =>
  existsSync(path.join(root, 'src/elements', name, `${name}.ts`)),
);
const isScript = target => typeof target === 'string' && target.endsWith('.js');

/** Every specifier a consumer can import JavaScript from, e.g. `nanostream-elements/react`. */
const specifiers = Object.entries(pkg.exports)
  .filter(([subpath, target]) => subpath !== './cdn' && isScript(target?.default ?? target))
  .flatMap(([subpath]) =>
    subpath.includes('*') ? elementNames.map(name => subpath.replace('*', name)) : [subpath],
  )
  .map(subpath => pkg.name + subpath.slice(1));

const modules = {};
for (const specifier of specifiers) {
  try {
    modules[specifier] = await import(specifier);
  } catch (error) {
    problems.push(`importing ${specifier} in Node throws: ${error?.stack ?? error}`);
  }
}

if (typeof window !== 'undefined' || typeof document !== 'undefined') {
  problems.push('importing the package defined a global `window` or `document`.');
}

const main = modules[pkg.name];
if (main && typeof main.NsStreamList !== 'function') {
  problems.push(`${pkg.name} does not export the NsStreamList class.`);
}

const react = modules[`${pkg.name}/react`];
if (react) {
  const {createElement: h} = await import('react');
  const {renderToString} = await import('react-dom/server');
  try {
    const html = renderToString(
      h(react.NsApiProvider, {mock: true}, h(react.NsStreamList, {pageSize: 50, state: 'live'})),
    );
    if (
      !/^<ns-api-provider[^>]*><ns-stream-list[^>]*><\/ns-stream-list><\/ns-api-provider>$/.test(
        html,
      )
    ) {
      problems.push(`the React wrappers rendered on the server to an unexpected ${html}`);
    }
  } catch (error) {
    problems.push(`rendering the React wrappers on the server throws: ${error?.stack ?? error}`);
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`check-node-import: ${problem}`);
  process.exit(1);
}
console.log(`check-node-import: ok. ${specifiers.length} entries import in Node without a DOM.`);
