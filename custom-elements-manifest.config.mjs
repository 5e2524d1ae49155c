/**
 * `npm run analyze`: writes custom-elements.json at the repo root (and its path into
 * package.json's `customElements`) from the elements in src/elements/. Commit both.
 */
import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import ts from 'typescript';

/** The `.ts` files under `dir` whose path ends with `suffix`, as posix paths from the root. */
function findFiles(dir, suffix) {
  return readdirSync(dir, {recursive: true})
    .map(file => path.posix.join(dir, String(file).split(path.sep).join('/')))
    .filter(file => file.endsWith(suffix))
    .sort();
}

/**
 * Loads pure data modules of src/ (no DOM, no Lit: `src/internal/tokens.ts`, the `*.parts.ts`
 * modules and what they import), each transpiled into a scratch folder that mirrors src/.
 */
async function loadSourceModules(files) {
  const out = path.join(tmpdir(), `ns-cem-${process.pid}`);
  const seen = new Set();
  const emit = file => {
    if (seen.has(file)) return;
    seen.add(file);
    const {outputText} = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
      fileName: file,
    });
    const target = path.join(out, file.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(target), {recursive: true});
    writeFileSync(target, outputText);
    for (const [, spec] of outputText.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      emit(path.posix.join(path.posix.dirname(file), `${spec}.ts`));
    }
  };
  files.forEach(emit);
  writeFileSync(path.join(out, 'package.json'), '{"type": "module"}');
  const modules = {};
  try {
    for (const file of files) {
      const url = pathToFileURL(path.join(out, file.replace(/\.ts$/, '.js'))).href;
      modules[file] = await import(url);
    }
  } finally {
    rmSync(out, {recursive: true, force: true});
  }
  return modules;
}

const partsModules = findFiles('src', '.parts.ts');
const loaded = await loadSourceModules([
  'src/internal/tokens.ts',
  'src/internal/exportparts.ts',
  ...partsModules,
]);
const {globalTokens} = loaded['src/internal/tokens.ts'];
const {forwardedNames} = loaded['src/internal/exportparts.ts'];
/** Per host tag, the nested elements whose parts it forwards (each `*.parts.ts`'s `forwards`). */
const forwardsByTag = Object.fromEntries(
  partsModules
    .map(file => loaded[file])
    .filter(mod => typeof mod.tag === 'string' && Array.isArray(mod.forwards))
    .map(mod => [mod.tag, mod.forwards]),
);

/**
 * Documents what is written once instead of in every class comment: each global `--ns-*` token
 * (from src/internal/tokens.ts) on every element, after the element's own properties, and each
 * part an element forwards from a nested one (from its `*.parts.ts`), after its own parts, with
 * the nested element's description. Nested elements are expanded first, so forwarding nests.
 */
function generatedDocs() {
  return {
    name: 'nanostream:generated-docs',
    packageLinkPhase({customElementsManifest}) {
      const declarations = new Map();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && declaration.tagName) {
            declarations.set(declaration.tagName, declaration);
          }
        }
      }
      // Where each documented part comes from: the nested elements it passes through (outermost
      // first) and the description written where the part is rendered.
      const origins = new Map();
      const originOf = (tag, part) =>
        origins.get(`${tag} ${part.name}`) ?? {path: [], about: part.description};
      const expanded = new Set();
      const partsOf = tag => {
        const declaration = declarations.get(tag);
        if (!declaration) return [];
        if (!expanded.has(tag)) {
          expanded.add(tag);
          const own = declaration.cssParts ?? [];
          const names = new Set(own.map(part => part.name));
          for (const forward of forwardsByTag[tag] ?? []) {
            const inner = new Map(partsOf(forward.tag).map(part => [part.name, part]));
            for (const {part, names: outer} of forwardedNames(forward)) {
              const from = inner.get(part);
              const {path, about} = from
                ? originOf(forward.tag, from)
                : {path: [], about: `Its \`${part}\`.`};
              const origin = {path: [forward.tag, ...path], about};
              const where = origin.path.map(t => `\`<${t}>\``).join(' › ');
              for (const name of outer) {
                if (names.has(name)) continue;
                names.add(name);
                origins.set(`${tag} ${name}`, origin);
                own.push({name, description: `${where}: ${about ?? ''}`.trim()});
              }
            }
          }
          if (own.length) declaration.cssParts = own;
        }
        return declaration.cssParts ?? [];
      };
      for (const [tag, declaration] of declarations) {
        partsOf(tag);
        const properties = declaration.cssProperties ?? [];
        const names = new Set(properties.map(property => property.name));
        for (const [name, token] of Object.entries(globalTokens)) {
          if (names.has(name)) continue;
          properties.push({name, description: token.description, default: token.light});
        }
        declaration.cssProperties = properties;
      }
    },
  };
}

/**
 * Our elements register through `define('ns-x', NsX)` (src/internal/define.ts), which the
 * analyzer does not know: record the tag name and the definition as for customElements.define.
 */
function defineHelper() {
  return {
    name: 'nanostream:define-helper',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      const declaration = moduleDoc.declarations?.find(
        d => d.kind === 'class' && d.name === ctor.text,
      );
      if (!declaration) return;
      declaration.tagName = tag.text;
      declaration.customElement = true;
      moduleDoc.exports ??= [];
      if (
        !moduleDoc.exports.some(e => e.kind === 'custom-element-definition' && e.name === tag.text)
      ) {
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: {name: ctor.text, module: moduleDoc.path},
        });
      }
    },
  };
}

/** Point the manifest's module paths at the published files (src/x.ts -> dist/x.js). */
function publishedPaths() {
  const toDist = p => p.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'nanostream:published-paths',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.path = toDist(mod.path);
        for (const entry of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
          for (const ref of [entry.declaration, entry.superclass]) {
            if (ref?.module) ref.module = toDist(ref.module);
          }
        }
      }
    },
  };
}

/**
 * The analyzer also records `dispatchEvent(new NsXEvent(…))` calls as events it cannot name (the
 * name is the class's static `eventName`), and the `detail` of an event class as an event. The
 * class JSDoc's `@event ns-…` lines are the contract: keep the events they name, drop the rest.
 */
function documentedEventsOnly() {
  return {
    name: 'nanostream:documented-events-only',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter(e => e.name?.startsWith('ns-'));
          if (!declaration.events.length) delete declaration.events;
        }
      }
    },
  };
}

/** Modules in path order: the analyzer lists them in the file system's order, which varies. */
function sortedModules() {
  return {
    name: 'nanostream:sorted-modules',
    packageLinkPhase({customElementsManifest}) {
      customElementsManifest.modules?.sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/parts/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    defineHelper(),
    documentedEventsOnly(),
    generatedDocs(),
    publishedPaths(),
    sortedModules(),
  ],
};
