// No token in any event the elements fire, in anything they show, or in anything written to the
// console — across every failure of a submit, an accept and a decline, a server that echoes the
// token back included.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Fault } from '@enterprise-center/mock';
import { createClient } from '@enterprise-center/sdk';
import {
  backend,
  resetBackend,
  sendingThrough,
} from '../../../packages/widgets/test/support/backend.js';
import {
  dialogButton,
  fillEligible,
  mount as mountInviteMember,
  shadow,
  submitAndConfirmDialog,
} from '../../../packages/widgets/test/invite-member/helpers.js';
import {
  byRole,
  invitationOf,
  mount as mountAcceptInvitation,
  pressAccept,
  tickAgreement,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import {
  afterEach,
  beforeEach,
  describe,
  it,
} from '../../../packages/widgets/test/shared/mocha.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { captureConsole, everythingIn } from './support/shown-text.js';

failOnUnhandledRejections();

const SECRET = 'tok-SECRET-widget-8c21f0d94e7b';

/**
 * A client sending {@link SECRET}, behind a gateway that swaps it for `account`'s fake token —
 * and, with `echo`, answers that path with a 401 quoting the token it received. Its calls that
 * change state give up after 1 s (the `timeout` fault ends soon); its loads keep 8 s, so a busy
 * machine never fails the mount.
 */
function secretClient(account: string, echo?: RegExp) {
  const gateway: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const token = request.headers.get('x-auth-token');
    if (echo?.test(new URL(request.url).pathname)) {
      return Response.json(
        { error_code: 'APIG.0301', error_msg: `Token ${token} has expired.` },
        { status: 401 },
      );
    }
    const headers = new Headers(request.headers);
    if (token === SECRET) headers.set('x-auth-token', `token-${account}`);
    return fetch(new Request(request, { headers }));
  };
  const within = (timeout: number) =>
    createClient({ baseUrl: backend.baseUrl, token: SECRET, retry: 0, timeout, fetch: gateway });
  return sendingThrough(within(8000), within(1000));
}

const FAULTS: [string, Fault][] = [
  ['lost response', { type: 'drop' }],
  ['503', { type: 'status', status: 503 }],
  ['timeout', { type: 'timeout' }],
  ['429', { type: 'throttle', retryAfter: 1 }],
  ['401', { type: 'status', status: 401 }],
];

let consoleOutput: ReturnType<typeof captureConsole>;
const details: unknown[] = [];

/** Keeps the detail of every event `el` fires. */
function recordEvents(el: HTMLElement): void {
  for (const name of [
    'invitation-failed',
    'invitation-sent',
    'invitation-accepted',
    'invitation-declined',
  ]) {
    el.addEventListener(name, (event) => details.push((event as CustomEvent).detail));
  }
}

function assertNoSecret(where: string, shown: string): void {
  expect(shown.includes(SECRET), `${where} shows the token`).to.equal(false);
}

describe('the token never shows in events, on screen or on the console', () => {
  beforeEach(async () => {
    await resetBackend();
    details.length = 0;
    consoleOutput = captureConsole();
  });
  afterEach(() => {
    consoleOutput.restore();
    assertNoSecret('the console', consoleOutput.output.join('\n'));
  });

  it('<invite-member>: every failure of a submit, and an echoing server', async () => {
    for (const [name, fault] of FAULTS) {
      const el = await mountInviteMember('acme-group', { client: secretClient('acme-group') });
      recordEvents(el);
      await fillEligible(el);
      backend.faults.failNext(fault, { method: 'POST', path: '/invitations' });
      await submitAndConfirmDialog(el);
      const failed = oneEvent(el, 'invitation-failed');
      dialogButton(el, 'OK').click();
      await failed;
      await el.updateComplete;
      assertNoSecret(`the form after a ${name}`, shadow(el).textContent ?? '');
      el.remove();
      await resetBackend();
    }
    const el = await mountInviteMember('acme-group', {
      client: secretClient('acme-group', /\/invitations$/),
    });
    recordEvents(el);
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    const failed = oneEvent(el, 'invitation-failed');
    dialogButton(el, 'OK').click();
    expect(((await failed).detail as { message: string }).message).to.equal(
      'Token [REDACTED] has expired.',
    );
    await el.updateComplete;
    assertNoSecret('the form after an echo', shadow(el).textContent ?? '');
    expect(details).to.have.length(FAULTS.length + 1);
    assertNoSecret('the events', everythingIn(details));
  });

  it('<accept-invitation>: every failure of an accept and of a decline, and an echoing server', async () => {
    for (const [name, fault] of FAULTS) {
      const el = await mountAcceptInvitation('maple-foods', {
        client: secretClient('maple-foods'),
      });
      recordEvents(el);
      const card = invitationOf(el, 'acme-group');
      tickAgreement(card);
      await el.updateComplete;
      backend.faults.failNext(fault, { method: 'POST', path: /\/accept$/ });
      let failed = oneEvent(el, 'invitation-failed');
      byRole(card, 'button', 'Accept').click();
      await failed;

      backend.faults.failNext(fault, { method: 'POST', path: /\/decline$/ });
      byRole(invitationOf(el, 'helio-group'), 'button', 'Decline').click();
      await el.updateComplete;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      failed = oneEvent(el, 'invitation-failed');
      byRole(dialog, 'button', 'Decline invitation').click();
      await failed;
      await el.updateComplete;
      assertNoSecret(`the invitations after a ${name}`, el.shadowRoot!.textContent ?? '');
      el.remove();
      await resetBackend();
    }
    const el = await mountAcceptInvitation('maple-foods', {
      client: secretClient('maple-foods', /\/accept$/),
    });
    recordEvents(el);
    const card = invitationOf(el, 'acme-group');
    tickAgreement(card);
    await el.updateComplete;
    await pressAccept(el, card, 'invitation-failed');
    assertNoSecret('the invitations after an echo', el.shadowRoot!.textContent ?? '');
    expect(details).to.have.length(FAULTS.length * 2 + 1);
    assertNoSecret('the events', everythingIn(details));
  });
});
