import ky, { type Options, type SearchParamsOption } from 'ky';
import { newIdempotencyKey } from '../idempotency-key.js';
import type { ClientOptions, MutationOptions, RequestOptions } from '../options.js';
import { IdempotencyKey } from '../schemas/primitives.js';
import { check, type Schema } from '../schemas/parse.js';
import { authenticate } from './authenticate.js';
import { rememberCredentials } from './redact.js';
import { retryOptions } from './retry-options.js';
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
export const valid = <T>(schema: Schema<T>, input: unknown, name?: string): T => {
  const result = check(schema, input, name);
  if (!result.ok) throw invalidRequest(result.problem, result.cause);
  return result.value;
};

/**
 * One ky instance per client, which authenticates, times out and retries every attempt; around
 * each call only what ky does not do: the body check, the SDK's errors, and the credentials the
 * call sent kept out of them.
 */
export const createTransport = (options: ClientOptions): Transport => {
  const { baseUrl, token, signer, headers, retry, timeout, fetch, credentials } = options;
  if (!baseUrl) throw new TypeError('createClient: baseUrl is required');
  if (token !== undefined && signer) throw new TypeError('createClient: token or signer, not both');
  const retrying = retryOptions(retry);
  const api = ky.create({
    prefixUrl: `${baseUrl.replace(/\/+$/, '')}/v2/enterprises/multi-accounts`,
    headers: { accept: 'application/json', ...headers },
    hooks: { beforeRequest: [authenticate(token, signer)] },
    retry: retrying.options,
    timeout,
    fetch,
    credentials,
  });

  const send = async <T>(schema: Schema<T>, path: string, init: Options, signal?: AbortSignal) => {
    // What this call's attempts sent, so that a server echoing it cannot get it into the error.
    const call = { signal, sent: new Set<string>() };
    const fail = (error: unknown) => toSdkError(error, call);
    try {
      const response = await api(path, {
        ...init,
        signal,
        hooks: { beforeRequest: [rememberCredentials(call.sent)] },
        retry: { shouldRetry: retrying.decide(fail) },
      });
      const body = await readJson(response, schema);
      if (!body.ok) throw invalidResponse(response, body.problem, body.cause);
      return body.value;
    } catch (error) {
      throw await fail(error);
    }
  };

  return {
    get: (schema, path, query = {}, { signal } = {}) =>
      send(schema, path, { searchParams: query as SearchParamsOption }, signal),
    post: (schema, path, json, { signal } = {}) =>
      send(schema, path, { method: 'post', json }, signal),
    mutate: async (schema, path, body, { signal, idempotencyKey = newIdempotencyKey() } = {}) => {
      const transId = valid(IdempotencyKey, idempotencyKey, 'idempotencyKey');
      return send(schema, path, { method: 'post', json: { ...body, trans_id: transId } }, signal);
    },
  };
};
