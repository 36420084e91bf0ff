import type { RequestSigner } from '../options.js';
import { canonicalHeaders, canonicalQuery, canonicalUri } from './canonical-request.js';

/** Options of {@link createAkSkSigner}. */
export interface AkSkSignerOptions {
  /** Access key id; sent in the `Authorization` header. */
  ak: string;
  /** Secret access key; never sent, only used to sign. */
  sk: string;
  /** The clock, in epoch milliseconds (default `Date.now`); tests pin it. */
  now?: () => number;
}

const ALGORITHM = 'SDK-HMAC-SHA256';
const encoder = new TextEncoder();

const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

const sha256 = async (text: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));

/** `YYYYMMDDTHHMMSSZ` in UTC. */
const sdkDate = (epochMs: number): string =>
  new Date(epochMs).toISOString().replace(/[-:]|\.\d{3}/g, '');

/**
 * Creates a {@link RequestSigner} that signs every request with AK/SK (SDK-HMAC-SHA256, API.md
 * §6) using Web Crypto: it adds `X-Sdk-Date` and `Authorization`, signing `host`, `x-sdk-date`
 * and every header the request carries.
 *
 * AK/SK are long-lived account credentials: use this on servers only (a backend or proxy),
 * never in a web page, where anyone can read them. Web pages use a short-lived token or a proxy.
 *
 * @example
 * const client = createClient({ baseUrl, signer: createAkSkSigner({ ak, sk }) });
 */
export const createAkSkSigner = ({ ak, sk, now = Date.now }: AkSkSignerOptions): RequestSigner => {
  if (!ak || !sk) throw new TypeError('createAkSkSigner: ak and sk are required');
  let key: Promise<CryptoKey> | undefined;

  return async ({ method, url, headers, body }) => {
    key ??= crypto.subtle.importKey(
      'raw',
      encoder.encode(sk),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const target = new URL(url);
    const date = sdkDate(now());
    // A retried request still carries the previous attempt's signature: never sign that.
    const carried = Object.entries(headers).filter(([name]) => !/^authorization$/i.test(name));
    const signed = canonicalHeaders({
      ...Object.fromEntries(carried),
      host: target.host,
      'x-sdk-date': date,
    });
    const canonical = [
      method.toUpperCase(),
      canonicalUri(target),
      canonicalQuery(target),
      signed.lines,
      signed.names,
      await sha256(body),
    ].join('\n');
    const stringToSign = `${ALGORITHM}\n${date}\n${await sha256(canonical)}`;
    const signature = hex(
      await crypto.subtle.sign('HMAC', await key, encoder.encode(stringToSign)),
    );
    return {
      'X-Sdk-Date': date,
      Authorization: `${ALGORITHM} Access=${ak}, SignedHeaders=${signed.names}, Signature=${signature}`,
    };
  };
};
