import * as z from 'zod/mini';
import { displayText } from './primitives.js';

/**
 * Whether `value` is an absolute `https:` or `http:` URL: what makes it safe to put in `href`.
 * A check rather than `z.httpUrl()`, which also demands a public domain name (no IP address, no
 * intranet host) and costs 0.54 kB gzip more (docs/bundle-budget.md, row "SDK agreement URLs by
 * URL parser").
 */
const isWebUrl = (value: string): boolean => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** A service agreement to accept; `url` is always an `https:` or `http:` URL. */
export const Agreement = z.object({
  id: z.string(),
  name: displayText,
  version: z.string(),
  url: z.string().check(z.refine(isWebUrl, { error: 'expected an https: or http: URL' })),
});
export type Agreement = z.output<typeof Agreement>;

/** Which version of an agreement the caller accepted. */
export const AcceptedAgreement = z.object({ id: z.string(), version: z.string() });
export type AcceptedAgreement = z.input<typeof AcceptedAgreement>;
