// AK/SK-signed requests (API.md §6): the signature is recomputed with the SDK's own signer, so
// the fake and the SDK cannot disagree about the canonical request (ADR 0208).
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { unauthorized } from '../errors/api-errors.js';
import { findAccessKey } from '../seed/access-keys.js';

const SCHEME = 'SDK-HMAC-SHA256';
const AUTHORIZATION =
  /^SDK-HMAC-SHA256 +Access=([^,\s]+), *SignedHeaders=([^,\s]+), *Signature=([0-9a-f]{64})$/;
const SDK_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** How far `X-Sdk-Date` may be from the backend's clock, either way. */
const MAX_CLOCK_SKEW_MS = 15 * 60_000;

/** Whether the request is signed with AK/SK (whatever the signature is worth). */
export const isAkSkSigned = (request: Request): boolean =>
  request.headers.get('Authorization')?.startsWith(`${SCHEME} `) ?? false;

/** `YYYYMMDDTHHMMSSZ` as epoch ms, or `NaN`. */
const sdkDate = (value: string | null): number =>
  SDK_DATE.test(value ?? '') ? Date.parse(value!.replace(SDK_DATE, '$1-$2-$3T$4:$5:$6Z')) : NaN;

/**
 * The account an AK/SK-signed request signs as, at clock reading `now`; 401 `APIG.0301` for a
 * malformed `Authorization`, an unknown AK, an `X-Sdk-Date` more than 15 minutes off, a signed
 * header that is missing, or a wrong signature. `body` is the request's body text.
 */
export async function verifyAkSk(request: Request, body: string, now: number): Promise<string> {
  const [, ak = '', signedHeaders = '', signature = ''] =
    AUTHORIZATION.exec(request.headers.get('Authorization') ?? '') ?? [];
  const key = findAccessKey(ak);
  const date = sdkDate(request.headers.get('X-Sdk-Date'));
  if (!key || !(Math.abs(date - now) <= MAX_CLOCK_SKEW_MS)) throw unauthorized();

  // The signer adds `host` and `x-sdk-date` itself and signs every header it is given.
  const given = signedHeaders.split(';').filter((name) => name !== 'host' && name !== 'x-sdk-date');
  const headers: Record<string, string> = {};
  for (const name of given) {
    const value = request.headers.get(name);
    if (value === null) throw unauthorized();
    headers[name] = value;
  }
  // The host the client addressed: a server sees it in `Host`; MSW only in the URL.
  const url = new URL(request.url);
  url.host = request.headers.get('Host') ?? url.host;
  const expected = await createAkSkSigner({ ak, sk: key.sk, now: () => date })({
    method: request.method,
    url: url.href,
    headers,
    body,
  });
  const sent = `${SCHEME} Access=${ak}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  if (expected.Authorization !== sent) throw unauthorized();
  return key.account;
}
