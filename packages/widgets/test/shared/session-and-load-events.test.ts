import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { LoadFailedEvent, SessionExpiredEvent } from '../../src/index.js';
import '../../src/define.js';
import {
  backend,
  clientWithoutRetry,
  expiringClient,
  requestsTo,
  resetBackend,
} from '../support/backend.js';
import { allByRole, byRole, textOf } from '../support/queries.js';
import { beforeEach, describe, it } from './mocha.js';
import {
  accountInput,
  dialogButton,
  fill,
  fillEligible,
  mount as mountInviteMember,
  sent,
  submitAndConfirmDialog,
} from '../invite-member/helpers.js';
import {
  invitationOf,
  loaded as inboxLoaded,
  mount as mountAcceptInvitation,
  tickAgreement,
} from '../accept-invitation/helpers.js';

const SIGN_IN_AGAIN = 'Your sign-in has expired or is not valid. Sign in again.';

/** Counts the `session-expired` and `load-failed` events `el` fires, keeping the last of each. */
function listen(el: HTMLElement) {
  const heard = { expired: [] as SessionExpiredEvent[], loadFailed: [] as LoadFailedEvent[] };
  el.addEventListener('session-expired', (event) => heard.expired.push(event));
  el.addEventListener('load-failed', (event) => heard.loadFailed.push(event));
  return heard;
}

/** The neutral "sign in again" statement: shown, polite, and not styled as an error. */
function expectSignInAgain(el: HTMLElement): void {
  const notice = el.shadowRoot!.querySelector('[part~="session-expired"]');
  expect(textOf(notice)).to.equal(SIGN_IN_AGAIN);
  expect(notice?.getAttribute('role')).to.equal('status');
  expect(notice?.closest('.error, .notice--error')).to.equal(null);
  expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
}

describe('an expired session', () => {
  beforeEach(resetBackend);

  it('<invite-member>: a 401 on send asks to sign in again; refresh() reloads and keeps every typed value', async () => {
    const session = expiringClient('acme-group');
    const el = await mountInviteMember('acme-group', { client: session.client });
    const heard = listen(el);
    await fillEligible(el);
    fill(byRole<HTMLTextAreaElement>(el.shadowRoot!, 'textbox', 'Notes'), 'Welcome');
    session.expire();
    await submitAndConfirmDialog(el);
    const expired = oneEvent(el, 'session-expired');
    dialogButton(el, 'OK').click();
    const event = await expired;
    expect(event).to.be.instanceOf(SessionExpiredEvent);
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail.code).to.equal('APIG.0301');
    await el.updateComplete;
    expectSignInAgain(el);
    expect(allByRole(el.shadowRoot!, 'button', 'Retry')).to.have.length(0);
    await expect(el).to.be.accessible();

    session.signIn();
    const settingsLoads = requestsTo('/invitation-settings', 'GET').length;
    el.refresh();
    await waitUntil(
      () => requestsTo('/invitation-settings', 'GET').length > settingsLoads,
      'refresh() did not load again',
    );
    await waitUntil(() => !el.shadowRoot!.querySelector('[part~="session-expired"]'));
    expect(accountInput(el).value).to.equal('acme-robotics');
    expect(byRole<HTMLTextAreaElement>(el.shadowRoot!, 'textbox', 'Notes').value).to.equal(
      'Welcome',
    );
    const unit = byRole<HTMLSelectElement>(el.shadowRoot!, 'combobox', 'Organization unit');
    expect(textOf(unit.selectedOptions[0])).to.equal('Engineering');
    expect(byRole<HTMLInputElement>(el.shadowRoot!, 'checkbox', 'I have read').checked).to.equal(
      true,
    );

    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await sent(el);
    expect(backend.control.invitations({ to: 'acme-robotics', status: 'pending' })).to.have.length(
      1,
    );
    expect(heard.expired).to.have.length(1);
  });

  const LOADS: [tag: 'invite-member' | 'accept-invitation', account: string, shown: string][] = [
    ['invite-member', 'acme-group', 'form'],
    ['accept-invitation', 'maple-foods', 'article'],
  ];
  for (const [tag, account, shown] of LOADS) {
    it(`<${tag}>: a 401 while loading fires session-expired and load-failed, once each, shows no error, and refresh() loads`, async () => {
      const session = expiringClient(account);
      session.expire();
      const el = document.createElement(tag);
      el.locale = 'en';
      el.client = session.client;
      const heard = listen(el);
      await fixture(el);
      await waitUntil(() => heard.loadFailed.length > 0, 'no load-failed');
      await el.updateComplete;
      expectSignInAgain(el);
      expect(textOf(el.shadowRoot)).not.to.include('could not be loaded');
      expect(heard.expired).to.have.length(1); // however many requests failed
      expect(heard.loadFailed.map((event) => event.detail.code)).to.deep.equal(['APIG.0301']);
      expect(el.shadowRoot!.querySelector(shown)).to.equal(null);
      await expect(el).to.be.accessible();

      session.signIn();
      el.refresh();
      await waitUntil(() => el.shadowRoot?.querySelector(shown), 'nothing loaded after refresh()');
      expect(el.shadowRoot!.querySelector('[part~="session-expired"]')).to.equal(null);
    });
  }

  it('<accept-invitation>: a 401 on Accept keeps the ticked box; after refresh() Accept joins', async () => {
    const session = expiringClient('maple-foods');
    const el: AcceptInvitation = await mountAcceptInvitation('maple-foods', {
      client: session.client,
    });
    const heard = listen(el);
    tickAgreement(invitationOf(el, 'acme-group'));
    await el.updateComplete;
    session.expire();
    const failed = oneEvent(el, 'invitation-failed');
    byRole(invitationOf(el, 'acme-group'), 'button', 'Accept').click();
    expect((await failed).detail.code).to.equal('APIG.0301');
    await el.updateComplete;
    expectSignInAgain(el);
    expect(heard.expired).to.have.length(1);
    const card = () => invitationOf(el, 'acme-group');
    expect(card().querySelector('[part~="feedback"]')).to.equal(null);

    session.signIn();
    el.refresh();
    await waitUntil(() => !el.shadowRoot!.querySelector('[part~="session-expired"]'));
    await inboxLoaded(el);
    expect(byRole<HTMLInputElement>(card(), 'checkbox', 'I have read and agree').checked).to.equal(
      true,
    );
    const accepted = oneEvent(el, 'invitation-accepted');
    byRole(card(), 'button', 'Accept').click();
    await accepted;
  });
});

