// Helpers for <invite-member> tests: mount the element as a fixture account, find its controls the
// way a user does (by accessible name), and wait for what the user would wait for.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient, type Client } from '@enterprise-center/sdk';
import { backend, clientFor, sendingThrough } from '../support/backend.js';
import { byRole, squash, textOf } from '../support/queries.js';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import '../../src/define/invite-member.js';

/**
 * Per-attempt timeout of the test clients: generous, so a busy machine never turns a slow answer
 * into a timeout (and an SDK retry) in tests that are not about timeouts.
 */
const CLIENT_TIMEOUT = 8000;

export { afterEach, beforeEach, describe, it } from '../shared/mocha.js';
export {
  accessibleName,
  allByRole,
  byRole,
  deepActiveElement,
  textOf,
} from '../support/queries.js';

/** The element's shadow root. */
export function shadow(el: InviteMember): ShadowRoot {
  if (!el.shadowRoot) throw new Error('<invite-member> has no shadow root');
  return el.shadowRoot;
}

/** A client acting as `account` (SDK retries on), with the tests' generous timeout. */
export function clientAs(account: string): Client {
  return clientFor(account, CLIENT_TIMEOUT);
}

/** Options of {@link mount}. */
export interface MountOptions {
  client?: Client;
  orgId?: string;
  accountName?: string;
  locale?: string;
  /** Debounce in ms (short by default so tests stay fast). */
  debounce?: number;
}

/** Mounts <invite-member> acting as `account` and waits until its first load has finished. */
export async function mount(account: string, options: MountOptions = {}): Promise<InviteMember> {
  const el = await fixture<InviteMember>(
    html`<invite-member
      .client=${options.client ?? clientAs(account)}
      org-id=${ifDefined(options.orgId)}
      account-name=${ifDefined(options.accountName)}
      locale=${options.locale ?? 'en'}
      .debounce=${options.debounce ?? 30}
    ></invite-member>`,
  );
  await loaded(el);
  return el;
}

/** Waits until loading has finished (a form, a notice or an error is shown). */
export async function loaded(el: InviteMember): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('form, [part~="notice"], [part~="error"]'),
    'the element did not finish loading',
    { timeout: 5000 },
  );
}

/** The "Account name" textbox. */
export const accountInput = (el: InviteMember) =>
  byRole<HTMLInputElement>(shadow(el), 'textbox', 'Account name');

