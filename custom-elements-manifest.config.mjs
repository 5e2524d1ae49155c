/**
 * `npm run analyze`: writes custom-elements.json at the repo root (and its path into
 * package.json's `customElements`) from the elements in src/elements/. Commit both.
 */

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

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineHelper(), documentedEventsOnly(), publishedPaths()],
};
