import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '../../src/shared/idempotency-key.js';
import { describe, it } from './mocha.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('makes a fresh UUID v4 each time', () => {
    const keys = Array.from({ length: 50 }, newIdempotencyKey);
    for (const key of keys) expect(key).to.match(UUID_V4);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('still makes UUID v4s where crypto.randomUUID is missing (non-secure pages)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 50 }, newIdempotencyKey);
      for (const key of keys) expect(key).to.match(UUID_V4);
      expect(new Set(keys).size).to.equal(keys.length);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});
