// `npm start` (scripts/start.mjs) really serves the demo: built, listening, URL printed.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { after, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);

/** Resolves once the process prints `Demo: <url>`, with the URL and everything printed so far. */
function printedDemoUrl(child: ChildProcess): Promise<{ url: URL; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /^Demo:\s+(http:\/\/\S+)$/m.exec(output);
      if (match?.[1]) resolve({ url: new URL(match[1]), output });
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

  it('builds and serves the demo on another port when PORT is taken, printing its URL', async () => {
    blocker = createServer();
    blocker.listen(0, 'localhost');
    await once(blocker, 'listening');
    const address = blocker.address();
    const takenPort = typeof address === 'object' && address ? address.port : 0;

    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: String(takenPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { url: demoUrl, output } = await printedDemoUrl(child);
    assert.match(output, /Built packages\/widgets\/dist\/enterprise-center-widgets\.js/);
    assert.notEqual(Number(demoUrl.port), takenPort);

    const page = await fetch(demoUrl);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const html = await page.text();
    assert.match(html, /<title>Enterprise Center widgets · demo<\/title>/);
    assert.match(html, /<script type="module" src="src\/main\.ts"><\/script>/);

    const entry = await fetch(new URL('src/main.ts', demoUrl));
    assert.match(entry.headers.get('content-type') ?? '', /javascript/);

    const bundle = await fetch(
      new URL('/packages/widgets/dist/enterprise-center-widgets.js', demoUrl),
    );
    assert.equal(bundle.status, 200);
    assert.match(await bundle.text(), /customElements/);
  });
});
