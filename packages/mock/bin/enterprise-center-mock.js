#!/usr/bin/env node
// The `enterprise-center-mock` command: the fake backend over HTTP until Ctrl+C (SIGINT) or
// SIGTERM. Runs the built package on plain Node; with `--conditions=source --import tsx`, the
// TypeScript source.
import { main } from '@enterprise-center/mock/node';

const { exitCode, server } = await main(process.argv.slice(2));
process.exitCode = exitCode;
if (server) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.close());
}
