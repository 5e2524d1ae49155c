#!/usr/bin/env node
/**
 * Fails when the generated API code is stale, i.e. src/api/openapi.yaml changed without
 * `npm run gen:api`:
 *   - regenerates src/api/schema.d.ts with openapi-typescript into a temporary file and compares;
 *   - runs scripts/gen-api.mjs --check, which also covers src/api/operations.ts;
 * and when the React wrappers or the JSX types are stale with custom-elements.json (an element or
 * an event added without `npm run gen:react`): runs scripts/gen-react.mjs --check.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const spec = path.join(root, 'src/api/openapi.yaml');
const schema = path.join(root, 'src/api/schema.d.ts');
const genApi = path.join(root, 'scripts/gen-api.mjs');
const genReact = path.join(root, 'scripts/gen-react.mjs');
const stale = message => {
  console.error(`check-generated: ${message} Run "npm run gen:api" and commit the result.`);
  process.exit(1);
};

if (!existsSync(spec)) stale('src/api/openapi.yaml is missing.');
if (!existsSync(schema)) stale('src/api/schema.d.ts is missing.');

const dir = mkdtempSync(path.join(tmpdir(), 'nanostream-gen-'));
try {
  const fresh = path.join(dir, 'schema.d.ts');
  const cli = path.join(root, 'node_modules/openapi-typescript/bin/cli.js');
  try {
    execFileSync(process.execPath, [cli, spec, '-o', fresh], {cwd: root, stdio: 'pipe'});
  } catch (error) {
    const detail = String(error.stderr ?? error.message)
      .split('\n')
      .find(line => /error/i.test(line));
    console.error(
      `check-generated: openapi-typescript could not read src/api/openapi.yaml: ${detail}`,
    );
    process.exit(1);
  }
  const expected = readFileSync(fresh, 'utf8').split('\n');
  const actual = readFileSync(schema, 'utf8').split('\n');
  const line = expected.findIndex((text, i) => text !== actual[i]);
  if (line !== -1 || expected.length !== actual.length) {
    const at = line === -1 ? Math.min(expected.length, actual.length) : line;
    stale(
      `src/api/schema.d.ts is out of date with src/api/openapi.yaml (first difference at line ${at + 1}:` +
        ` expected ${JSON.stringify(expected[at] ?? '<end of file>')},` +
        ` found ${JSON.stringify(actual[at] ?? '<end of file>')}).`,
    );
  }
} finally {
  rmSync(dir, {recursive: true, force: true});
}

if (existsSync(genApi)) {
  try {
    execFileSync(process.execPath, [genApi, '--check'], {cwd: root, stdio: 'inherit'});
  } catch {
    stale('Generated API code (see above) is out of date.');
  }
}
try {
  execFileSync(process.execPath, [genReact, '--check'], {cwd: root, stdio: 'inherit'});
} catch {
  console.error(
    'check-generated: src/react/index.ts or src/jsx.ts (see above) is out of date. Run "npm run gen:react" and commit the result.',
  );
  process.exit(1);
}
console.log(
  'check-generated: src/api/schema.d.ts, src/api/operations.ts, src/react/index.ts and src/jsx.ts are up to date.',
);
