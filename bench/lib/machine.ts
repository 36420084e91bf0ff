import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';

/** The machine a benchmark ran on, to read its numbers against. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  /** 1-minute load average when the run started (other work on the machine skews timings). */
  loadAverage: number;
  freeMemoryGB: number;
  chromium?: string;
}

const gb = (bytes: number): number => Math.round((bytes / 2 ** 30) * 10) / 10;

/** Describes this machine. */
export function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGB: gb(totalmem()),
    os: `${type()} ${release()}`,
    node: process.version,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    freeMemoryGB: gb(freemem()),
  };
}
