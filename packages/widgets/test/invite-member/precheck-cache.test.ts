import { expect } from '@open-wc/testing';
import type { PrecheckResult } from '@enterprise-center/sdk';
import { PrecheckCache, precheckKey } from '../../src/invite-member/precheck-cache.js';
import { describe, it } from '../shared/mocha.js';

const result = (accountName: string) =>
  ({ eligible: true, accountName }) as unknown as PrecheckResult;
const key = (accountName: string) => precheckKey({ accountName, orgId: '', paymentMethod: '' });

describe('PrecheckCache', () => {
  it('keeps an answer for its lifetime, then forgets it', () => {
    let now = 0;
    const cache = new PrecheckCache(1000, 10, () => now);
    cache.set(key('a'), result('a'));
    now = 1000;
    expect(cache.get(key('a'))).to.deep.equal(result('a'));
    now = 1001;
    expect(cache.get(key('a'))).to.equal(undefined);
  });

  it('drops the oldest answer beyond its capacity', () => {
    const cache = new PrecheckCache(1000, 2, () => 0);
    cache.set(key('a'), result('a'));
    cache.set(key('b'), result('b'));
    cache.set(key('a'), result('a')); // refreshed: now the newest
    cache.set(key('c'), result('c'));
    expect(cache.get(key('b'))).to.equal(undefined);
    expect(cache.get(key('a'))).to.deep.equal(result('a'));
    expect(cache.get(key('c'))).to.deep.equal(result('c'));
  });

  it('tells inputs apart by unit and payment method, and forgets everything on clear()', () => {
    const cache = new PrecheckCache();
    const input = { accountName: 'a', orgId: '1', paymentMethod: '' } as const;
    cache.set(precheckKey(input), result('a'));
    expect(cache.get(precheckKey(input))).to.deep.equal(result('a'));
    expect(cache.get(precheckKey({ ...input, orgId: '2' }))).to.equal(undefined);
    expect(cache.get(precheckKey({ ...input, paymentMethod: 'paid_by_master' }))).to.equal(
      undefined,
    );
    cache.clear();
    expect(cache.get(precheckKey(input))).to.equal(undefined);
  });
});
