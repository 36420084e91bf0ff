// Removes every workspace package's build output, so a build never ships files of an earlier one
// (e.g. an old hashed zh-CN chunk beside the embed bundle).
import { readFileSync, rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { workspaces } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
for (const folder of workspaces) {
  rmSync(new URL(`${folder}/dist`, root), { recursive: true, force: true });
}
