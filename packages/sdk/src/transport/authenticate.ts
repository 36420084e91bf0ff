import type { BeforeRequestHook } from 'ky';
import { EnterpriseCenterError } from '../errors/EnterpriseCenterError.js';
import { ErrorCode } from '../errors/codes.js';
import type { ClientOptions } from '../options.js';

/**
 * A ky hook that authenticates each attempt: the token (asked for anew each time) as
 * `X-Auth-Token`, or the signer's headers. When the token provider or the signer throws, the
 * call fails with `INVALID_REQUEST` (its error as `cause`) and is not retried.
 */
export const authenticate =
  (token: ClientOptions['token'], signer: ClientOptions['signer']): BeforeRequestHook =>
  async (request) => {
    try {
      const headers = signer
        ? await signer({
            method: request.method,
            url: request.url,
            headers: Object.fromEntries(request.headers),
            body: request.body ? await request.clone().text() : '',
          })
        : token === undefined
          ? {}
          : { 'x-auth-token': typeof token === 'function' ? await token() : token };
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
    } catch (cause) {
      throw new EnterpriseCenterError('Could not authenticate the request', {
        code: ErrorCode.INVALID_REQUEST,
        cause,
      });
    }
  };
