#!/usr/bin/env node
// Removes build output before a build.
import {rmSync} from 'node:fs';

for (const dir of ['dist', 'cdn'])
  rmSync(new URL(`../${dir}`, import.meta.url), {recursive: true, force: true});
