// What the portal's proxy (API.md §7) lets a signed-in fixture account do, and with which
// credentials it calls upstream: a master account's administrator gets the `invite` scope and
// the calls are signed with that account's AK/SK (a partner portal holds one key pair per account
// it manages); an invited account's administrator gets `accept` and the calls carry an IAM token
// (a token per signed-in user). The fake backend accepts both (its fixture key pairs and
// `token-<account>`); neither ever reaches the page.
import { ACCESS_KEYS } from '@enterprise-center/mock';
import type { Grant } from '@enterprise-center/proxy';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import type { Persona } from '../src/personas.js';

/** How a persona's upstream calls authenticate. */
export type UpstreamCredential = 'AK/SK signature' | 'IAM token';

export function upstreamCredential(persona: Persona): UpstreamCredential {
  return persona.role === 'master' ? 'AK/SK signature' : 'IAM token';
}

/** The proxy grant for `persona`. */
export function grantFor(persona: Persona): Grant {
  const subject = persona.name;
  if (persona.role !== 'master') {
    return { subject, scopes: ['accept'], token: `token-${persona.name}` };
  }
  const key = ACCESS_KEYS.find((candidate) => candidate.account === persona.name);
  if (!key) throw new Error(`The fake backend has no access key for ${persona.name}`);
  return { subject, scopes: ['invite'], signer: createAkSkSigner({ ak: key.ak, sk: key.sk }) };
}
