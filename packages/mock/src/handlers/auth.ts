// Who is calling (X-Auth-Token: token-<account name>) and what they may call.
import { forbidden, unauthorized } from '../errors/api-errors.js';
import type { Master } from '../state/conditions.js';
import type { Account, State } from '../state/model.js';
import { findAccount } from '../state/queries.js';

const TOKEN_PREFIX = 'token-';

/** The calling account, or 401 `APIG.0301`. AK/SK-signed requests are not accepted. */
export function authenticate(state: State, request: Request): Account {
  const token = request.headers.get('X-Auth-Token') ?? '';
  const account = token.startsWith(TOKEN_PREFIX)
    ? findAccount(state, token.slice(TOKEN_PREFIX.length))
    : undefined;
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
