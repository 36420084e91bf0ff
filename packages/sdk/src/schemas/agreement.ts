import * as z from './zod.js';

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
  name: z.string(),
  version: z.string(),
  url: z.string(z.refine(isWebUrl)),
});
export type Agreement = z.output<typeof Agreement>;

/** Which version of an agreement the caller accepted. */
export const AcceptedAgreement = z.object({ id: z.string(), version: z.string() });
export type AcceptedAgreement = z.input<typeof AcceptedAgreement>;
