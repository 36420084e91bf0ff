import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failure, useFakeBackend } from './support/backend.js';
import { ENGINEERING } from './support/fixtures.js';

const { clientFor } = useFakeBackend();
const acme = () => clientFor('acme-group');

describe('organizations', () => {
  it('tree: the root and its direct children by default', async () => {
    const tree = await acme().organizations.tree();
    assert.equal(tree.rootName, 'Acme Group');
    assert.deepEqual(
      tree.childNodes.map((node) => [node.name, node.childNodes.length]),
      [
        ['Engineering', 0],
        ['Sales', 0],
        ['Finance', 0],
      ],
    );
  });

  it('tree: the whole tree when recursive, below parentId when given', async () => {
    const tree = await acme().organizations.tree({ recursive: true });
    const engineering = tree.childNodes.find((node) => node.name === 'Engineering');
    assert.deepEqual(
      engineering?.childNodes.map((node) => node.name),
      ['Platform'],
    );
    const below = await acme().organizations.tree({ parentId: ENGINEERING, recursive: true });
    assert.deepEqual(
      below.childNodes.map((node) => node.name),
      ['Platform'],
    );
  });

  it('tree: only for master accounts (CBC.0151)', async () => {
    const error = await failure(clientFor('acme-robotics').organizations.tree());
    assert.equal(error.code, 'CBC.0151');
  });
});

describe('members', () => {
  it('list: one page of member accounts with their status and unit', async () => {
    const page = await acme().members.list({ limit: 2 });
    assert.equal(page.totalCount, 6);
    assert.equal(page.members.length, 2);
    for (const member of page.members) {
      assert.equal(member.status, 'normal');
      assert.ok(member.displayName && member.orgName);
    }
  });

  it('list: filters by unit and by (fuzzy) account name', async () => {
    const engineering = await acme().members.list({ orgId: ENGINEERING });
    assert.deepEqual(engineering.members.map((member) => member.name).sort(), [
      'acme-cloud-ops',
      'acme-data',
    ]);
    const exact = await acme().members.list({ accountName: 'acme-web' });
    assert.deepEqual(
      exact.members.map((member) => member.name),
      ['acme-web'],
    );
    const fuzzy = await acme().members.list({ accountName: 'acme-', fuzzy: true });
    assert.equal(fuzzy.totalCount, 6);
  });
});

describe('master account', () => {
  it('get: null for an account that belongs to no master', async () => {
    assert.equal(await clientFor('acme-robotics').masterAccount.get(), null);
  });

  it('get: the association of a member account', async () => {
    const association = await clientFor('acme-web').masterAccount.get();
    assert.equal(association?.masterAccountName, 'acme-group');
    assert.equal(association?.orgName, 'Platform');
  });
});
