// A throttled answer (429 APIG.0308) with any Retry-After header a server or proxy may send: the
// error's `retryAfter` is always a finite number of seconds that a page can show and wait for.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { isEnterpriseCenterError } from '@enterprise-center/sdk';
import { API, failure, useFakeBackend } from '../../../packages/sdk/test/support/backend.js';
import { failOnUnhandledRejections } from './support/guard.js';

const { server, clientFor } = useFakeBackend();
failOnUnhandledRejections();

/** The Retry-After header the one-off handler sends next. */
let retryAfter = '1';
beforeEach(() =>
  server.use(
    http.get(`${API}/master-account`, () =>
      HttpResponse.json(
        { error_code: 'APIG.0308', error_msg: 'Too many requests. Retry later.' },
        { status: 429, headers: { 'Retry-After': retryAfter } },
      ),
    ),
  ),
);

describe('Retry-After of a throttled answer', () => {
  it('any header value gives a finite, non-negative retryAfter in seconds', async () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double().map(String),
      fc.integer().map(String),
      fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
      fc.constantFrom('1e309', 'Infinity', '-Infinity', 'NaN', '-1', '0x10', ' 5 ', '9'.repeat(30)),
    );
    await fc.assert(
      fc.asyncProperty(hostile, async (value) => {
        retryAfter = value;
        const error = await failure(clientFor('acme-group', { retry: 0 }).masterAccount.get());
        assert.ok(isEnterpriseCenterError(error, 'APIG.0308'));
        assert.ok(
          Number.isFinite(error.retryAfter) && error.retryAfter >= 0,
          `Retry-After: ${value} → retryAfter ${error.retryAfter}`,
        );
      }),
      { numRuns: 300 },
    );
  });
});
