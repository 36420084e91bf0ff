// A server that puts markup into every text it sends, and the checks that such markup stayed
// inert text: no element made of it, no script run, no link to a script URL.
import { expect } from '@open-wc/testing';
import { createClient } from '@enterprise-center/sdk';
import { backend } from '../../../../packages/widgets/test/support/backend.js';

/** Markup that changes the page or runs script if it is ever parsed as HTML. */
export const PAYLOAD =
  '<x-pwned><img src="x" onerror="window.__pwned=1"></x-pwned><script>window.__pwned=2</script>' +
  '<a href="javascript:window.__pwned=3">click</a><iframe srcdoc="<b>x</b>"></iframe> & "quoted"';

/** Fields of free text. Ids, enums, times, URLs and agreement versions keep their values. */
const TEXT_FIELDS = new Set([
  'name',
  'root_name',
  'display_name',
  'enterprise_name',
  'master_account_name',
  'org_name',
  'notes',
  'message',
  'reason',
]);

/** `value` with {@link PAYLOAD} put before every free-text string in it. */
export function poisoned(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return TEXT_FIELDS.has(key) ? `${PAYLOAD}${value}` : value;
  if (Array.isArray(value)) return value.map((item) => poisoned(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, poisoned(item, k)]));
  }
  return value;
}

const API_PATH = '/v2/enterprises/multi-accounts';

/** Options of {@link hostileClient}. */
export interface HostileOptions {
  /** Answer POSTs to paths matching this with `400 CBC.0100` whose `error_msg` is the payload. */
  refuse?: RegExp;
  /** Changes each successful body (after poisoning) before the SDK reads it. */
  rewrite?: (path: string, body: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * A client acting as `account` against the fake backend, whose answers pass through a hostile
 * proxy: markup in every free text of a successful answer, refusals made of markup.
 */
export function hostileClient(account: string, options: HostileOptions = {}) {
  return createClient({
    baseUrl: backend.baseUrl,
    token: `token-${account}`,
    retry: 0,
    timeout: 2000,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname.replace(API_PATH, '');
      if (request.method === 'POST' && options.refuse?.test(path)) {
        return Response.json({ error_code: 'CBC.0100', error_msg: PAYLOAD }, { status: 400 });
      }
      const response = await fetch(request);
      if (!response.ok) return response;
      const body = poisoned(await response.json()) as Record<string, unknown>;
      return Response.json(options.rewrite ? options.rewrite(path, body) : body, {
        headers: { 'X-Request-Id': response.headers.get('X-Request-Id') ?? '' },
      });
    },
  });
}

/** Asserts that `root` holds the payload as text only, and that nothing in it ran. */
export function assertInert(root: ShadowRoot | null | undefined, expectPayloadText = true): void {
  if (!root) throw new Error('no shadow root');
  expect(root.querySelectorAll('x-pwned, script, iframe, img[src="x"]')).to.have.length(0);
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(['https:', 'http:'], anchor.href).to.include(anchor.protocol);
  }
  expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  if (expectPayloadText) expect(root.textContent).to.include(PAYLOAD);
}
