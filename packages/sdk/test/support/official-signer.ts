import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js';
import type { IHttpRequest } from '@huaweicloud/huaweicloud-sdk-core/http/IHttpRequest.js';
import type { ICredential } from '@huaweicloud/huaweicloud-sdk-core/auth/ICredential.js';

/** A request as sent on the wire, and the credentials to sign it with. */
export interface OracleInput {
  method: string;
  /** The URL exactly as sent (path already percent-encoded, query encoded). */
  url: string;
  /** The headers to sign, `X-Sdk-Date` included (the oracle takes the date from it). */
  headers: Record<string, string>;
  /** JSON text of the body, or `''`. */
  body: string;
  ak: string;
  sk: string;
}

/**
 * The `Authorization` header that Huawei Cloud's official Node SDK core signer
 * (`AKSKSigner.sign`) computes for the request: the reference the SDK's signer must equal.
 */
export const officialAuthorization = ({
  method,
  url,
  headers,
  body,
  ak,
  sk,
}: OracleInput): string => {
  const target = new URL(url);
  // The official SDK keeps query parameters decoded, repeated names as arrays.
  const queryParams: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of target.searchParams) {
    const previous = queryParams[name];
    queryParams[name] = previous === undefined ? value : [previous, value].flat();
  }
  const request: IHttpRequest = {
    method,
    endpoint: `${target.origin}${target.pathname}`,
    queryParams,
    headers: { ...headers },
    // The official signer hashes JSON.stringify(data).
    data: body === '' ? undefined : JSON.parse(body),
  };
  const credential = { getAk: () => ak, getSk: () => sk } as ICredential;
  const signed = AKSKSigner.sign(request, credential) as Record<string, string>;
  const authorization = signed.Authorization;
  if (authorization === undefined) throw new Error('the official signer returned no Authorization');
  return authorization;
};
