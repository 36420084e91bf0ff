import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EnterpriseCenterError } from '@enterprise-center/sdk';
import { pause, retryPolicy } from '../src/transport/retry.js';

const failure = (code: string, status = 0) => new EnterpriseCenterError(code, { code, status });

describe('retry policy', () => {
  it('waits 0.3 s, 0.6 s, 1.2 s… by default, capped by backoffLimit, then gives up after limit', () => {
    const policy = retryPolicy({ limit: 3 });
    const waits = [1, 2, 3, 4].map((n) => policy(failure('NETWORK_ERROR'), n, null));
    assert.deepEqual(waits, [300, 600, 1200, undefined]);
    assert.equal(retryPolicy({ backoffLimit: 400 })(failure('TIMEOUT'), 2, null), 400);
  });

  it('retries network errors, timeouts, 408, 429 and 5xx, nothing else by default', () => {
    const policy = retryPolicy();
    const retried = (code: string, status?: number) =>
      policy(failure(code, status), 1, null) !== undefined;
    assert.deepEqual(
      [
        retried('NETWORK_ERROR'),
        retried('TIMEOUT'),
        retried('HTTP_408', 408),
        retried('APIG.0308', 429),
        retried('CBC.0999', 500),
        retried('HTTP_599', 599),
      ],
      [true, true, true, true, true, true],
    );
    assert.deepEqual(
      [
        retried('EM.1001', 400),
        retried('CBC.0151', 403),
        retried('INVALID_RESPONSE', 200),
        retried('ABORTED'),
        retried('INVALID_REQUEST'),
      ],
      [false, false, false, false, false],
    );
  });

  it('never retries ABORTED or INVALID_REQUEST, whatever shouldRetry says, nor past limit', () => {
    const asked: string[] = [];
    const policy = retryPolicy({
      limit: 1,
      shouldRetry: ({ error }) => (asked.push(error.code), true),
    });
    assert.equal(policy(failure('ABORTED'), 1, null), undefined);
    assert.equal(policy(failure('INVALID_REQUEST'), 1, null), undefined);
    assert.equal(policy(failure('EM.1001', 400), 2, null), undefined);
    assert.deepEqual(asked, []);
    assert.equal(policy(failure('EM.1001', 400), 1, null), 300);
  });

  it('Retry-After (seconds or HTTP date) replaces the backoff', () => {
    const policy = retryPolicy({ backoffLimit: 10 });
    assert.equal(policy(failure('APIG.0308', 429), 1, '2'), 2000);
    assert.equal(policy(failure('APIG.0308', 429), 1, '-5'), 0);
    const inTenSeconds = new Date(Date.now() + 10_500).toUTCString();
    const wait = policy(failure('HTTP_503', 503), 1, inTenSeconds)!;
    assert.ok(wait > 8_000 && wait <= 10_500, `${wait} ms`);
    assert.equal(policy(failure('APIG.0308', 429), 1, 'soon'), 10, 'unreadable: backoff');
  });

  it('gives up at once when Retry-After asks for more than maxRetryAfter (default 30 s)', () => {
    const throttled = failure('APIG.0308', 429);
    assert.equal(retryPolicy()(throttled, 1, '30'), 30_000);
    assert.equal(retryPolicy()(throttled, 1, '31'), undefined);
    assert.equal(retryPolicy({ maxRetryAfter: 50 })(throttled, 1, '1'), undefined);
    assert.equal(retryPolicy({ maxRetryAfter: 50 })(throttled, 1, '0.05'), 50);
  });

  it('never asks setTimeout for a wait it would overflow (and fire at once)', () => {
    const patient = retryPolicy({ maxRetryAfter: Infinity });
    const wait = patient(failure('APIG.0308', 429), 1, '99999999999');
    assert.equal(wait, 2 ** 31 - 1);
  });

  it('pause ends early with the reason of an abort', async () => {
    const controller = new AbortController();
    const reason = new Error('left the page');
    setTimeout(() => controller.abort(reason), 10);
    const started = performance.now();
    await assert.rejects(pause(60_000, controller.signal), (error) => error === reason);
    assert.ok(performance.now() - started < 1_000);
    await assert.rejects(pause(60_000, AbortSignal.abort(reason)), (error) => error === reason);
  });
});
