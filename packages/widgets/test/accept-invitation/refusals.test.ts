import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { isEnterpriseCenterError } from '@enterprise-center/sdk';
import {
  backend,
  clientFor,
  clientWithoutRetry,
  requestsTo,
  resetBackend,
} from '../support/backend.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InvitationFailedEvent } from '../../src/shared/events.js';
import {
  ACME,
  allByRole,
  beforeEach,
  byRole,
  deepActiveElement,
  describe,
  invitationOf,
  it,
  mount,
  pressAccept,
  textOf,
  tickAgreement,
} from './helpers.js';

/** The id of the seeded invitation from `master` to maple-foods. */
function invitationId(master: string): string {
  const [invitation] = backend.control.invitations({ from: master, to: 'maple-foods' });
  if (!invitation) throw new Error(`no invitation from ${master}`);
  return invitation.id;
}

/** Ticks the box on Acme's invitation and presses Accept. */
async function acceptAcme(el: AcceptInvitation): Promise<void> {
  const card = invitationOf(el, 'acme-group');
  tickAgreement(card);
  await el.updateComplete;
  byRole(card, 'button', 'Accept').click();
}

/** A fetch that records the `trans_id` of every accept request it sends. */
function recordingFetch(keys: string[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'POST' && request.url.endsWith('/accept')) {
      const body = (await request.clone().json()) as { trans_id?: string };
      keys.push(body.trans_id ?? '');
    }
    return fetch(request);
  };
}

