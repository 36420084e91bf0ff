/*
 * The canonical request of SDK-HMAC-SHA256 (API.md §6), built exactly as Huawei Cloud's SDK core
 * signer builds it for the same request on the wire.
 */

/** RFC 3986 percent-encoding of UTF-8: only `A–Z a–z 0–9 - . _ ~` stay as they are. */
export const encodeRfc3986 = (value: string): string =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * Each segment of the path as sent (already percent-encoded by `URL`) encoded again, with a
 * trailing `/`: what the official signer does with the request's URL.
 */
export const canonicalUri = (url: URL): string => {
  const path = url.pathname.split('/').map(encodeRfc3986).join('/');
  return path.endsWith('/') ? path : `${path}/`;
};

/** Decoded query parameters sorted by name (then value), each `name=value` encoded, `&`-joined. */
export const canonicalQuery = (url: URL): string => {
  const params = new Map<string, string[]>();
  for (const [name, value] of url.searchParams)
    params.set(name, [...(params.get(name) ?? []), value]);
  return [...params.keys()]
    .sort()
    .flatMap((name) =>
      (params.get(name) ?? [])
        .sort()
        .map((value) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`),
    )
    .join('&');
};

/** The signed headers, sorted by lower-case name: `name:value\n` lines, and the names `;`-joined. */
export const canonicalHeaders = (
  headers: Readonly<Record<string, string>>,
): { lines: string; names: string } => {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    lines: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    names: entries.map(([name]) => name).join(';'),
  };
};
