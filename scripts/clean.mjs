// Removes every package's build output, so a build never ships files of an earlier one (e.g. an
// old hashed zh-CN chunk beside the embed bundle).
import { rmSync } from 'node:fs';

for (const pkg of ['sdk', 'mock', 'widgets']) {
  rmSync(new URL(`../packages/${pkg}/dist`, import.meta.url), { recursive: true, force: true });
}