describe('<accept-invitation> refusals', () => {
  beforeEach(resetBackend);

  it('refreshes and explains when the invitation was cancelled between load and Accept', async () => {
    const el = await mount('maple-foods');
    backend.control.cancelInvitation(invitationId('acme-group'));
    const failed = oneEvent(el, 'invitation-failed') as Promise<InvitationFailedEvent>;
    await acceptAcme(el);

    const { detail } = await failed;
    expect(isEnterpriseCenterError(detail, 'EM.1004') && detail.invitationStatus).to.equal(
      'cancelled',
    );
    await waitUntil(() =>
      textOf(invitationOf(el, 'acme-group')).includes('cancelled this invitation'),
    );
    const card = invitationOf(el, 'acme-group');
    expect(textOf(card)).to.include(
      'The master account cancelled this invitation before you answered it. The list has been refreshed.',
    );
    expect(textOf(card.querySelector('[part~="status-badge"]'))).to.equal('Status: Cancelled');
    expect(allByRole(card, 'button')).to.have.length(0);
    expect(allByRole(card, 'checkbox')).to.have.length(0);
    expect(requestsTo('/received-invitations', 'GET')).to.have.length(2);
    await waitUntil(() => deepActiveElement() === card.querySelector('[part~="feedback"]'));
    await expect(el).to.be.accessible();
  });

  it('lists the failed conditions in words when the account was frozen before Accept', async () => {
    const el = await mount('maple-foods');
    backend.control.updateAccount('maple-foods', { frozen: true });
    const failed = oneEvent(el, 'invitation-failed');
    await acceptAcme(el);
    await failed;
    await el.updateComplete;

    const card = invitationOf(el, 'acme-group');
    const feedback = card.querySelector('[part~="feedback"]')!;
    expect(textOf(feedback)).to.include(
      `Your account no longer meets the conditions to join ${ACME}:`,
    );
    expect(textOf(feedback)).to.include('Not frozen Failed The account is frozen.');
    expect(textOf(feedback)).to.include('The account owner has the account unfrozen first.');
    expect(textOf(invitationOf(el, 'acme-group'))).to.include('Pending');
    expect(backend.control.account('maple-foods')?.masterName).to.equal(null);
    await expect(el).to.be.accessible();

    // Once unfrozen, a new attempt (with a new idempotency key) goes through.
    backend.control.updateAccount('maple-foods', { frozen: false });
    await pressAccept(el, card, 'invitation-accepted');
  });

  it('unticks and shows the new agreements when they changed (EM.1005), then accepts them', async () => {
    // Serve the list with an older agreement version, as if the agreement changed after loading.
    const staleList: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      if (
        request.method !== 'GET' ||
        !new URL(request.url).pathname.endsWith('/received-invitations')
      ) {
        return response;
      }
      const body = (await response.json()) as {
        invitations: { agreements: { version: string }[] }[];
      };
      for (const invitation of body.invitations) {
        for (const agreement of invitation.agreements) agreement.version = '2024-01-01';
      }
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    };
    const el = await mount('maple-foods', {
      client: clientWithoutRetry('maple-foods', { fetch: staleList }),
    });
    expect(textOf(invitationOf(el, 'acme-group'))).to.include('(version 2024-01-01)');
    const failed = oneEvent(el, 'invitation-failed');
    await acceptAcme(el);
    await failed;
    await el.updateComplete;

    const card = invitationOf(el, 'acme-group');
    expect(textOf(card)).to.include('The agreements have changed.');
    expect(textOf(card)).to.include('(version 2025-02-25)');
    expect(byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree').checked).to.equal(
      false,
    );
    await expect(el).to.be.accessible();

    const accepted = oneEvent(el, 'invitation-accepted');
    await acceptAcme(el);
    await accepted;
    expect(backend.control.invitations({ to: 'maple-foods', status: 'accepted' })).to.have.length(
      1,
    );
  });

  it('retries a dropped accept with the same idempotency key and accepts only once', async () => {
    const keys: string[] = [];
    const el = await mount('maple-foods', {
      client: clientWithoutRetry('maple-foods', { fetch: recordingFetch(keys) }),
    });
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/accept$/ });
    const failed = oneEvent(el, 'invitation-failed');
    await acceptAcme(el);
    await failed;
    await el.updateComplete;

    let card = invitationOf(el, 'acme-group');
    expect(textOf(card.querySelector('[part~="feedback"]'))).to.equal(
      'The network request failed. Check your connection and try again. Retry',
    );
    // The backend applied the dropped request already.
    expect(backend.control.invitations({ to: 'maple-foods', status: 'accepted' })).to.have.length(
      1,
    );
    await expect(el).to.be.accessible();

    const accepted = oneEvent(el, 'invitation-accepted');
    byRole(card, 'button', 'Retry').click();
    const { detail } = await accepted;
    expect(detail.association.masterAccountName).to.equal('acme-group');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[1]).to.equal(keys[0]);
    // The backend logs the dropped response as status 0; the retry was answered (replayed) with 200.
    expect(requestsTo('/accept').map((r) => r.status)).to.deep.equal([0, 200]);
    expect(backend.control.invitations({ to: 'maple-foods', status: 'accepted' })).to.have.length(
      1,
    );
    card = invitationOf(el, 'acme-group');
    expect(textOf(card)).to.include('Accepted');
  });

  it('keeps the ticked box across a timeout and accepts on Retry', async () => {
    const keys: string[] = [];
    const client = clientWithoutRetry('maple-foods', { fetch: recordingFetch(keys), timeout: 300 });
    const el = await mount('maple-foods', { client });
    backend.faults.failNext({ type: 'timeout' }, { method: 'POST', path: /\/accept$/ });
    const failed = oneEvent(el, 'invitation-failed');
    await acceptAcme(el);
    await failed;
    await el.updateComplete;

    const card = invitationOf(el, 'acme-group');
    expect(textOf(card)).to.include('The server took too long to answer. Try again.');
    expect(byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree').checked).to.equal(
      true,
    );
    const accepted = oneEvent(el, 'invitation-accepted');
    byRole(card, 'button', 'Retry').click();
    await accepted;
    expect(new Set(keys).size).to.equal(1);
  });

  it('shows the accepted state, not an error, when another window accepted first', async () => {
    const el = await mount('maple-foods');
    await clientFor('maple-foods').receivedInvitations.accept(invitationId('acme-group'), {
      agreements: [{ id: 'em-member-association', version: '2025-02-25' }],
    });
    let failures = 0;
    el.addEventListener('invitation-failed', () => failures++);
    const accepted = oneEvent(el, 'invitation-accepted');
    await acceptAcme(el);

    const { detail } = await accepted;
    expect(detail.invitation.status).to.equal('accepted');
    await el.updateComplete;
    expect(failures).to.equal(0);
    byRole(el.shadowRoot!, 'heading', `You are now a member account of ${ACME}`);
    const card = invitationOf(el, 'acme-group');
    expect(textOf(card)).to.include('This invitation had already been accepted');
    expect(textOf(card.querySelector('[part~="status-badge"]'))).to.equal('Status: Accepted');
    await expect(el).to.be.accessible();
  });
});
