// Helpers for <accept-invitation> tests: mount the element as a fixture account and find its
// controls the way a user does, by role and accessible name.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@enterprise-center/sdk';
import { backend, clientFor } from '../support/backend.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import '../../src/define/accept-invitation.js';

type Client = ReturnType<typeof clientFor>;

export { beforeEach, describe, it } from '../shared/mocha.js';

const selectors: Record<string, string> = {
  article: 'article',
  button: 'button',
  checkbox: 'input[type="checkbox"]',
  dialog: 'dialog',
  heading: 'h1, h2, h3, h4, h5, h6',
  link: 'a[href]',
  list: 'ul',
  listitem: 'li',
  status: '[role="status"]',
};

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name as the element's markup gives it (aria-labelledby, aria-label, label, text). */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    return squash(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent)
        .join(' '),
    );
  }
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  if (el instanceof HTMLInputElement) {
    return squash([...(el.labels ?? [])].map((l) => l.textContent).join(' '));
  }
  return squash(el.textContent);
}

/** The text a user sees in `el` (shadow DOM included), whitespace collapsed. */
export function textOf(el: Element | ShadowRoot | null | undefined): string {
  return squash(el?.textContent);
}

/** All elements of `role` under `scope` whose accessible name matches `name`. */
export function allByRole(scope: ParentNode, role: string, name?: string | RegExp): HTMLElement[] {
  const selector = selectors[role];
  if (!selector) throw new Error(`No selector for role ${role}`);
  return [...scope.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (name === undefined) return true;
    const accessible = accessibleName(el);
    return typeof name === 'string' ? accessible.startsWith(name) : name.test(accessible);
  });
}

/** The one element of `role` named `name` (a prefix or a pattern); throws when absent. */
export function byRole<T extends HTMLElement = HTMLElement>(
  scope: ParentNode,
  role: string,
  name?: string | RegExp,
): T {
  const [found] = allByRole(scope, role, name);
  if (!found) throw new Error(`No ${role} named ${String(name)}`);
  return found as T;
}

/** The invitation `article` whose name (its heading) mentions `inviter`. */
export function invitationOf(el: AcceptInvitation, inviter: string): HTMLElement {
  return byRole(el.shadowRoot!, 'article', new RegExp(inviter.replace(/[.()]/g, '\\$&')));
}

/** The polite live region's current text. */
export function announced(el: AcceptInvitation): string {
  return textOf(el.shadowRoot!.querySelector('[role="status"]'));
}

/** The element that has the focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the first load finished (the list, the empty state or an error is shown). */
export async function loaded(el: AcceptInvitation): Promise<void> {
  await waitUntil(
    () => {
      const root = el.shadowRoot;
      if (!root) return false;
      const busy = root.querySelector('[part~="base"]')?.getAttribute('aria-busy');
      return (
        busy === 'false' && !textOf(root).includes('Loading…') && !textOf(root).includes('正在加载')
      );
    },
    'the element did not finish loading',
    { timeout: 5000 },
  );
}

/** Mounts <accept-invitation> acting as `account` (or with `client`) and waits for the load. */
export async function mount(
  account: string,
  options: { client?: Client; invitationId?: string; locale?: string } = {},
): Promise<AcceptInvitation> {
  const client = options.client ?? clientFor(account);
  const el = await fixture<AcceptInvitation>(
    html`<accept-invitation
      .client=${client}
      invitation-id=${options.invitationId ?? ''}
      locale=${options.locale ?? 'en'}
    ></accept-invitation>`,
  );
  await loaded(el);
  return el;
}

/** Ticks the agreement checkbox of `card` the way a user does (a click). */
export function tickAgreement(card: HTMLElement): void {
  byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree').click();
}

/**
 * A client acting as `account` that never retries by itself, so that a dropped or timed-out
 * request reaches the element and its Retry button is what retries.
 */
export function noRetryClient(
  options: { account?: string; fetch?: typeof fetch; timeout?: number } = {},
): Client {
  return createClient({
    baseUrl: backend.baseUrl,
    token: `token-${options.account ?? 'maple-foods'}`,
    retry: 0,
    timeout: options.timeout ?? 2000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
