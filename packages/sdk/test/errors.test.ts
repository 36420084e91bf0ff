import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { HTTPError, TimeoutError, type NormalizedOptions } from 'ky';
import {
  EnterpriseCenterError,
  ErrorCode,
  PreconditionFailedError,
  isEnterpriseCenterError,
} from '@enterprise-center/sdk';
import { toSdkError } from '../src/transport/to-sdk-error.js';
import { wireAgreement } from './support/wire.js';

const TOKEN = 'token-acme-group';

/** A request as ky holds it: with the credential in its headers. */
const request = () =>
  new Request('https://ec.example.test/v2/enterprises/multi-accounts/invitations', {
    method: 'POST',
    headers: { 'x-auth-token': TOKEN, authorization: `Bearer ${TOKEN}` },
  });

const httpError = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new HTTPError(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }),
    request(),
    {} as NormalizedOptions,
  );

const mapped = (status: number, body: unknown, headers?: Record<string, string>) =>
  toSdkError(httpError(status, body, headers), undefined);

const assertNoCredential = (error: unknown) => {
  const text = `${inspect(error, { depth: Infinity, showHidden: true })}\n${JSON.stringify(error)}`;
  assert.equal(text.includes(TOKEN), false, `credential leaked into:\n${text}`);
};

describe('EnterpriseCenterError', () => {
  it('carries code, status, requestId and cause, defaulting status to 0', () => {
    const cause = new Error('socket hang up');
    const error = new EnterpriseCenterError('Network error', {
      code: ErrorCode.NETWORK_ERROR,
      cause,
    });
    assert.equal(error.name, 'EnterpriseCenterError');
    assert.equal(error.message, 'Network error');
    assert.equal(error.code, 'NETWORK_ERROR');
    assert.equal(error.status, 0);
    assert.equal(error.requestId, undefined);
    assert.equal(error.cause, cause);
    assert.ok(error instanceof Error);
  });

  it('exports the client codes as constants', () => {
    assert.deepEqual(Object.values(ErrorCode), [
      'NETWORK_ERROR',
      'TIMEOUT',
      'ABORTED',
      'INVALID_RESPONSE',
      'INVALID_REQUEST',
    ]);
  });
});

describe('isEnterpriseCenterError', () => {
  it('recognises errors of another copy of the SDK, where instanceof fails', async () => {
    const copy = (await import(`../src/errors/EnterpriseCenterError.ts?copy=${Date.now()}`)) as {
      EnterpriseCenterError: typeof EnterpriseCenterError;
    };
    const foreign = new copy.EnterpriseCenterError('x', { code: 'EM.1003', status: 404 });
    assert.equal(foreign instanceof EnterpriseCenterError, false);
    assert.equal(isEnterpriseCenterError(foreign), true);
    assert.equal(isEnterpriseCenterError(foreign, 'EM.1003'), true);
    assert.equal(isEnterpriseCenterError(foreign, 'EM.1004'), false);
  });

  it('recognises an error from another realm by its brand name', () => {
    const fromIframe = {
      name: 'PreconditionFailedError',
      code: 'EM.1001',
      status: 400,
      failedChecks: [],
    };
    assert.equal(isEnterpriseCenterError(fromIframe, 'EM.1001'), true);
  });

  it('rejects other errors and non-errors', () => {
    for (const value of [
      new Error('x'),
      new TypeError('x'),
      null,
      undefined,
      'EM.1001',
      { code: 'EM.1001' },
    ]) {
      assert.equal(isEnterpriseCenterError(value), false);
    }
  });
});

