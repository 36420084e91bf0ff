import type { RequestSigner } from '@enterprise-center/sdk';
import type { Scope } from './routes.js';

/** What every grant says: who the user is and what they may do. */
interface GrantBase {
  /** The portal's id for the signed-in user (or account); named in audit entries. */
  readonly subject: string;
  /** The scopes granted (API.md §7): `invite` and/or `accept`. */
  readonly scopes: readonly Scope[];
}

/** A grant whose upstream calls carry an IAM token as `X-Auth-Token`. */
export interface TokenGrant extends GrantBase {
  /** The token, or a function (possibly async) called for every upstream request. */
  readonly token: string | (() => string | Promise<string>);
  readonly signer?: never;
}

/** A grant whose upstream calls are signed, e.g. with `createAkSkSigner({ ak, sk })`. */
export interface SignerGrant extends GrantBase {
  /** Signs exactly the request sent upstream (method, URL, headers, body). */
  readonly signer: RequestSigner;
  readonly token?: never;
}

/** What `authorize` returns for a signed-in user. */
export type Grant = TokenGrant | SignerGrant;

/** One handled request, as `onAudit` receives it: never a credential, a body or a query. */
export interface AuditEntry {
  /** The grant's subject; `null` when the request was refused before or by `authorize`. */
  readonly subject: string | null;
  /** The route's operation (e.g. `invitations.create`); `null` when no route matched. */
  readonly operation: string | null;
  readonly method: string;
  /** The request's path as received (without the query). */
  readonly path: string;
  /** The status of the answer returned. */
  readonly status: number;
  /** The answer's `X-Request-Id`. */
  readonly requestId: string;
  /** Milliseconds from receiving the request to having its answer. */
  readonly durationMs: number;
}

/** Options of `createProxy`. */
export interface ProxyOptions {
  /** Where API.md's paths live: calls go to `{upstream}/v2/enterprises/multi-accounts/…`. */
  upstream: string;
  /** The path the proxy is mounted at (default `/api/enterprise-center`). */
  basePath?: string;
  /**
   * The portal's own session check: a {@link Grant} for a signed-in user, `null` (or
   * `undefined`) for none (401 `APIG.0301`). If it throws, the answer is 500 `CBC.0999`.
   * It must not read the request's body.
   */
  authorize: (request: Request) => Grant | null | undefined | Promise<Grant | null | undefined>;
  /**
   * Exact origins (`https://partner.example`) whose pages may call cross-origin with
   * credentials; the proxy's own origin needs no entry.
   */
  allowedOrigins?: readonly string[];
  /** The `fetch` used upstream (default: `globalThis.fetch` at the time of the call). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds the upstream has to answer in full (default 15 000), else 504 `APIG.0201`. */
  timeout?: number;
  /** The largest request body accepted, in bytes (default 65 536), else 413 `APIG.0201`. */
  maxBodyBytes?: number;
  /** Called once per request, before its answer is returned (awaited when it returns a promise). */
  onAudit?: (entry: AuditEntry) => void | Promise<void>;
}

/** What `createProxy` returns: a Fetch-standard handler. */
export type ProxyHandler = (request: Request) => Promise<Response>;
