// The `enterprise-center-mock` bin: arguments, the URL it prints, and the process itself.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { main, type CliIo } from '@enterprise-center/mock/node';
import { API_PATH } from './harness.js';

const BIN = fileURLToPath(new URL('../bin/enterprise-center-mock.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `main` with `argv`, collecting what it writes. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const result = await main(argv, io);
  return { ...result, out: out.join('\n'), err: err.join('\n') };
}

/** The bin from source, as `npx enterprise-center-mock` runs it from the build. */
const spawnBin = (args: string[]) =>
  spawn(process.execPath, ['--conditions=source', '--import', 'tsx', BIN, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('enterprise-center-mock', () => {
  it('starts on 127.0.0.1 and prints the URLs of the API and the control API', async () => {
    const { exitCode, server, out, err } = await run(['--port', '0']);
    assert.ok(server);
    try {
      assert.equal(exitCode, 0);
      assert.equal(err, '');
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(out.startsWith(`Fake Enterprise Center backend listening on ${server.url}\n`));
      assert.ok(out.includes(`${server.url}${API_PATH}`));
      assert.ok(out.includes(`${server.url}/__control/`));
      const res = await fetch(`${server.url}${API_PATH}/master-account`, {
        headers: { 'X-Auth-Token': 'token-acme-web' },
      });
      assert.equal(res.status, 200);
    } finally {
      await server.close();
    }
  });

  it('refuses bad arguments with exit code 2, saying which and how to call it', async () => {
    for (const [argv, message] of [
      [['--port', 'abc'], /--port must be a whole number from 0 to 65535, not "abc"/],
      [['--port', '65536'], /--port must be a whole number/],
      [['--port', '-1'], /--port/],
      [['--port'], /--port/],
      [['--host', ' '], /--host must not be empty/],
      [['--verbose'], /Unknown option '--verbose'/],
      [['serve'], /Unexpected argument 'serve'/],
    ] as const) {
      const { exitCode, server, out, err } = await run([...argv]);
      assert.equal(exitCode, 2, argv.join(' '));
      assert.equal(server, undefined);
      assert.equal(out, '');
      assert.match(err, message);
      assert.match(err, /Usage: enterprise-center-mock \[--port <n>\] \[--host <address>\]/);
    }
  });

  it('prints its usage for --help', async () => {
    const { exitCode, server, out } = await run(['--help']);
    assert.deepEqual([exitCode, server], [0, undefined]);
    assert.match(out, /--port <n> +TCP port, 0 for any free one \(default 4010\)/);
    assert.match(out, /default 127\.0\.0\.1: this machine only/);
  });

  it('exits 1 when the port is taken', async () => {
    const blocker = createServer();
    blocker.listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const { port } = blocker.address() as { port: number };
    try {
      const { exitCode, server, err } = await run(['--port', String(port)]);
      assert.deepEqual([exitCode, server], [1, undefined]);
      assert.match(
        err,
        new RegExp(`cannot listen on 127\\.0\\.0\\.1 port ${port}: the port is in use`),
      );
    } finally {
      blocker.close();
    }
  });

  it('warns when it listens beyond this machine', async () => {
    const { server, err } = await run(['--port', '0', '--host', '0.0.0.0']);
    try {
      assert.match(err, /reachable from other machines; the control API has no authentication/);
    } finally {
      await server?.close();
    }
  });

  it('runs as a process until SIGTERM', async () => {
    const child = spawnBin(['--port', '0']);
    const exited = once(child, 'exit');
    try {
      const lines = createInterface({ input: child.stdout });
      const [first] = (await once(lines, 'line')) as [string];
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
      assert.ok(url, first);
      const res = await fetch(`${url}${API_PATH}/invitation-settings`, {
        headers: { 'X-Auth-Token': 'token-acme-group' },
      });
      assert.equal(res.status, 200);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await exited) as [number | null];
    assert.equal(code, 0);
  });

  it('exits the process with code 2 on bad arguments', async () => {
    const child = spawnBin(['--port', 'nope']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 2);
    assert.match(stderr, /--port must be a whole number from 0 to 65535, not "nope"/);
  });
});
