import ky, { type Options, type SearchParamsOption } from 'ky';
import type { ClientOptions, MutationOptions, RequestOptions } from '../options.js';
import { IdempotencyKey } from '../schemas/primitives.js';
import { check, type Schema } from '../schemas/parse.js';
import { authenticate } from './authenticate.js';
import { rememberCredentials, withoutCredentials } from './redact.js';
import { retryOptions } from './retry.js';
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

/** The ky instance of one client, with its auth hook and retry policy, behind {@link Transport}. */
export const createTransport = (options: ClientOptions): Transport => {
  const { baseUrl, token, signer, headers, retry, timeout, fetch, credentials } = options;
  if (!baseUrl) throw new TypeError('createClient: baseUrl is required');
  if (token !== undefined && signer) throw new TypeError('createClient: token or signer, not both');
  const api = ky.create({
    prefixUrl: `${baseUrl.replace(/\/+$/, '')}/v2/enterprises/multi-accounts`,
    headers: { accept: 'application/json', ...headers },
    hooks: { beforeRequest: [authenticate(token, signer)] },
    retry: retryOptions(retry),
    timeout,
    fetch,
    credentials,
  });

  const send = async <T>(schema: Schema<T>, path: string, init: Options, signal?: AbortSignal) => {
    // What this call's attempts sent, so that a server echoing it cannot get it into the error.
    const sent = new Set<string>();
    try {
      const hooks = { beforeRequest: [rememberCredentials(sent)] };
      const response = await api(path, { ...init, signal, hooks });
      const body = await readJson(response, schema);
      if (!body.ok) throw invalidResponse(response, body.problem, body.cause);
      return body.value;
    } catch (error) {
      throw withoutCredentials(await toSdkError(error, signal), sent);
    }
  };

  return {
    // Query values are strings and numbers; ky leaves out the undefined ones.
    get: (schema, path, query, { signal } = {}) =>
      send(schema, path, { searchParams: query as SearchParamsOption }, signal),
    post: (schema, path, json, { signal } = {}) =>
      send(schema, path, { method: 'post', json }, signal),
    mutate: async (schema, path, body, { signal, idempotencyKey = crypto.randomUUID() } = {}) => {
      const transId = valid(IdempotencyKey, idempotencyKey, 'idempotencyKey');
      return send(schema, path, { method: 'post', json: { ...body, trans_id: transId } }, signal);
    },
  };
};
