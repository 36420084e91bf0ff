// When the client tries a call again and how long it waits, through the public client: each test
// scripts the answers of one endpoint and reads the attempts and the gaps between them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { isEnterpriseCenterError, type ClientOptions } from '@enterprise-center/sdk';
import { API, failure, useFakeBackend } from './support/backend.js';

const { server, clientFor } = useFakeBackend();
const client = (options: Partial<ClientOptions>) => clientFor('acme-group', options);

type Answer = () => Response | Promise<Response>;

const status = (code: number, headers: Record<string, string> = {}): Answer => {
  const body = { error_code: code === 429 ? 'APIG.0308' : 'CBC.0999', error_msg: 'Failed.' };
  return () => HttpResponse.json(body, { status: code, headers });
};
const throttled = (retryAfter: string) => status(429, { 'Retry-After': retryAfter });
const OK: Answer = () => HttpResponse.json({ association: null });

/**
 * Answers `GET /master-account` with `answers` in turn, then with success; returns the times
 * (ms) at which the attempts arrived.
 */
const script = (...answers: Answer[]): number[] => {
  const times: number[] = [];
  server.use(
    http.get(`${API}/master-account`, () => {
      times.push(performance.now());
      return (answers.shift() ?? OK)();
    }),
  );
  return times;
};

/** The waits between consecutive attempts. */
const gaps = (times: number[]) => times.slice(1).map((time, index) => time - (times[index] ?? 0));

/** Lets `ms` pass, then aborts `controller`: to end a call that is waiting to retry. */
const abortAfter = async (controller: AbortController, ms: number) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  controller.abort();
};

