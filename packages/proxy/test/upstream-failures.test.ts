// When the upstream cannot be reached (502 APIG.0201) or does not answer in time (504
// APIG.0201), the page gets a contract-shaped error it can retry.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { createProxy, ROUTES } from '@enterprise-center/proxy';
import { useRecordingUpstream } from './support/recording-upstream.js';
import { assertRefusal, pageRequest, tokenGrant } from './support/requests.js';

const upstream = await useRecordingUpstream();
const SETTINGS = ROUTES.find(({ operation }) => operation === 'invitations.settings')!;

/** A port nothing listens on: bound, then closed. */
const closedPort = async (): Promise<number> => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
};

describe('an unreachable upstream (502 APIG.0201)', () => {
  it('answers 502 when nothing listens upstream', async () => {
    const handle = createProxy({
      upstream: `http://127.0.0.1:${await closedPort()}`,
      authorize: () => tokenGrant(),
    });
    await assertRefusal(await handle(pageRequest(SETTINGS)), 502, 'APIG.0201');
  });

  it('answers 502 when the connection drops before an answer', async () => {
    upstream.answer = () => 'drop';
    const handle = createProxy({ upstream: upstream.url, authorize: () => tokenGrant() });
    await assertRefusal(await handle(pageRequest(SETTINGS)), 502, 'APIG.0201');
    assert.equal(upstream.received.length, 1);
  });

  it('answers 502 to a redirect rather than following it with the credentials', async () => {
    upstream.answer = ({ target }) =>
      target.startsWith('/elsewhere')
        ? { status: 200, body: '{}' }
        : { status: 307, headers: { Location: `${upstream.url}/elsewhere` } };
    const handle = createProxy({ upstream: upstream.url, authorize: () => tokenGrant() });
    await assertRefusal(await handle(pageRequest(SETTINGS)), 502, 'APIG.0201');
    assert.deepEqual(
      upstream.received.map(({ target }) => target),
      ['/v2/enterprises/multi-accounts/invitation-settings'],
    );
  });
});

describe('an upstream that does not answer in time (504 APIG.0201)', () => {
  it('answers 504 after the timeout when no answer comes', async () => {
    upstream.answer = () => 'hang';
    const handle = createProxy({
      upstream: upstream.url,
      timeout: 150,
      authorize: () => tokenGrant(),
    });
    const started = performance.now();
    await assertRefusal(await handle(pageRequest(SETTINGS)), 504, 'APIG.0201');
    const waited = performance.now() - started;
    assert.ok(waited >= 140 && waited < 2000, `waited ${waited} ms`);
  });

  it('answers 504 when the answer starts in time but its body does not finish', async () => {
    const stalling = createServer((_, outgoing) => {
      outgoing.writeHead(200, { 'Content-Type': 'application/json' });
      outgoing.write('{"invitations": [');
    }).listen(0, '127.0.0.1');
    await once(stalling, 'listening');
    try {
      const handle = createProxy({
        upstream: `http://127.0.0.1:${(stalling.address() as AddressInfo).port}`,
        timeout: 150,
        authorize: () => tokenGrant(),
      });
      await assertRefusal(await handle(pageRequest(SETTINGS)), 504, 'APIG.0201');
    } finally {
      stalling.closeAllConnections();
      stalling.close();
    }
  });

  it('returns an answer that arrives within the timeout', async () => {
    upstream.answer = () => ({ status: 200, body: '{"late":false}' });
    const handle = createProxy({
      upstream: upstream.url,
      timeout: 2000,
      authorize: () => tokenGrant(),
    });
    assert.equal((await handle(pageRequest(SETTINGS))).status, 200);
  });
});
