import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';
import { backend, clientFor, clientWithoutRetry, resetBackend } from '../support/backend.js';
import {
  LATE_BLOOM,
  MAPLE,
  afterEach,
  beforeEach,
  button,
  byRole,
  describe,
  invitationIdOf,
  it,
  loaded,
  mount,
  openDialog,
  seedInvitations,
  shadow,
  shows,
  textOf,
} from './helpers.js';
import { screen320, showOnDesktop } from '../shared/reflow-checks.js';

describe('<sent-invitations> accessibility in every state', () => {
  beforeEach(resetBackend);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await showOnDesktop();
  });

  it('is accessible while loading, and before it has a client', async () => {
    backend.faults.setLatency(1000);
    const loading = await fixture<SentInvitations>(
      html`<sent-invitations locale="en" .client=${clientFor('acme-group')}></sent-invitations>`,
    );
    expect(textOf(shadow(loading))).to.include('Loading…');
    await expect(loading).to.be.accessible();
    const bare = await fixture<SentInvitations>(
      html`<sent-invitations locale="en"></sent-invitations>`,
    );
    await expect(bare).to.be.accessible();
  });

  it('is accessible listing every status, in light and dark', async () => {
    seedInvitations(4, { statuses: ['accepted', 'declined', 'cancelled', 'expired'] });
    const el = await mount({ status: 'all' });
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
  });

  it('is accessible as stacked cards at 320 px', async () => {
    const el = await mount({ status: 'all', screen: screen320 });
    expect(getComputedStyle(shadow(el).querySelector('tbody tr.row')!).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('is accessible empty, failed to load, refused (not a master) and signed out', async () => {
    const empty = await mount({ status: 'declined' });
    await expect(empty).to.be.accessible();

    backend.faults.failNext({ type: 'status', status: 503 }, { method: 'GET' });
    const failed = await mount({ client: clientWithoutRetry('acme-group') });
    expect(byRole(shadow(failed), 'button', 'Retry').isConnected).to.equal(true);
    await expect(failed).to.be.accessible();

    const refused = await mount({ client: clientFor('late-bloom') });
    await expect(refused).to.be.accessible();

    const signedOut = await fixture<SentInvitations>(
      html`<sent-invitations locale="en" base-url=${backend.baseUrl}></sent-invitations>`,
    );
    await loaded(signedOut);
    await expect(signedOut).to.be.accessible();
  });

  it('is accessible with the dialog open and while cancelling', async () => {
    const el = await mount();
    button(el, 'Cancel invitation to maple-foods').click();
    const dialog = await openDialog(el);
    await expect(el).to.be.accessible();
    backend.faults.setLatency(1000, { method: 'POST' });
    byRole(dialog, 'button', 'Cancel invitation').click();
    await shows(el, 'Cancelling the invitation…');
    await expect(el).to.be.accessible();
    // Let the request finish, so that it cannot land in the next test's backend.
    await shows(el, 'Its member slot is free again.');
  });

  it('is accessible showing a failure with Retry, failed conditions and a change meanwhile', async () => {
    backend.control.updateAccount(LATE_BLOOM, { frozen: true });
    const el = await mount({ status: 'all', client: clientWithoutRetry('acme-group') });
    backend.faults.failNext({ type: 'status', status: 503 }, { method: 'POST', path: /cancel$/ });
    button(el, 'Cancel invitation to maple-foods').click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    await shows(el, 'could not be cancelled');
    button(el, 'Resend invitation to late-bloom').click();
    await shows(el, 'no longer meets the invitation conditions');
    await expect(el).to.be.accessible();

    backend.control.cancelInvitation(invitationIdOf(MAPLE));
    button(el, 'Retry cancelling the invitation to maple-foods').click();
    await shows(el, 'had already been cancelled');
    await expect(el).to.be.accessible();
  });

  it('is accessible with a note about a vanished invitation and a failed page', async () => {
    seedInvitations(25);
    const el = await mount();
    backend.control.cancelInvitation(invitationIdOf('river-analytics'));
    backend.clock.advance(31 * 86_400_000);
    button(el, 'Cancel invitation to river-analytics').click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    await shows(el, 'no longer exists');
    backend.faults.failNext({ type: 'status', status: 400 }, { method: 'GET' });
    byRole(shadow(el), 'button', 'Load more').click();
    await waitUntil(() => textOf(shadow(el)).includes('More invitations could not be loaded.'));
    await expect(el).to.be.accessible();
  });

  it('is accessible in Simplified Chinese', async () => {
    const el = await mount({ locale: 'zh-CN', status: 'all' });
    await shows(el, '已发送的邀请');
    await expect(el).to.be.accessible();
  });
});
