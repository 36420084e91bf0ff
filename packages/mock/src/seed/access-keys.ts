// FIXTURES.md "Access keys": one AK/SK pair per fixture account, for AK/SK-signed requests.
import { accessKeyId, secretAccessKey } from '../state/ids.js';
import { SEED_ACCOUNTS } from './accounts.js';

/** An account's access key pair (API.md §6). A fake's keys: never use them anywhere real. */
export interface AccessKey {
  /** The account the key pair signs as. */
  account: string;
  /** The access key id, sent in `Authorization: SDK-HMAC-SHA256 Access=…`. */
  ak: string;
  /** The secret access key, never sent. */
  sk: string;
}

/** The key pair of every fixture account, in FIXTURES.md order; stable across versions. */
export const ACCESS_KEYS: readonly AccessKey[] = SEED_ACCOUNTS.map(({ name }) => ({
  account: name,
  ak: accessKeyId(name),
  sk: secretAccessKey(name),
}));

/** The key pair with access key id `ak`, if any. */
export const findAccessKey = (ak: string): AccessKey | undefined =>
  ACCESS_KEYS.find((key) => key.ak === ak);
