// `enterprise-center-mock [--port <n>] [--host <address>]`: the fake backend over HTTP from a
// shell (bin/enterprise-center-mock.js runs `main`).
import { parseArgs } from 'node:util';
import { serveFakeBackend, type FakeBackendServer } from './serve-fake-backend.js';

/** Where the bin writes: stdout and stderr lines. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** How `main` ended: the exit code, and the running server when it started one. */
export interface CliResult {
  exitCode: 0 | 1 | 2;
  server?: FakeBackendServer;
}

const DEFAULT_PORT = 4010;
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/;

const USAGE = `Usage: enterprise-center-mock [--port <n>] [--host <address>]

Serves the fake Enterprise Center backend (@enterprise-center/mock) over HTTP:
the API at /v2/enterprises/multi-accounts, the control API at /__control/.

Options:
  --port <n>        TCP port, 0 for any free one (default ${DEFAULT_PORT})
  --host <address>  address to listen on (default 127.0.0.1: this machine only)
  -h, --help        show this help`;

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function readPort(value: string | undefined): number | undefined {
  if (value === undefined) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  return port <= 65_535 ? port : undefined;
}

/**
 * Parses `argv` (without node and the script), starts the server and prints its URL. Bad
 * arguments give exit code 2 and a message naming them; a port that cannot be opened, 1.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<CliResult> {
  const usageError = (message: string): CliResult => {
    io.err(`enterprise-center-mock: ${message}\n\n${USAGE}`);
    return { exitCode: 2 };
  };
  let values: { port?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    io.out(USAGE);
    return { exitCode: 0 };
  }
  const port = readPort(values.port);
  if (port === undefined) {
    return usageError(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') return usageError('--host must not be empty');

  let server: FakeBackendServer;
  try {
    server = await serveFakeBackend({ port, host });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'EADDRINUSE' ? 'the port is in use (choose another with --port)' : message;
    io.err(`enterprise-center-mock: cannot listen on ${host} port ${port}: ${why}`);
    return { exitCode: 1 };
  }
  io.out(`Fake Enterprise Center backend listening on ${server.url}`);
  io.out(`  API:          ${server.url}/v2/enterprises/multi-accounts`);
  io.out(`  control API:  ${server.url}/__control/`);
  io.out('  credentials:  X-Auth-Token: token-<account>, or AK/SK (docs/contract/FIXTURES.md)');
  if (!LOOPBACK.test(host)) {
    io.err(
      `enterprise-center-mock: warning: listening on ${host}, reachable from other machines; ` +
        'the control API has no authentication',
    );
  }
  return { exitCode: 0, server };
}
