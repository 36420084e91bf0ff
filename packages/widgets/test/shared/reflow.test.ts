import { expect, html, waitUntil } from '@open-wc/testing';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';
import { backend, clientFor, resetBackend } from '../support/backend.js';
import { byRole, textOf } from '../support/queries.js';
import { loaded as acceptLoaded } from '../accept-invitation/helpers.js';
import {
  acceptAgreements,
  checkAccount,
  chooseUnit,
  dialogButton,
  fill,
  loaded as inviteLoaded,
  sent,
  submitAndConfirmDialog,
} from '../invite-member/helpers.js';
import '../../src/define/sent-invitations.js';
import { afterEach, beforeEach, describe, it } from './mocha.js';
import {
  mountOn,
  narrowScreens,
  showOnDesktop,
  sidewaysScrolling,
  squeezedText,
  type Screen,
} from './reflow-checks.js';

/** The longest account name the API takes (64 characters, no hyphen to break at). */
const LONG_ACCOUNT = 'northernlightsrenewableenergyholdingsasiapacificoperationsgroup1';
const LONG_ENTERPRISE =
  'Northern Lights Renewable Energy Holdings (Asia Pacific) Operations Pte. Ltd.';

/** Adds an account as eligible as acme-robotics, named as long as names get. */
function addLongAccount(): void {
  const snapshot = backend.snapshot();
  const template = snapshot.state.accounts['acme-robotics']!;
  snapshot.state.accounts[LONG_ACCOUNT] = {
    ...template,
    id: 'e'.repeat(32),
    name: LONG_ACCOUNT,
    enterpriseName: LONG_ENTERPRISE,
  };
  backend.restore(snapshot);
}

/** `<accept-invitation>` as `account` on `screen`, once it has loaded. */
async function mountInbox(screen: Screen, account: string): Promise<AcceptInvitation> {
  const el = await mountOn<AcceptInvitation>(
    screen,
    html`<accept-invitation locale="en" .client=${clientFor(account, 8000)}></accept-invitation>`,
  );
  await acceptLoaded(el);
  return el;
}

/** Fails naming every box that scrolls sideways or text broken letter by letter. */
function expectReflows(el: HTMLElement, state: string): void {
  expect([...sidewaysScrolling(el), ...squeezedText(el)], state).to.deep.equal([]);
}

describe('every element on a narrow screen and with enlarged text (WCAG 1.4.10 Reflow)', () => {
  beforeEach(resetBackend);
  afterEach(showOnDesktop);

  for (const screen of narrowScreens) {
    it(`<invite-member> fits ${screen.name}: conditions, the dialog, the success`, async () => {
      addLongAccount();
      const el = await mountOn<InviteMember>(
        screen,
        html`<invite-member locale="en" .client=${clientFor('acme-group', 8000)} .debounce=${30}>
        </invite-member>`,
      );
      await inviteLoaded(el);
      expectReflows(el, 'the form');

      chooseUnit(el, 'Engineering');
      await checkAccount(el, 'frost-retail');
      byRole(el.shadowRoot!, 'button', 'Submit').click();
      await el.updateComplete;
      el.shadowRoot!.querySelector('details')!.open = true;
      expectReflows(el, 'failed and passed conditions after Submit');

      await checkAccount(el, LONG_ACCOUNT);
      acceptAgreements(el);
      fill(byRole(el.shadowRoot!, 'textbox', 'Notes (optional)'), 'Welcome! '.repeat(20));
      await submitAndConfirmDialog(el);
      expectReflows(el, 'the confirmation dialog');

      dialogButton(el, 'OK').click();
      await sent(el);
      expectReflows(el, 'the invitation sent');
    });

    it(`<accept-invitation> fits ${screen.name}: pending, refused, expired`, async () => {
      backend.control.updateAccount('acme-group', { enterpriseName: LONG_ENTERPRISE });
      backend.control.updateAccount('maple-foods', { frozen: true });
      const el = await mountInbox(screen, 'maple-foods');
      expectReflows(el, 'two pending invitations');

      const card = byRole(el.shadowRoot!, 'article', /acme-group/);
      byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree').click();
      byRole(card, 'button', 'Accept').click();
      await waitUntil(() => textOf(card).includes('no longer meets the conditions'));
      expectReflows(el, 'the conditions the account no longer meets');

      expectReflows(await mountInbox(screen, 'late-bloom'), 'an expired invitation');
    });

    it(`<sent-invitations> fits ${screen.name}: the list, as cards`, async () => {
      const el = await mountOn<SentInvitations>(
        screen,
        html`<sent-invitations locale="en" status="all" .client=${clientFor('acme-group', 8000)}>
        </sent-invitations>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('tbody tr'), 'no invitations listed', {
        timeout: 5000,
      });
      expectReflows(el, 'the list');
    });

    it(`every element fits ${screen.name} in Simplified Chinese`, async () => {
      const column = await mountOn<HTMLElement>(
        screen,
        html`<div lang="zh-CN">
          <invite-member .client=${clientFor('acme-group', 8000)} .debounce=${30}></invite-member>
          <accept-invitation .client=${clientFor('maple-foods', 8000)}></accept-invitation>
          <sent-invitations status="all" .client=${clientFor('acme-group', 8000)}>
          </sent-invitations>
        </div>`,
      );
      const invite = column.querySelector('invite-member')!;
      const accept = column.querySelector('accept-invitation')!;
      const list = column.querySelector('sent-invitations')!;
      await inviteLoaded(invite);
      await acceptLoaded(accept);
      await waitUntil(() => list.shadowRoot?.querySelector('tbody tr'), 'no invitations listed', {
        timeout: 5000,
      });
      fill(byRole(invite.shadowRoot!, 'textbox', '账号名'), 'frost-retail');
      await waitUntil(() => textOf(invite.shadowRoot).includes('无法邀请 frost-retail'));
      for (const el of [invite, accept, list]) expectReflows(el, el.localName);
    });
  }
});