describe('toSdkError', () => {
  it('maps EM.1001 to PreconditionFailedError with its failed checks', async () => {
    const failedChecks = [{ code: 'NOT_FROZEN', message: 'The account is frozen.' }];
    const error = await mapped(
      400,
      {
        error_code: 'EM.1001',
        error_msg: 'Conditions not met.',
        request_id: 'body-id',
        failed_checks: failedChecks,
      },
      { 'x-request-id': 'req-1' },
    );
    assert.ok(error instanceof PreconditionFailedError);
    assert.equal(error.name, 'PreconditionFailedError');
    assert.equal(error.code, 'EM.1001');
    assert.equal(error.status, 400);
    assert.equal(error.message, 'Conditions not met.');
    assert.equal(error.requestId, 'req-1');
    assert.deepEqual(error.failedChecks, failedChecks);
  });

  it('gives each code its typed extra', async () => {
    const duplicate = await mapped(409, {
      error_code: 'EM.1002',
      error_msg: 'm',
      invitation_id: 'inv-12345678',
    });
    assert.ok(isEnterpriseCenterError(duplicate, 'EM.1002'));
    assert.equal(duplicate.invitationId, 'inv-12345678');

    const state = await mapped(409, { error_code: 'EM.1004', error_msg: 'm', status: 'expired' });
    assert.ok(isEnterpriseCenterError(state, 'EM.1004'));
    assert.equal(state.invitationStatus, 'expired');
    assert.equal(state.status, 409);

    const agreements = await mapped(400, {
      error_code: 'EM.1005',
      error_msg: 'm',
      agreements: [wireAgreement],
    });
    assert.ok(isEnterpriseCenterError(agreements, 'EM.1005'));
    assert.deepEqual(agreements.agreements, [wireAgreement]);

    const throttled = await mapped(
      429,
      { error_code: 'APIG.0308', error_msg: 'm' },
      { 'retry-after': '7' },
    );
    assert.ok(isEnterpriseCenterError(throttled, 'APIG.0308'));
    assert.equal(throttled.retryAfter, 7);
  });

  it('reads Retry-After as an HTTP date too, and falls back to 1 second', async () => {
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    const dated = await mapped(
      429,
      { error_code: 'APIG.0308', error_msg: 'm' },
      { 'retry-after': inFiveSeconds },
    );
    assert.ok(dated.retryAfter! >= 4 && dated.retryAfter! <= 5, String(dated.retryAfter));
    const missing = await mapped(429, { error_code: 'APIG.0308', error_msg: 'm' });
    assert.equal(missing.retryAfter, 1);
  });

  it('passes unknown wire codes through on the base class, body request_id as fallback', async () => {
    const error = await mapped(418, {
      error_code: 'CBC.7777',
      error_msg: 'Teapot.',
      request_id: 'body-id',
    });
    assert.equal(error.constructor, EnterpriseCenterError);
    assert.equal(error.code, 'CBC.7777');
    assert.equal(error.status, 418);
    assert.equal(error.requestId, 'body-id');
  });

  it('gives HTTP_<status> for error bodies that are not contract error bodies', async () => {
    const bodies = [
      '<html>Bad gateway</html>',
      '',
      { message: 'no error_code' },
      { error_code: 'EM.1001', error_msg: 'no failed_checks' },
      {
        error_code: 'EM.1005',
        error_msg: 'bad url',
        agreements: [{ ...wireAgreement, url: 'javascript:x' }],
      },
    ];
    for (const body of bodies) {
      const error = await mapped(503, body, { 'x-request-id': 'req-9' });
      assert.equal(error.code, 'HTTP_503', JSON.stringify(body));
      assert.equal(error.status, 503);
      assert.equal(error.requestId, 'req-9');
      assert.equal(error.constructor, EnterpriseCenterError);
    }
  });

  it('maps timeouts, network failures and aborts to client codes', async () => {
    const timeout = await toSdkError(new TimeoutError(request()), undefined);
    assert.equal(timeout.code, 'TIMEOUT');
    assert.equal(timeout.cause, undefined);

    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const network = await toSdkError(new TypeError('fetch failed', { cause: refused }), undefined);
    assert.equal(network.code, 'NETWORK_ERROR');
    assert.ok(network.cause instanceof Error);
    assert.equal(network.cause.name, 'TypeError');
    assert.equal(network.cause.message, 'fetch failed');
    assert.deepEqual(
      [(network.cause.cause as Error).message, (network.cause.cause as { code?: string }).code],
      ['connect ECONNREFUSED', 'ECONNREFUSED'],
    );

    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const aborted = await toSdkError(new DOMException('aborted', 'AbortError'), {
      signal: controller.signal,
    });
    assert.equal(aborted.code, 'ABORTED');
    assert.equal(aborted.status, 0);
  });

  it('removes the credentials the call sent from everything it keeps', async () => {
    const echoed = httpError(
      401,
      { error_code: 'APIG.0301', error_msg: `Bad token ${TOKEN}.`, request_id: TOKEN },
      { 'x-request-id': `req-${TOKEN}` },
    );
    const error = await toSdkError(echoed, { sent: new Set([TOKEN]) });
    assert.equal(error.code, 'APIG.0301');
    assert.equal(error.status, 401);
    assert.equal(error.message, 'Bad token [REDACTED].');
    assert.equal(error.requestId, 'req-[REDACTED]');
    assertNoCredential(error);
  });

  it('never keeps the request or its credentials on the error', async () => {
    // A custom fetch may fail with anything, e.g. an error that holds the request.
    const holdsRequest = Object.assign(new TypeError('proxy failed'), { request: request() });
    const errors = [
      await mapped(401, { error_code: 'APIG.0301', error_msg: 'Unauthorized.' }),
      await mapped(502, 'gateway down'),
      await toSdkError(new TimeoutError(request()), undefined),
      await toSdkError(new Error('wrapped', { cause: holdsRequest }), undefined),
    ];
    for (const error of errors) assertNoCredential(error);
  });
});
