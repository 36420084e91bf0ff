// Helpers for <sent-invitations> tests: mount the element as a fixture master account, seed many
// invitations through the fake backend, and find rows and controls the way a user does.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClient, type Client } from '@enterprise-center/sdk';
import { backend, clientFor } from '../support/backend.js';
import { byRole, squash, textOf } from '../support/queries.js';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';
import '../../src/define/sent-invitations.js';
import { mountOn, type Screen } from '../shared/reflow-checks.js';

export { afterEach, beforeEach, describe, it } from '../shared/mocha.js';
export {
  accessibleName,
  allByRole,
  byRole,
  deepActiveElement,
  textOf,
} from '../support/queries.js';

/** The seeded invitations of acme-group (docs/contract/FIXTURES.md). */
export const MAPLE = 'maple-foods';
export const LATE_BLOOM = 'late-bloom';

/** The element's shadow root. */
export function shadow(el: SentInvitations): ShadowRoot {
  if (!el.shadowRoot) throw new Error('<sent-invitations> has no shadow root');
  return el.shadowRoot;
}

/** Options of {@link mount}; `client` defaults to one acting as acme-group with SDK retries. */
export interface MountOptions {
  client?: Client;
  status?: string;
  orgId?: string;
  pageSize?: number;
  locale?: string;
  /** Shown on this narrow screen, in a column as wide as it (see mountOn). */
  screen?: Screen;
}

/** Mounts <sent-invitations> and waits until its first load has finished. */
export async function mount(options: MountOptions = {}): Promise<SentInvitations> {
  const element = html`<sent-invitations
    .client=${options.client ?? clientFor('acme-group', 8000)}
    status=${ifDefined(options.status)}
    org-id=${ifDefined(options.orgId)}
    page-size=${ifDefined(options.pageSize)}
    locale=${options.locale ?? 'en'}
  ></sent-invitations>`;
  const el = options.screen
    ? await mountOn<SentInvitations>(options.screen, element)
    : await fixture<SentInvitations>(element);
  await loaded(el);
  return el;
}

/** Waits until the list (or its empty, failed or neutral state) is shown, not loading. */
export async function loaded(el: SentInvitations): Promise<void> {
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false' &&
      el.shadowRoot.querySelector(
        'table, [part~="empty"], [part~="error"], [part~="notice"], [part~="session-expired"]',
      ),
    'the element did not finish loading',
    { timeout: 8000 },
  );
}

/** The invited accounts of the rows shown, top to bottom. */
export function accountsShown(el: SentInvitations): string[] {
  return [...shadow(el).querySelectorAll('tbody th[scope="row"]')].map((th) => textOf(th));
}

/** The row of the invitation to `account` (the first, if several). */
export function rowOf(el: SentInvitations, account: string): HTMLTableRowElement {
  const header = [...shadow(el).querySelectorAll('tbody th[scope="row"]')].find(
    (th) => textOf(th) === account,
  );
  if (!header) throw new Error(`no row for ${account}`);
  return header.closest('tr')!;
}

/** The text of a row's cell under the column header `column`. */
export function cellOf(el: SentInvitations, account: string, column: string): string {
  const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => textOf(th));
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} (columns: ${headers.join(', ')})`);
  const cell = rowOf(el, account).children[index];
  // The label shown before the value on narrow screens is hidden from assistive technology.
  return squash(cell?.querySelector('.cell__value')?.textContent ?? cell?.textContent);
}

/** The outcome shown under the row of `account` (empty when there is none). */
export function feedbackOf(el: SentInvitations, account: string): string {
  const next = rowOf(el, account).nextElementSibling;
  return next?.classList.contains('feedback-row') ? textOf(next) : '';
}

/** The polite live region's text. */
export function announced(el: SentInvitations): string {
  return textOf(shadow(el).querySelector('.visually-hidden[role="status"]'));
}

/** A row's button by its accessible name, e.g. "Cancel invitation to maple-foods". */
export function button(el: SentInvitations, name: string): HTMLButtonElement {
  return byRole<HTMLButtonElement>(shadow(el), 'button', name);
}

/** The open cancel confirmation. */
export async function openDialog(el: SentInvitations): Promise<HTMLDialogElement> {
  await waitUntil(() => shadow(el).querySelector('dialog[open]'), 'no open dialog');
  return shadow(el).querySelector<HTMLDialogElement>('dialog[open]')!;
}

/** Chooses `label` in the Status select as a user does. */
export function chooseStatus(el: SentInvitations, label: string): void {
  const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Status');
  const option = [...select.options].find((o) => squash(o.text) === label);
  if (!option) throw new Error(`no status ${label}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits until the element's text includes `text`. */
