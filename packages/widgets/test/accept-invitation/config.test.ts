import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { backend, clientFor, resetBackend } from '../support/backend.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import {
  allByRole,
  beforeEach,
  byRole,
  describe,
  invitationOf,
  it,
  loaded,
  mount,
  textOf,
} from './helpers.js';

describe('<accept-invitation> configuration', () => {
  beforeEach(resetBackend);

  it('says it is loading, accessibly, until both requests answered', async () => {
    backend.faults.setLatency(300);
    const el = await fixture<AcceptInvitation>(
      html`<accept-invitation .client=${clientFor('maple-foods')} locale="en"></accept-invitation>`,
    );
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true',
    );
    expect(textOf(el.shadowRoot)).to.include('Loading…');
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(2);
  });

  it('builds its own client from base-url (credentials travel with the page, not the element)', async () => {
    // Without a token the fake backend answers 401: the element asks to sign in again.
    const el = await fixture<AcceptInvitation>(
      html`<accept-invitation base-url=${backend.baseUrl} locale="en"></accept-invitation>`,
    );
    await loaded(el);
    expect(textOf(el.shadowRoot!.querySelector('[part~="session-expired"]'))).to.equal(
      'Your sign-in has expired or is not valid. Sign in again.',
    );
    expect(backend.requests.some((r) => r.path.endsWith('/received-invitations'))).to.equal(true);
  });

  it('uses host-supplied texts from messages', async () => {
    const el = await mount('maple-foods');
    el.messages = { 'accept.accept': 'Join this enterprise' };
    await el.updateComplete;
    byRole(invitationOf(el, 'acme-group'), 'button', 'Join this enterprise');
  });

  it('loads again for another account when the client changes', async () => {
    const el = await mount('maple-foods');
    el.client = clientFor('late-bloom');
    await el.updateComplete;
    await loaded(el);
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(1);
    expect(textOf(invitationOf(el, 'acme-group'))).to.include('Expired');
  });

  it('finishes loading after being moved in the page mid-load', async () => {
    backend.faults.setLatency(200);
    const el = await fixture<AcceptInvitation>(
      html`<accept-invitation .client=${clientFor('maple-foods')} locale="en"></accept-invitation>`,
    );
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await loaded(el);
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(2);
  });

  it('is accessible in the dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount('maple-foods');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
