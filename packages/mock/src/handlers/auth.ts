// Who is calling (X-Auth-Token: token-<account name>, or an AK/SK signature) and what they may call.
import { forbidden, unauthorized } from '../errors/api-errors.js';
import type { Master } from '../state/conditions.js';
import type { Account, State } from '../state/model.js';
import { findAccount } from '../state/queries.js';
import { isAkSkSigned, verifyAkSk } from './ak-sk.js';

const TOKEN_PREFIX = 'token-';

/** The kind of credentials a request presents (the request log shows this, never a value). */
export type CredentialKind = 'token' | 'ak-sk';

/** What the request presents: an AK/SK signature wins over `X-Auth-Token`. */
export function credentialKind(request: Request): CredentialKind | null {
  if (isAkSkSigned(request)) return 'ak-sk';
  return request.headers.has('X-Auth-Token') ? 'token' : null;
}

/**
 * The calling account at clock reading `now`, or 401 `APIG.0301`. `body` is the request's body
 * text, which an AK/SK signature covers.
 */
export async function authenticate(
  state: State,
  request: Request,
  body: string,
  now: number,
): Promise<Account> {
  let name: string | undefined;
  if (isAkSkSigned(request)) name = await verifyAkSk(request, body, now);
  else {
    const token = request.headers.get('X-Auth-Token') ?? '';
    if (token.startsWith(TOKEN_PREFIX)) name = token.slice(TOKEN_PREFIX.length);
  }
  const account = name === undefined ? undefined : findAccount(state, name);
  if (!account) throw unauthorized();
  return account;
}

/** Any authenticated account may call. */
export const anyAccount = (account: Account): Account => account;

/** Only an enterprise master account may call; others get 403 `CBC.0151`. */
export function masterOnly(account: Account): Master {
  if (!account.enterprise) {
    throw forbidden('Only an enterprise master account may call this API.');
  }
  return { account, enterprise: account.enterprise };
}
