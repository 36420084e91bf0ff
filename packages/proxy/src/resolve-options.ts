import type { ProxyOptions } from './options.js';

/** `ProxyOptions` checked, with defaults filled in. */
export interface ProxyConfig {
  /** The upstream URL without a trailing `/`. */
  readonly upstream: string;
  /** The base path without a trailing `/` (`''` for the root). */
  readonly basePath: string;
  readonly authorize: ProxyOptions['authorize'];
  readonly allowedOrigins: ReadonlySet<string>;
  readonly fetch: ProxyOptions['fetch'];
  readonly timeout: number;
  readonly maxBodyBytes: number;
  readonly onAudit: ProxyOptions['onAudit'];
}

export const DEFAULT_BASE_PATH = '/api/enterprise-center';
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** The longest timer `setTimeout` supports. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

const fail = (message: string): never => {
  throw new TypeError(`createProxy: ${message}`);
};

const upstreamOf = (value: unknown): string => {
  const url = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (
    !url ||
    !/^https?:$/.test(url.protocol) ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  )
    fail('upstream must be an absolute http(s) URL without credentials, query or fragment');
  return String(value).replace(/\/+$/, '');
};

const basePathOf = (value: unknown): string => {
  const path = typeof value === 'string' ? value.replace(/\/$/, '') : value;
  if (typeof path !== 'string' || !/^(?:\/(?!\.\.?(?:\/|$))[\w.~-]+)*$/.test(path))
    fail(`basePath must be a path like "${DEFAULT_BASE_PATH}" (letters, digits, . _ ~ -)`);
  return path as string;
};

const originsOf = (value: unknown): Set<string> => {
  if (!Array.isArray(value)) fail('allowedOrigins must be an array of origins');
  for (const origin of value as unknown[]) {
    const parsed = typeof origin === 'string' && URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || parsed.origin !== origin || parsed.origin === 'null')
      fail(
        `allowedOrigins: ${JSON.stringify(origin)} is not an origin like "https://partner.example"`,
      );
  }
  return new Set(value as string[]);
};

const durationOf = (value: unknown): number => {
  if (typeof value !== 'number' || !(value > 0 && value <= MAX_TIMEOUT_MS))
    fail(`timeout must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`);
  return value as number;
};

const byteLimitOf = (value: unknown): number => {
  if (!Number.isSafeInteger(value) || (value as number) < 0)
    fail('maxBodyBytes must be a whole number of bytes (0 or more)');
  return value as number;
};

const optionalFunction = <T>(name: string, value: T): T => {
  if (value !== undefined && typeof value !== 'function') fail(`${name} must be a function`);
  return value;
};

/** Checks the options; throws a `TypeError` naming the first bad one. */
export const resolveOptions = (options: ProxyOptions): ProxyConfig => {
  if (typeof options !== 'object' || options === null) fail('options are required');
  if (typeof options.authorize !== 'function')
    fail('authorize must be a function returning a grant or null');
  return {
    upstream: upstreamOf(options.upstream),
    basePath: basePathOf(options.basePath ?? DEFAULT_BASE_PATH),
    authorize: options.authorize,
    allowedOrigins: originsOf(options.allowedOrigins ?? []),
    fetch: optionalFunction('fetch', options.fetch),
    timeout: durationOf(options.timeout ?? DEFAULT_TIMEOUT_MS),
    maxBodyBytes: byteLimitOf(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
    onAudit: optionalFunction('onAudit', options.onAudit),
  };
};