describe('retry policy', () => {
  it('waits delay(1), delay(2)… capped by backoffLimit, and gives up after limit retries', async () => {
    const times = script(...Array.from({ length: 4 }, () => status(503)));
    const error = await failure(
      client({ retry: { limit: 3, delay: (n) => 300 * n, backoffLimit: 350 } }).masterAccount.get(),
    );
    assert.equal(error.status, 503);
    assert.equal(times.length, 4);
    const [first, second, third] = gaps(times);
    assert.ok(first! >= 295 && second! >= 345 && third! >= 345, `${gaps(times).join(', ')} ms`);
    assert.ok(third! < 800, `the third wait (${third} ms) is capped at 350 ms, not 900`);
  });

  it('retries network errors, timeouts, 408, 429 and every 5xx, nothing else by default', async () => {
    const retried: [string, Answer][] = [
      ['network error', () => HttpResponse.error()],
      ['timeout', async () => (await delay(3_000), OK())],
      ['408', status(408)],
      ['429', status(429)],
      ['500', status(500)],
      ['503', status(503)],
      ['599', status(599)],
    ];
    for (const [name, answer] of retried) {
      const times = script(answer);
      await client({ retry: { limit: 1, backoffLimit: 1 }, timeout: 1_000 }).masterAccount.get();
      assert.equal(times.length, 2, `${name} is retried`);
    }
    const final: [string, Answer][] = [
      ['400', status(400)],
      ['401', status(401)],
      ['403', status(403)],
      ['404', status(404)],
      ['409', status(409)],
      ['413', status(413, { 'Retry-After': '0' })],
      ['INVALID_RESPONSE', () => HttpResponse.json({ association: 'none' })],
    ];
    for (const [name, answer] of final) {
      const times = script(answer);
      await failure(client({ retry: { limit: 1, backoffLimit: 1 } }).masterAccount.get());
      assert.equal(times.length, 1, `${name} is not retried`);
    }
  });

  it('never retries ABORTED or INVALID_REQUEST, whatever shouldRetry says, nor past limit', async () => {
    const asked: [string, number][] = [];
    const retry = {
      limit: 1,
      backoffLimit: 1,
      shouldRetry: ({ error, retryCount }: { error: { code: string }; retryCount: number }) => {
        asked.push([error.code, retryCount]);
        return true;
      },
    };
    const noToken = client({
      retry,
      token: () => {
        throw new Error('no session');
      },
    });
    assert.equal((await failure(noToken.masterAccount.get())).code, 'INVALID_REQUEST');

    const inFlight = script(async () => (await delay(2_000), OK()));
    const controller = new AbortController();
    const call = client({ retry }).masterAccount.get({ signal: controller.signal });
    void abortAfter(controller, 50);
    assert.equal((await failure(call)).code, 'ABORTED');
    assert.equal(inFlight.length, 1);
    assert.deepEqual(asked, [], 'shouldRetry is not asked about an abort or a failed token');

    const refused = script(status(400), status(400), status(400));
    assert.equal((await failure(client({ retry }).masterAccount.get())).status, 400);
    assert.equal(refused.length, 2, 'one retry (limit 1), although shouldRetry says yes');
    assert.deepEqual(asked, [['CBC.0999', 1]]);
  });

  it('shouldRetry gets the SDK error without the credentials a server echoed', async () => {
    const secret = 'tok-SECRET-retry-3c9e1b';
    script(() =>
      HttpResponse.json(
        { error_code: 'CBC.0999', error_msg: `Failed for token ${secret}.` },
        { status: 500 },
      ),
    );
    const messages: string[] = [];
    await client({
      token: secret,
      retry: { backoffLimit: 1, shouldRetry: ({ error }) => (messages.push(error.message), true) },
    }).masterAccount.get();
    assert.deepEqual(messages, ['Failed for token [REDACTED].']);
  });

  it('Retry-After (seconds or an HTTP date) replaces the backoff; an unreadable one gets it', async () => {
    const inTwoSeconds = () => new Date(Date.now() + 2_000).toUTCString();
    const slowBackoff = { delay: () => 5_000 };
    const times = script(throttled('1'), () => status(503, { 'Retry-After': inTwoSeconds() })());
    await client({ retry: { ...slowBackoff, backoffLimit: 1 } }).masterAccount.get();
    const [afterSeconds, afterDate] = gaps(times);
    assert.ok(afterSeconds! >= 990, `Retry-After: 1 waited ${afterSeconds} ms`);
    assert.ok(afterDate! >= 900 && afterDate! < 2_500, `the date waited ${afterDate} ms`);

    const immediate = script(throttled('-5'), throttled('0'));
    await client({ retry: slowBackoff }).masterAccount.get();
    assert.ok(
      gaps(immediate).every((gap) => gap < 1_000),
      `${gaps(immediate).join(', ')} ms`,
    );

    const unreadable = script(throttled('soon'));
    await client({ retry: { delay: () => 50 } }).masterAccount.get();
    const [backoff] = gaps(unreadable);
    assert.ok(backoff! >= 45 && backoff! < 5_000, `'soon' waited ${backoff} ms: the backoff`);
  });

  it('ends the call at once when Retry-After asks for more than maxRetryAfter', async () => {
    const once = script(throttled('1'));
    const error = await failure(client({ retry: { maxRetryAfter: 50 } }).masterAccount.get());
    assert.ok(isEnterpriseCenterError(error, 'APIG.0308'));
    assert.equal(error.retryAfter, 1);
    assert.equal(once.length, 1);
    const twice = script(throttled('0.05'));
    await client({ retry: { maxRetryAfter: 50 } }).masterAccount.get();
    assert.equal(twice.length, 2, 'a wait of exactly maxRetryAfter is kept');
  });

  it('waits up to 30 s by default, and an abort ends the wait', { timeout: 5_000 }, async () => {
    const times = script(throttled('30'));
    const controller = new AbortController();
    const call = client({}).masterAccount.get({ signal: controller.signal });
    await abortAfter(controller, 300);
    assert.equal((await failure(call)).code, 'ABORTED');
    assert.equal(times.length, 1, 'still waiting for Retry-After: 30 when aborted');
  });

  it('never asks setTimeout for a wait it would overflow (and fire at once)', async () => {
    const times = script(throttled('99999999999'));
    const controller = new AbortController();
    const call = client({ retry: { maxRetryAfter: Infinity } }).masterAccount.get({
      signal: controller.signal,
    });
    await abortAfter(controller, 300);
    assert.equal((await failure(call)).code, 'ABORTED');
    assert.equal(times.length, 1);
  });
});
