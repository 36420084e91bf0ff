import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { newIdempotencyKey } from '@enterprise-center/sdk';
import { recordTransIds, useFakeBackend } from './support/backend.js';
import { inviteInput } from './support/fixtures.js';

const { backend, server, clientFor } = useFakeBackend();

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs the rest of the test as on a plain-http page, where browsers have no `randomUUID`. */
const withoutRandomUuid = (t: TestContext) => {
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  t.after(() => delete (crypto as { randomUUID?: unknown }).randomUUID);
};

const fiftyKeys = () => {
  const keys = Array.from({ length: 50 }, newIdempotencyKey);
  for (const key of keys) assert.match(key, UUID_V4);
  assert.equal(new Set(keys).size, keys.length);
};

describe('newIdempotencyKey', () => {
  it('makes a fresh UUID v4 each time', () => {
    fiftyKeys();
  });

  it('still makes UUID v4s where crypto.randomUUID is missing (non-secure pages)', (t) => {
    withoutRandomUuid(t);
    fiftyKeys();
  });

  it('is what a state-changing call sends when given no key, also without crypto.randomUUID', async (t) => {
    withoutRandomUuid(t);
    const transIds = recordTransIds(server);
    t.after(() => server.events.removeAllListeners());
    const invitation = await clientFor('acme-group').invitations.create(
      inviteInput('acme-robotics'),
    );
    assert.deepEqual(
      backend.control
        .invitations({ from: 'acme-group', to: 'acme-robotics' })
        .map((wire) => wire.id),
      [invitation.id],
    );
    assert.equal(transIds.length, 1);
    assert.match(String(transIds[0]), UUID_V4);
  });
});
