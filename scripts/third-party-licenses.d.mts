// Types of third-party-licenses.mjs for the TypeScript callers (test/node/third-party-licenses.test.ts).
import type { Plugin } from 'rollup';

export function licenseBanner(fileName: string): string;
export function thirdPartyLicenses(files: Iterable<string>): string;
export function thirdPartyLicensesRollup(fileName: string): Plugin;
