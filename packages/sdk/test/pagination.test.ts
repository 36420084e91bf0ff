import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { API, failure, useFakeBackend } from './support/backend.js';
import { inviteInput } from './support/fixtures.js';
import { wireInvitation } from './support/wire.js';

const { backend, server, clientFor } = useFakeBackend();
const acme = () => clientFor('acme-group');

const pagesRequested = (path: string) =>
  backend.requests
    .filter((request) => request.method === 'GET' && request.path === path)
    .map((request) => [request.query.offset, request.query.limit]);

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

describe('listAll', () => {
  it('walks every page, limit being the page size', async () => {
    const members = await collect(acme().members.listAll({ limit: 2 }));
    assert.equal(members.length, 6);
    assert.equal(new Set(members.map((member) => member.name)).size, 6);
    assert.deepEqual(pagesRequested('/sub-customers'), [
      ['0', '2'],
      ['2', '2'],
      ['4', '2'],
    ]);
  });

  it('asks for the next page only when the consumer wants more', async () => {
    const iterable = acme().members.listAll({ limit: 2 });
    assert.deepEqual(pagesRequested('/sub-customers'), [], 'nothing before iterating');
    for await (const member of iterable) {
      assert.ok(member.name);
      break;
    }
    assert.deepEqual(pagesRequested('/sub-customers'), [['0', '2']]);
  });

  it('starts at the given offset and keeps the filters on every page', async () => {
    const names = (
      await collect(
        acme().members.listAll({ offset: 3, limit: 2, accountName: 'acme', fuzzy: true }),
      )
    ).map((member) => member.name);
    assert.equal(names.length, 3);
    assert.deepEqual(
      backend.requests.map((request) => request.query.sub_customer_account_name),
      ['acme', 'acme'],
    );
    assert.deepEqual(pagesRequested('/sub-customers'), [
      ['3', '2'],
      ['5', '2'],
    ]);
  });

  it('yields each invitation once when one is created during the walk (the pages shift)', async () => {
    await acme().invitations.create(inviteInput('river-analytics'));
    const before = await collect(acme().invitations.listAll());
    assert.ok(before.length >= 2, 'at least two pages of one');
    const walk = acme().invitations.listAll({ limit: 1 })[Symbol.asyncIterator]();
    const seen = [(await walk.next()).value?.id];

    // Newest first: the new invitation pushes the first one onto the next page's offset.
    const created = await acme().invitations.create(inviteInput('acme-robotics'));
    for (let next = await walk.next(); !next.done; next = await walk.next()) {
      seen.push(next.value.id);
    }

    assert.equal(new Set(seen).size, seen.length, `repeated: ${seen.join(' ')}`);
    assert.deepEqual(
      [...seen].sort(),
      before.map((invitation) => invitation.id).sort(),
      'every invitation listed before the walk, once; the new one is not reached',
    );
    assert.ok(!seen.includes(created.id));
  });

  it('stops at an empty page even when total_count promised more', async () => {
    server.use(
      http.get(`${API}/invitations`, ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset'));
        const invitations = offset === 0 ? [wireInvitation] : [];
        return HttpResponse.json({ total_count: 50, invitations });
      }),
    );
    assert.equal((await collect(acme().invitations.listAll({ limit: 1 }))).length, 1);
  });

  it('fails the walk with the SDK error of a later page that failed', async () => {
    const pages = clientFor('acme-group', { retry: 0 }).members.listAll({ limit: 2 });
    const walk = pages[Symbol.asyncIterator]();
    assert.equal((await walk.next()).done, false);
    assert.equal((await walk.next()).done, false);
    backend.faults.failNext(
      { type: 'status', status: 500 },
      { method: 'GET', path: '/sub-customers' },
    );
    const error = await failure(walk.next());
    assert.equal(error.code, 'CBC.0999');
    assert.equal(error.status, 500);
    assert.deepEqual(pagesRequested('/sub-customers').length, 2);
  });
});
