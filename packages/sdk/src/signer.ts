/**
 * `@enterprise-center/sdk/signer`: AK/SK request signing, for servers only. Kept out of the
 * package root so that web pages, which must never hold AK/SK, do not download it.
 */
export { createAkSkSigner, type AkSkSignerOptions } from './signer/ak-sk-signer.js';
export type { RequestSigner, SignableRequest } from './options.js';
