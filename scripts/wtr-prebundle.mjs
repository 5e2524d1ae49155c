/**
 * A Web Test Runner / Web Dev Server plugin that serves CommonJS packages (React, ReactDOM, …) to
 * the browser as ES modules, which the dev server alone cannot do:
 *
 *   prebundlePlugin({specifiers: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime']})
 *
 * At server start it bundles every listed specifier with esbuild, in one build with code splitting,
 * so that modules they share (react-dom and react-dom/client both use react) exist once: there is
 * one React on the page. Each specifier gets an entry module with real named exports (the package
 * is loaded in Node once to list them), plus the `default` export Node would give. Bare imports of
 * exactly those specifiers, from any served module, are rewritten to the bundles, which are served
 * from memory under /__prebundle__/. Packages that are already ES modules may be listed too; they
 * are bundled the same way (`export *`).
 *
 * `process.env.NODE_ENV` is replaced with the server's NODE_ENV, default "development" (React's
 * development build, with its warnings). Nothing else is configurable, on purpose.
 */
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const PREFIX = '/__prebundle__/';
const ENTRY_NAMESPACE = 'prebundle-entry';

/** Whether `name` can be written as `export const {name} = …`. */
function isIdentifier(name) {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  try {
    // Only parsed, never called: rejects reserved words (`default`, `delete`, …).
    new Function(`let ${name};`);
    return true;
  } catch {
    return false;
  }
}

/** The entry module's source for one specifier, from what the package exports in Node. */
async function entrySource(specifier, require) {
  let exportNames;
  let commonJs = true;
  try {
    exportNames = Object.keys(require(specifier));
  } catch (error) {
    if (error?.code !== 'ERR_REQUIRE_ESM') throw error;
    commonJs = false;
    exportNames = Object.keys(await import(pathToFileURL(require.resolve(specifier)).href));
  }
  const names = exportNames.filter(name => name !== '__esModule' && isIdentifier(name));
  const spec = JSON.stringify(specifier);
  if (!commonJs) {
    return `export * from ${spec};${exportNames.includes('default') ? `export {default} from ${spec};` : ''}`;
  }
  // A CommonJS module: each key of its exports is a named export; the default export is what
  // bundlers make of it (the exports object, or `exports.default` of a transpiled ES module).
  return [
    `import * as namespace from ${spec};`,
    names.length ? `export const {${names.join(', ')}} = namespace;` : '',
    `export default namespace.default;`,
  ].join('\n');
}

/**
 * @param {{specifiers: string[]}} options The bare import specifiers to serve as ES modules.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function prebundlePlugin({specifiers}) {
  if (!Array.isArray(specifiers) || !specifiers.length) {
    throw new TypeError('prebundlePlugin: `specifiers` must be a non-empty array of module names.');
  }
  const wanted = new Set(specifiers);
  /** URL path -> bundled code. */
  const files = new Map();
  const urlOf = specifier => `${PREFIX}${specifier}.js`;

  return {
    name: 'prebundle',

    async serverStart({config}) {
      const rootDir = path.resolve(config.rootDir ?? process.cwd());
      const require = createRequire(path.join(rootDir, 'package.json'));
      const sources = new Map();
      for (const specifier of wanted) sources.set(specifier, await entrySource(specifier, require));

      const outdir = path.join(rootDir, '.prebundle'); // nothing is written: write is false
      const result = await build({
        entryPoints: Object.fromEntries(
          [...wanted].map(specifier => [specifier, `${ENTRY_NAMESPACE}:${specifier}`]),
        ),
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        outdir,
        chunkNames: 'chunks/[name]-[hash]',
        write: false,
        logLevel: 'silent',
        define: {
          'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV || 'development'),
        },
        plugins: [
          {
            name: 'prebundle-entries',
            setup(pluginBuild) {
              pluginBuild.onResolve({filter: new RegExp(`^${ENTRY_NAMESPACE}:`)}, args => ({
                path: args.path.slice(ENTRY_NAMESPACE.length + 1),
                namespace: ENTRY_NAMESPACE,
              }));
              pluginBuild.onLoad({filter: /.*/, namespace: ENTRY_NAMESPACE}, args => ({
                contents: sources.get(args.path),
                resolveDir: rootDir,
                loader: 'js',
              }));
            },
          },
        ],
      });
      files.clear();
      for (const file of result.outputFiles) {
        const url = PREFIX + path.relative(outdir, file.path).split(path.sep).join('/');
        files.set(url, file.text);
      }
      for (const specifier of wanted) {
        if (!files.has(urlOf(specifier))) {
          throw new Error(`prebundlePlugin: esbuild produced no bundle for "${specifier}".`);
        }
      }
    },

    resolveImport({source}) {
      if (wanted.has(source)) return urlOf(source);
      return undefined;
    },

    serve(context) {
      const body = files.get(context.path);
      if (body !== undefined) return {body, type: 'js'};
      return undefined;
    },
  };
}
