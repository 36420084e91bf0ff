// `npm start` (scripts/start.mjs) really serves everything: built, listening, URLs printed.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { after, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const servers = ['Demo', 'Portal', 'Fake backend'] as const;

/** Resolves once the process printed every server's URL, with the URLs and all output so far. */
function printedUrls(child: ChildProcess): Promise<{ urls: Record<string, URL>; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const urls: Record<string, URL> = {};
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      for (const name of servers) {
        const match = new RegExp(`^${name}:\\s+(http://\\S+)`, 'm').exec(output);
        if (match?.[1]) urls[name] = new URL(match[1]);
      }
      if (servers.every((name) => urls[name])) resolve({ urls, output });
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code) =>
      reject(new Error(`start exited (${code}) before serving:\n${output}`)),
    );
  });
}

describe('npm start', () => {
  let child: ChildProcess | undefined;
  let blocker: Server | undefined;

  after(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    blocker?.close();
  });

  it('builds, then serves the demo, the portal and the fake backend, printing their URLs', async () => {
    blocker = createServer();
    blocker.listen(0, 'localhost');
    await once(blocker, 'listening');
    const address = blocker.address();
    const takenPort = typeof address === 'object' && address ? address.port : 0;

    // As package.json's `start` runs it.
    child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'scripts/start.mjs'],
      {
        cwd: root,
        env: { ...process.env, PORT: String(takenPort) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const { urls, output } = await printedUrls(child);
    assert.match(output, /Built packages\/widgets\/dist\/enterprise-center-widgets\.js/);
    assert.match(output, /Built the demo into \S+demo\/dist\//);
    assert.match(output, new RegExp(`Port ${takenPort} is taken; using another\\.`));
    assert.notEqual(Number(urls['Demo']?.port), takenPort);

    // The demo: the production build.
    const page = await fetch(urls['Demo']!);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<title>Enterprise Center widgets · demo<\/title>/);
    assert.match(html, /<script type="module" src="main\.js"><\/script>/);
    const script = await fetch(new URL('main.js', urls['Demo']));
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    assert.doesNotMatch(await script.text(), /Lit is in dev mode/);
    assert.equal((await fetch(new URL('mockServiceWorker.js', urls['Demo']))).status, 200);

    // The portal: its sign-in page first.
    const portal = await fetch(urls['Portal']!);
    assert.equal(new URL(portal.url).pathname, '/sign-in');
    assert.match(await portal.text(), /<h1>Sign in<\/h1>/);

    // The fake backend over HTTP, on loopback, with the fixtures' tokens.
    assert.equal(urls['Fake backend']?.hostname, '127.0.0.1');
    const settings = await fetch(
      new URL('/v2/enterprises/multi-accounts/invitation-settings', urls['Fake backend']),
      { headers: { 'X-Auth-Token': 'token-acme-group' } },
    );
    assert.equal(settings.status, 200);
  });
});
