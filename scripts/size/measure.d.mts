// Types of measure.mjs for the TypeScript callers (test/node/size.test.ts, bench/).

/** Bytes of a bundle as sent. */
export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** A row of budgets.json: what to build (one of entry, source, rollupConfig) and its budget. */
export interface BudgetRow {
  id: string;
  label: string;
  entry?: string;
  source?: string;
  rollupConfig?: string;
  /** With `rollupConfig`: weigh this chunk (e.g. `zh-cn`) instead of the entry. */
  chunk?: string;
  budget?: Partial<Size>;
  /** The goal, reported beside the budget, not enforced. */
  target?: Partial<Size>;
}

/** A measured row: its size, budget and target, those it exceeds, and whether it could eval text. */
export interface Measurement {
  id: string;
  label: string;
  size: Size;
  budget: Partial<Size>;
  over: (keyof Size)[];
  target: Partial<Size>;
  missed: (keyof Size)[];
  usesEval: boolean;
}

/** esbuild's metafile (only what the callers read). */
export interface Metafile {
  inputs: Record<string, { bytes: number }>;
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

export const root: string;
export const esbuildVersion: string;
export const productionSettings: Readonly<Record<string, unknown>>;
export function weigh(code: Uint8Array | string): Size;
export function bundle(input: {
  entry?: string;
  source?: string;
}): Promise<{ code: Uint8Array; metafile: Metafile }>;
export function bundleWithRollupConfig(name: string, chunk?: string): Promise<{ code: Uint8Array }>;
export function usesEval(code: Uint8Array | string): boolean;
export function readBudgets(): Promise<BudgetRow[]>;
export function measureRow(row: BudgetRow): Promise<Measurement>;
export function measureAll(): Promise<Measurement[]>;
export function kB(bytes: number): string;
