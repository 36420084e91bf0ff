import type { SignableRequest } from '@enterprise-center/sdk';
import type { Grant } from './options.js';

/**
 * Checks what `authorize` returned for a user (the portal may be plain JavaScript). The message
 * never quotes the grant: it holds credentials.
 */
export const checkGrant = (grant: unknown): Grant => {
  const { subject, scopes, token, signer } = grant as Partial<Record<keyof Grant, unknown>>;
  const hasToken = token !== undefined;
  const credentialOk =
    hasToken !== (signer !== undefined) &&
    (hasToken
      ? typeof token === 'string' || typeof token === 'function'
      : typeof signer === 'function');
  if (typeof subject !== 'string' || subject === '' || !Array.isArray(scopes) || !credentialOk)
    throw new TypeError('authorize returned an invalid grant: { subject, scopes, token | signer }');
  return grant as Grant;
};

/** Visible ASCII only: anything else cannot be a header value (and is not a token). */
const TOKEN = /^[\x21-\x7e]+$/;

/**
 * The headers that authenticate `request` upstream: the grant's token as `X-Auth-Token` (the
 * token function is called each time), or what its signer returns for exactly this request.
 */
export const credentialHeaders = async (
  grant: Grant,
  request: SignableRequest,
): Promise<Record<string, string>> => {
  if (grant.signer) return grant.signer(request);
  const token = typeof grant.token === 'function' ? await grant.token() : grant.token;
  if (typeof token !== 'string' || !TOKEN.test(token))
    throw new TypeError("the grant's token is not a non-empty header value");
  return { 'x-auth-token': token };
};