/** Types `value` into a text control as a paste would (one input event). */
export function fill(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Chooses an option of the "Organization unit" control by its visible name. */
export function chooseUnit(el: InviteMember, name: string): void {
  const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
  const option = [...select.options].find((o) => squash(o.text) === name);
  if (!option) throw new Error(`no organization unit ${name}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The polite status line of the account field. */
export const accountStatus = (el: InviteMember) =>
  textOf(shadow(el).querySelector('#account-status'));

/** Types `account` and waits until the element has shown its check result for it. */
export async function checkAccount(el: InviteMember, account: string): Promise<string> {
  fill(accountInput(el), account);
  await waitUntil(
    () => {
      const status = accountStatus(el);
      return status.includes(account) && !status.startsWith('Checking');
    },
    `no check result for ${account}`,
    { timeout: 5000 },
  );
  return accountStatus(el);
}

/** The labels of the failed conditions the checklist shows. */
export function failedConditions(el: InviteMember): string[] {
  return [...shadow(el).querySelectorAll('[part~="check-failed"] .check__label')].map((label) =>
    textOf(label),
  );
}

/** Ticks the agreements checkbox as a user does. */
export function acceptAgreements(el: InviteMember): void {
  const box = byRole<HTMLInputElement>(shadow(el), 'checkbox', 'I have read and agree');
  if (!box.checked) box.click();
}

/** Clicks Submit and waits for the confirmation dialog. */
export async function submitAndConfirmDialog(el: InviteMember): Promise<HTMLDialogElement> {
  byRole(shadow(el), 'button', 'Submit').click();
  await waitUntil(() => shadow(el).querySelector('dialog[open]'), 'no confirmation dialog');
  return shadow(el).querySelector<HTMLDialogElement>('dialog[open]')!;
}

/** The open confirmation dialog's button named `name` ("OK" or "Cancel"). */
export function dialogButton(el: InviteMember, name: 'OK' | 'Cancel'): HTMLButtonElement {
  const dialog = shadow(el).querySelector('dialog[open]');
  if (!dialog) throw new Error('the confirmation dialog is not open');
  return byRole<HTMLButtonElement>(dialog, 'button', name);
}

/** Waits until the "Invitation sent" panel is shown. */
export async function sent(el: InviteMember): Promise<void> {
  await waitUntil(() => textOf(shadow(el)).includes('Invitation sent'), 'no success shown', {
    timeout: 5000,
  });
}

/** Fills an eligible acme-group invitation (unit, account, agreements) and waits for the check. */
export async function fillEligible(el: InviteMember, account = 'acme-robotics'): Promise<void> {
  chooseUnit(el, 'Engineering');
  await checkAccount(el, account);
  acceptAgreements(el);
}

/** Fills an eligible invitation, submits it, confirms with OK and waits for "Invitation sent". */
export async function sendEligible(el: InviteMember, account = 'acme-robotics'): Promise<void> {
  await fillEligible(el, account);
  await submitAndConfirmDialog(el);
  dialogButton(el, 'OK').click();
  await sent(el);
}

/** One request an instrumented client sent, as the page saw it. */
export interface SentRequest {
  method: string;
  /** Path below `/v2/enterprises/multi-accounts`. */
  path: string;
  body: string;
  signal: AbortSignal;
  started: number;
  ended?: number;
}

/** Options of {@link instrumentedClient}. */
export interface InstrumentOptions {
  retry?: number;
  /**
   * Per-attempt timeout of the calls that change state (invite, accept, decline…); the element's
   * loads and checks keep the generous one, so a busy machine never fails the mount.
   */
  sendTimeout?: number;
  /** Changes a successful JSON answer before the SDK sees it (a one-off server behaviour). */
  rewrite?: (path: string, body: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * A client as `account` whose `fetch` records every request (method, path, body, abort signal,
 * timing) and can rewrite answers, still talking to the fake backend.
 */
export function instrumentedClient(account: string, options: InstrumentOptions = {}) {
  const requests: SentRequest[] = [];
  const record: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname.replace('/v2/enterprises/multi-accounts', '');
    const sentRequest: SentRequest = {
      method: request.method,
      path,
      body: await request.clone().text(),
      signal: request.signal,
      started: performance.now(),
    };
    requests.push(sentRequest);
    try {
      const response = await fetch(request);
      if (!options.rewrite || !response.ok) return response;
      const body = options.rewrite(path, (await response.json()) as Record<string, unknown>);
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    } finally {
      sentRequest.ended = performance.now();
    }
  };
  const within = (timeout: number) =>
    createClient({
      baseUrl: backend.baseUrl,
      token: `token-${account}`,
      timeout,
      retry: options.retry ?? 0,
      fetch: record,
    });
  const client = within(CLIENT_TIMEOUT);
  const { sendTimeout } = options;
  return { client: sendTimeout ? sendingThrough(client, within(sendTimeout)) : client, requests };
}

/**
 * `<tag>` in English as `account` (through an {@link instrumentedClient}), with every answer
 * `latency` ms late; returned once both its loads are on their way.
 */
export async function mountLoading<Tag extends 'invite-member' | 'accept-invitation'>(
  tag: Tag,
  account: string,
  latency: number,
): Promise<{ el: HTMLElementTagNameMap[Tag]; requests: SentRequest[] }> {
  backend.faults.setLatency(latency);
  const { client, requests } = instrumentedClient(account);
  const el = document.createElement(tag);
  el.setAttribute('locale', 'en');
  el.client = client;
  await fixture(el);
  await waitUntil(() => requests.length === 2, 'the loads were not sent');
  return { el, requests };
}
