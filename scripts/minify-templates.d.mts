// Types of minify-templates.mjs for the TypeScript callers (test/node/minify-templates.test.ts).
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as RollupPlugin } from 'rollup';

/** A source map (v3) of one source. */
export interface SourceMap {
  version: 3;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

export const ELEMENT_SOURCES: RegExp;
export function minifyTemplates(
  code: string,
  fileName: string,
): { code: string; map: SourceMap } | null;
export function minifyTemplatesRollup(): RollupPlugin;
export function minifyTemplatesEsbuild(): EsbuildPlugin;
