// Ids that are stable for a given seed (derived, not random), plus random request ids.

/** FNV-1a, 32 bits: a small deterministic hash for derived ids. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function derived(text: string, parts: number, radix: number, width: number): string {
  let out = '';
  for (let part = 0; part < parts; part += 1) {
    out += fnv1a(`${part}:${text}`).toString(radix).padStart(width, '0').slice(-width);
  }
  return out;
}

/** A 32-hex-digit account id derived from the account name. */
export function accountId(name: string): string {
  return derived(`account:${name}`, 4, 16, 8);
}

/** An invitation id (`inv-` + 12 base-36 characters) derived from its creation number. */
export function invitationId(seq: number): string {
  return `inv-${derived(`invitation:${seq}`, 2, 36, 6)}`;
}

/**
 * The access key id (AK) of an account's key pair: `EC` + 18 upper-case base-36 characters,
 * 20 in all like a Huawei Cloud AK, derived from the account name.
 */
export function accessKeyId(name: string): string {
  return `EC${derived(`ak:${name}`, 3, 36, 6).toUpperCase()}`;
}

/** The secret access key (SK) of an account's key pair: 40 base-36 characters, derived. */
export function secretAccessKey(name: string): string {
  return derived(`sk:${name}`, 7, 36, 6).slice(0, 40);
}

/** A random 32-hex-digit request id (works in browsers and Node without imports). */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
