import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {countReporter} from './scripts/wtr-count-reporter.mjs';
import {prebundlePlugin} from './scripts/wtr-prebundle.mjs';
import {chromiumArgs, executablePath} from './scripts/chromium.mjs';
import {builtCdnSize, elementSizes} from './scripts/bench-sizes.mjs';
import {SIZE_BUDGETS} from './scripts/size-budgets.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * `executeServerCommand('bundle-sizes')` (test/tooling/sizes.test.ts): the budgets and the sizes
 * they hold, min + gzip as `npm run bench` measures them, of cdn/ as `npm test` has just built it
 * and of each element entry bundled alone with Lit.
 */
function bundleSizesPlugin() {
  return {
    name: 'bundle-sizes',
    async executeCommand({command}) {
      if (command !== 'bundle-sizes') return undefined;
      const tmp = await mkdtemp(path.join(os.tmpdir(), 'ns-sizes-'));
      try {
        const cdn = await builtCdnSize(path.join(root, 'cdn'));
        const elements = await elementSizes(root, tmp);
        return {
          budgets: SIZE_BUDGETS,
          cdn: cdn.gzip,
          elements: Object.fromEntries(elements.map(({tag, gzip}) => [tag, gzip])),
        };
      } finally {
        await rm(tmp, {recursive: true, force: true});
      }
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  nodeResolve: {exportConditions: ['browser', 'production']},
  plugins: [
    bundleSizesPlugin(),
    // React is CommonJS: served as ES modules, one React for react and react-dom.
    // Storybook's test helpers (loaded by storybook/preview-api, for the story tests) use
    // @testing-library/dom, whose aria-query, lz-string and pretty-format are CommonJS too.
    prebundlePlugin({
      specifiers: [
        'react',
        'react-dom',
        'react-dom/client',
        'react/jsx-runtime',
        'aria-query',
        'lz-string',
        'pretty-format',
      ],
    }),
    // tsconfig.json carries experimentalDecorators/useDefineForClassFields: esbuild must see it.
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...chromiumArgs,
          // A non-localhost origin served by this machine, for tests of origin-dependent behaviour
          // (e.g. the provider's warning about an api-key on a public page).
          '--host-resolver-rules=MAP portal.test 127.0.0.1',
        ],
      },
    }),
  ],
  // One page at a time: tests may share a mock service worker.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: {config: {timeout: 10000}},
  coverage: true,
  coverageConfig: {
    include: ['src/**'],
    exclude: ['src/api/schema.d.ts', '**/node_modules/**'],
    reporters: ['text-summary', 'lcov'],
    reportDir: 'coverage',
  },
  filterBrowserLogs: ({args}) =>
    !args.some(arg => typeof arg === 'string' && arg.includes('Lit is in dev mode')),
  // Every element suite runs twice: on the full mock organisation (the default group), and on a
  // mock with only the documented API (test/helpers/fixtures.ts reads the flag set here).
  groups: [
    {name: 'full', files: ['test/**/*.test.ts']},
    {
      name: 'documented-only',
      files: ['test/elements/**/*.test.ts'],
      testRunnerHtml: testFramework =>
        `<!doctype html><html><body><script>window.__NS_DOCUMENTED_ONLY__ = true;</script>` +
        `<script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  reporters: [defaultReporter(), countReporter()],
};
