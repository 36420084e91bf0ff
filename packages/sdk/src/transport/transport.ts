import ky, { HTTPError, type Options, type SearchParamsOption } from 'ky';
import { newIdempotencyKey } from '../idempotency-key.js';
import type { ClientOptions, MutationOptions, RequestOptions } from '../options.js';
import { IdempotencyKey } from '../schemas/primitives.js';
import { check, type Schema } from '../schemas/parse.js';
import { authenticate } from './authenticate.js';
import { rememberCredentials, withoutCredentials } from './redact.js';
import { pause, retryPolicy } from './retry.js';
import { invalidRequest, invalidResponse, readJson, toSdkError } from './to-sdk-error.js';

/** How resources talk to the API; paths are relative to `…/v2/enterprises/multi-accounts/`. */
export interface Transport {
  get<T>(schema: Schema<T>, path: string, query?: object, options?: RequestOptions): Promise<T>;
  /** A POST that changes nothing (precheck). */
  post<T>(schema: Schema<T>, path: string, body: object, options?: RequestOptions): Promise<T>;
  /** A state-changing POST: adds `trans_id`, fixed before the first attempt. */
  mutate<T>(schema: Schema<T>, path: string, body: object, options?: MutationOptions): Promise<T>;
}

/** Checks a call's input; throws `INVALID_REQUEST` naming the bad field(s). */
export const valid = <T>(schema: Schema<T>, input: unknown, field?: string): T => {
  const result = check(schema, input);
  if (!result.ok) throw invalidRequest(field ?? result.problem, result.cause);
  return result.value;
};

/**
 * The ky instance of one client (one attempt per ky call, with its auth hook and timeout) and the
 * client's retry policy around it, behind {@link Transport}.
 */
export const createTransport = (options: ClientOptions): Transport => {
  const { baseUrl, token, signer, headers, retry, timeout, fetch, credentials } = options;
  if (!baseUrl) throw new TypeError('createClient: baseUrl is required');
  if (token !== undefined && signer) throw new TypeError('createClient: token or signer, not both');
  const api = ky.create({
    prefixUrl: `${baseUrl.replace(/\/+$/, '')}/v2/enterprises/multi-accounts`,
    headers: { accept: 'application/json', ...headers },
    hooks: { beforeRequest: [authenticate(token, signer)] },
    retry: 0,
    timeout,
    fetch,
    credentials,
  });

  const policy = retryPolicy(retry);

  const send = async <T>(schema: Schema<T>, path: string, init: Options, signal?: AbortSignal) => {
    // What this call's attempts sent, so that a server echoing it cannot get it into the error.
    const sent = new Set<string>();
    const hooks = { beforeRequest: [rememberCredentials(sent)] };
    for (let retryCount = 1; ; retryCount += 1) {
      let retryAfter: string | null = null;
      let error;
      try {
        // ky sends a request whose signal was aborted before the call; nothing must go out.
        signal?.throwIfAborted();
        const response = await api(path, { ...init, signal, hooks });
        const body = await readJson(response, schema);
        if (!body.ok) throw invalidResponse(response, body.problem, body.cause);
        return body.value;
      } catch (thrown) {
        if (thrown instanceof HTTPError) retryAfter = thrown.response.headers.get('retry-after');
        error = withoutCredentials(await toSdkError(thrown, signal), sent);
      }
      const wait = policy(error, retryCount, retryAfter);
      if (wait === undefined) throw error;
      await pause(wait, signal).catch(async (reason: unknown) => {
        throw await toSdkError(reason, signal);
      });
    }
  };

  return {
    // Query values are strings and numbers; undefined ones are left out.
    get: (schema, path, query = {}, { signal } = {}) => {
      const defined = Object.entries(query).filter(([, value]) => value !== undefined);
      return send(schema, path, { searchParams: defined as SearchParamsOption }, signal);
    },
    post: (schema, path, json, { signal } = {}) =>
      send(schema, path, { method: 'post', json }, signal),
    mutate: async (schema, path, body, { signal, idempotencyKey = newIdempotencyKey() } = {}) => {
      const transId = valid(IdempotencyKey, idempotencyKey, 'idempotencyKey');
      return send(schema, path, { method: 'post', json: { ...body, trans_id: transId } }, signal);
    },
  };
};