export async function shows(el: SentInvitations, text: string): Promise<void> {
  await waitUntil(() => textOf(shadow(el)).includes(text), `"${text}" was never shown`, {
    timeout: 8000,
  });
}

/** The id of acme-group's invitation to `account` that the fake backend lists first. */
export function invitationIdOf(account: string): string {
  const [invitation] = backend.control.invitations({ from: 'acme-group', to: account });
  if (!invitation) throw new Error(`acme-group has no invitation to ${account}`);
  return invitation.id;
}

type StoredInvitation = ReturnType<typeof backend.snapshot>['state']['invitations'][number];

/** Statuses a seeded invitation can have; `expired` is a pending one past its expiry. */
export type SeedStatus = 'pending' | 'accepted' | 'declined' | 'cancelled' | 'expired';

/**
 * Adds `count` invitations from acme-group through the fake backend's snapshot and restore, all
 * sent within the last hours (so newer than the seeded ones), newest first in the order made:
 * the first is sent one minute ago, the next two minutes ago… Statuses and invitees cycle through
 * the lists given. Returns their ids, newest first.
 */
export function seedInvitations(
  count: number,
  {
    statuses = ['pending'],
    invitees = ['river-analytics', 'acme-robotics', 'orbit-labs'],
  }: {
    statuses?: readonly SeedStatus[];
    invitees?: readonly string[];
  } = {},
): string[] {
  const snapshot = backend.snapshot();
  const { state } = snapshot;
  const acme = state.accounts['acme-group']?.enterprise;
  if (!acme) throw new Error('acme-group is not a master account');
  const now = Math.floor(backend.clock.now() / 1000) * 1000;
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const seq = state.invitationSeq + 1;
    state.invitationSeq = seq;
    const status = statuses[i % statuses.length]!;
    const createdAt = now - (i + 1) * 60_000;
    const invitation: StoredInvitation = {
      id: `inv-seed${seq.toString(36).padStart(6, '0')}`,
      seq,
      masterName: 'acme-group',
      inviteeName: invitees[i % invitees.length]!,
      orgId: acme.org.id,
      paymentMethod: 'paid_by_master',
      notes: null,
      status: status === 'expired' ? 'pending' : status,
      createdAt,
      updatedAt: createdAt,
      expiredAt: status === 'expired' ? now - 1000 : createdAt + 14 * 86_400_000,
    };
    state.invitations.push(invitation);
    ids.push(invitation.id);
  }
  backend.restore(snapshot);
  return ids;
}

/** One state-changing request an instrumented client sent: its path and `trans_id`. */
export interface SentMutation {
  path: string;
  transId: string | undefined;
}

/**
 * A client acting as acme-group that never retries by itself (so a lost answer reaches the
 * element) and records the `trans_id` of every POST it sends.
 */
export function recordingClient(): { client: Client; mutations: SentMutation[] } {
  const mutations: SentMutation[] = [];
  const client = createClient({
    baseUrl: backend.baseUrl,
    token: 'token-acme-group',
    retry: 0,
    timeout: 8000,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') {
        const body = (await request.clone().json()) as { trans_id?: string };
        const path = new URL(request.url).pathname.replace('/v2/enterprises/multi-accounts', '');
        mutations.push({ path, transId: body.trans_id });
      }
      return fetch(request);
    },
  });
  return { client, mutations };
}
