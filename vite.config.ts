/**
 * One Vite config, three jobs:
 *   vite                     dev server over the repo root (npm start opens /demo/index.html;
 *                            /demo/partner.html is the same portal under a partner's brand)
 *   vite build               the library: dist/, ESM, one file per source module, deps external
 *   vite build --mode cdn    cdn/nanostream-elements.js: one file with Lit bundled, for
 *                            <script type="module">; the mock stays a lazily loaded chunk beside it
 *
 * Decorators: the code uses TypeScript's legacy decorators (experimentalDecorators,
 * useDefineForClassFields: false). Oxc is told so explicitly, so no TC39 `@decorator` syntax and
 * no `[[Define]]` class fields (which would shadow Lit's reactive accessors) reach the browser.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defineConfig, type Plugin, type UserConfig} from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Legacy decorators and [[Set]] class fields, as in tsconfig.json. Shared with Storybook's Vite
 * config (.storybook/vite.config.ts).
 */
export const legacyDecorators = {
  target: 'es2022',
  decorator: {legacy: true},
  typescript: {removeClassFieldsWithoutInitializer: true},
  assumptions: {setPublicClassFields: true},
} satisfies UserConfig['oxc'];
const src = path.join(root, 'src');

/**
 * Packages the library build leaves to the consumer: dependencies and peers from package.json,
 * and Lit's own packages (imported through `lit`), with any subpath (`lit/decorators.js`).
 */
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalPackages = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
];
const isExternal = (id: string) =>
  externalPackages.some(name => id === name || id.startsWith(`${name}/`));

/** Every file under `dir` (recursively), as paths relative to src/. */
function sourceFiles(dir = src): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap(dirent => {
    const file = path.join(dir, dirent.name);
    return dirent.isDirectory() ? sourceFiles(file) : [path.relative(src, file)];
  });
}

/** Every library module: src/**\/*.ts except declarations, tests and stories. */
function libraryEntries(): Record<string, string> {
  const modules = sourceFiles().filter(
    file => file.endsWith('.ts') && !/\.(d|test|spec|stories)\.ts$/.test(file),
  );
  return Object.fromEntries(modules.map(file => [file.replace(/\.ts$/, ''), path.join(src, file)]));
}

/**
 * Ships what tsc will not emit: hand-written or generated declarations (src/api/schema.d.ts,
 * which the emitted .d.ts files import) and the OpenAPI description, next to the built client.
 */
function copyNonModules(): Plugin {
  return {
    name: 'nanostream:copy-non-modules',
    apply: 'build',
    generateBundle() {
      for (const file of sourceFiles()) {
        if (!file.endsWith('.d.ts') && file !== path.join('api', 'openapi.yaml')) continue;
        this.emitFile({
          type: 'asset',
          fileName: file.split(path.sep).join('/'),
          source: readFileSync(path.join(src, file)),
        });
      }
    },
  };
}

/**
 * `npm start` runs `vite --open`. Where no browser can be opened (CI, a Linux without a display)
 * tell Vite's opener to do nothing (BROWSER=none) instead of spawning xdg-open; the server runs.
 */
const headless =
  !!process.env.CI ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
if (headless && !process.env.BROWSER) process.env.BROWSER = 'none';

export default defineConfig(({mode}) => {
  const cdn = mode === 'cdn';
  return {
    root,
    publicDir: false,
    oxc: legacyDecorators,
    // The CDN bundle inlines Lit: take its production build. (Dev and lib builds keep defaults.)
    ...(cdn && {
      resolve: {conditions: ['browser', 'production', 'module', 'import', 'default']},
      define: {'process.env.NODE_ENV': JSON.stringify('production')},
    }),
    build: cdn
      ? {
          outDir: 'cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: {
            entry: path.join(src, 'index.ts'),
            formats: ['es'],
            fileName: () => 'nanostream-elements.js',
          },
          rolldownOptions: {
            // Lets modules shared by the bundle and the mock chunk stay in the bundle (which then
            // exports a few extra minified names) instead of a third, shared chunk.
            preserveEntrySignatures: 'allow-extension',
            output: {
              // Lib mode alone keeps whitespace (for ES consumers); a CDN file is fully minified.
              minify: true,
              // The mock (loaded with import()) becomes its own file next to the bundle.
              chunkFileNames: 'nanostream-elements.[name]-[hash].js',
            },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: {entry: libraryEntries(), formats: ['es']},
          rolldownOptions: {
            external: isExternal,
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              // Helpers from bundled runtimes (e.g. Oxc's `decorate`) land in a short, stable place
              // instead of _virtual/_@oxc-project_runtime@<version>/helpers/esm/.
              entryFileNames: chunk =>
                chunk.name.startsWith('_virtual/')
                  ? `_virtual/${chunk.name.split('/').pop()}.js`
                  : '[name].js',
            },
          },
        },
    plugins: cdn ? [] : [copyNonModules()],
  };
});