/** `<tag locale="en">` acting as `account` without SDK retries, added to the page. */
async function place<Tag extends 'invite-member' | 'accept-invitation'>(tag: Tag, account: string) {
  const el = document.createElement(tag);
  el.locale = 'en';
  el.client = clientWithoutRetry(account);
  const failed = oneEvent(el, 'load-failed');
  await fixture(el);
  return { el, failed };
}

describe('a failed load', () => {
  beforeEach(resetBackend);

  const FAILING: [tag: 'invite-member' | 'accept-invitation', account: string, path: string][] = [
    ['invite-member', 'acme-group', '/invitation-settings'],
    ['accept-invitation', 'maple-foods', '/received-invitations'],
  ];
  for (const [tag, account, path] of FAILING) {
    it(`<${tag}> fires load-failed with the SDK error`, async () => {
      backend.faults.failNext({ type: 'status', status: 503 }, { path });
      const event = await (await place(tag, account)).failed;
      expect(event).to.be.instanceOf(LoadFailedEvent);
      expect([event.bubbles, event.composed, event.detail.code, event.detail.status]).to.deep.equal(
        [true, true, 'CBC.0999', 503],
      );
    });
  }

  it('fires no load-failed when an element is only removed mid-load', async () => {
    backend.faults.setLatency(1000);
    const { el } = await place('accept-invitation', 'maple-foods');
    const heard = listen(el);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard.loadFailed).to.deep.equal([]);
  });
});

describe('an element without a client yet', () => {
  it('shows a neutral placeholder, not an error', async () => {
    for (const tag of ['invite-member', 'accept-invitation'] as const) {
      const el = await fixture<InviteMember | AcceptInvitation>(
        tag === 'invite-member'
          ? html`<invite-member locale="en"></invite-member>`
          : html`<accept-invitation locale="en"></accept-invitation>`,
      );
      const notice = el.shadowRoot!.querySelector('[part~="notice"]');
      expect(textOf(notice), tag).to.include('This component is not configured');
      expect(notice?.matches('.error, .notice--error'), tag).to.equal(false);
      await expect(el).to.be.accessible();
    }
  });
});
