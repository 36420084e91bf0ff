// Types of measure.mjs for the TypeScript callers (test/node/size.test.ts, bench/).
import type { OutputAsset, OutputChunk } from 'rollup';

/** Bytes of a bundle as sent. */
export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** A row of budgets.json: what to build (one of rollupConfig, entry, publishedPage) and its budget. */
export interface BudgetRow {
  id: string;
  label: string;
  /** An export of rollup.config.mjs, built as it ships. */
  rollupConfig?: string;
  /** With `rollupConfig`: weigh this chunk (e.g. `zh-cn`) instead of what loads up front. */
  chunk?: string;
  /** A source file, built with rollup.config.mjs's `browserBundle`. */
  entry?: string;
  /** A page bundling the packed, installed workspace `packages`; `source` is its module text. */
  publishedPage?: { packages: string[]; source: string };
  /** The most gzip bytes the row may weigh. */
  budget?: number;
  /** The id of a row whose difference to this one `npm run size` prints. */
  compare?: string;
}

/** A row that was built and weighed. */
export interface Measurement {
  id: string;
  label: string;
  budget?: number;
  /** The sum over the chunks a page loads up front. */
  size: Size;
  files: number;
  over: boolean;
  usesEval: boolean;
  /** How the row was made, when that varies (where the installed dependencies came from). */
  note?: string;
}

export const root: string;
export function weigh(code: Uint8Array | string): Size;
export function upFront(output: (OutputChunk | OutputAsset)[]): OutputChunk[];
export function usesEval(code: Uint8Array | string): boolean;
export function readBudgets(): Promise<BudgetRow[]>;
export function measureRow(row: BudgetRow): Promise<Measurement>;
export function measureAll(): Promise<Measurement[]>;
export function kB(bytes: number): string;
