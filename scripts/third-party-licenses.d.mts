// Types of third-party-licenses.mjs for the TypeScript callers (test/node/third-party-licenses.test.ts).
import type { Plugin } from 'rollup';

export function licensesText(files: Iterable<string>): string;
export function thirdPartyLicenses(fileName: string): Plugin;
