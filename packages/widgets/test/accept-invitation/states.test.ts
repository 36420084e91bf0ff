import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { backend, clientFor, clientWithoutRetry, resetBackend } from '../support/backend.js';
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

const MARKUP = '<img src=x onerror="window.__pwned=1">Markup & "Probe" Ltd.';

describe('<accept-invitation> states', () => {
  beforeEach(resetBackend);

  it('labels an expired invitation and offers no action on it', async () => {
    const el = await mount('late-bloom');
    const card = invitationOf(el, 'acme-group');
    expect(textOf(card.querySelector('[part~="status-badge"]'))).to.equal('Status: Expired');
    expect(textOf(card)).to.match(/Expired 6 days ago \(/);
    expect(textOf(card)).to.include(
      'This invitation has expired. Ask the master account to send it again',
    );
    expect(allByRole(card, 'button')).to.have.length(0);
    expect(allByRole(card, 'checkbox')).to.have.length(0);
    expect(textOf(el.shadowRoot)).to.include('You have no pending invitations.');
    await expect(el).to.be.accessible();
  });

  it('shows only the invitation from the link, with the others one click away', async () => {
    const [acme] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
    const el = await mount('maple-foods', { invitationId: acme!.id });
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(1);
    invitationOf(el, 'acme-group');
    expect(textOf(el.shadowRoot)).to.include('Showing the invitation from your link.');
    await expect(el).to.be.accessible();

    byRole(el.shadowRoot!, 'button', 'Show all invitations (2)').click();
    await el.updateComplete;
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(2);
  });

  it('says plainly when the invitation from the link does not exist, and lists the others', async () => {
    const el = await mount('maple-foods', { invitationId: 'inv-doesnotexist' });
    expect(textOf(el.shadowRoot)).to.include('The invitation in your link was not found.');
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows the current master account when no invitation is pending', async () => {
    const el = await mount('acme-data');
    expect(textOf(el.shadowRoot)).to.include('You have no pending invitations.');
    const association = el.shadowRoot!.querySelector('[part~="association"]')!;
    expect(accessibleHeading(association)).to.equal('Your master account');
    expect(textOf(association)).to.include('Master account acme-group');
    expect(textOf(association)).to.include('Enterprise Acme Group Co., Ltd.');
    expect(textOf(association)).to.include('Organization unit Engineering');
    expect(textOf(association)).to.include('Unified accounting Enabled');
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says there is nothing to answer for an account without invitations or master', async () => {
    const el = await mount('acme-robotics');
    expect(textOf(el.shadowRoot)).to.include(
      'You have no pending invitations. When an enterprise master account invites your account, the invitation appears here.',
    );
    expect(el.shadowRoot!.querySelector('[part~="association"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Simplified Chinese', async () => {
    const el = await mount('maple-foods', { locale: 'zh-CN' });
    const card = invitationOf(el, '来自 Acme Group Co., Ltd.（acme-group）的邀请');
    byRole(card, 'button', '接受');
    byRole(card, 'button', '拒绝');
    byRole(card, 'checkbox', '我已阅读并同意');
    expect(textOf(card)).to.include('由主账号付费');
    expect(textOf(card)).to.include('前天');
    expect(textOf(card)).to.include('关联后意味着什么');
    expect(textOf(el.shadowRoot)).not.to.match(/Accept|Decline|Pending|Expires/);
    await expect(el).to.be.accessible();

    byRole(card, 'button', '接受').click();
    await el.updateComplete;
    expect(textOf(card)).to.include('接受之前，请勾选复选框以同意相关协议。');
  });

  it('follows the page language when no locale is set', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN">
        <accept-invitation .client=${clientFor('acme-robotics')}></accept-invitation>
      </div>`,
    );
    const el = wrapper.querySelector('accept-invitation')!;
    await loaded(el);
    expect(textOf(el.shadowRoot)).to.include('您没有待处理的邀请。');
  });

  it('renders markup in enterprise names and notes as text', async () => {
    backend.control.updateAccount('zenith-corp', { enterpriseName: MARKUP });
    await clientFor('zenith-corp').invitations.create({
      accountName: 'acme-robotics',
      orgId: (await clientFor('zenith-corp').organizations.tree()).rootId,
      paymentMethod: 'paid_by_member',
      agreements: [{ id: 'em-service-agreement', version: '2025-02-25' }],
      notes: '<script>window.__pwned=1</script><b>Welcome</b> & "hi"',
    });
    const el = await mount('acme-robotics');
    const card = invitationOf(el, 'zenith-corp');
    expect(textOf(card.querySelector('h3'))).to.equal(`Invitation from ${MARKUP} (zenith-corp)`);
    expect(textOf(card)).to.include('<script>window.__pwned=1</script><b>Welcome</b> & "hi"');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('loads the invitations and the master account in parallel', async () => {
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    backend.faults.setLatency(100);
    await mount('maple-foods', { client: clientWithoutRetry('maple-foods', { fetch: counting }) });
    expect(most).to.equal(2);
  });

  it('explains a failed load and loads again on Retry', async () => {
    backend.faults.failNext(
      { type: 'status', status: 503 },
      { method: 'GET', path: '/master-account' },
    );
    const client = clientWithoutRetry('maple-foods');
    const el = await mount('maple-foods', { client });
    expect(textOf(el.shadowRoot)).to.include('Your invitations could not be loaded.');
    await expect(el).to.be.accessible();
    byRole(el.shadowRoot!, 'button', 'Retry').click();
    await waitUntil(() => allByRole(el.shadowRoot!, 'article').length === 2);
    expect(textOf(el.shadowRoot)).not.to.include('could not be loaded');
  });

  it('says it is not configured without a client or base-url', async () => {
    const el = await fixture<AcceptInvitation>(html`<accept-invitation></accept-invitation>`);
    expect(textOf(el.shadowRoot)).to.include('This component is not configured');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await mount('maple-foods');
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

function accessibleHeading(section: Element): string {
  const id = section.getAttribute('aria-labelledby')!;
  return textOf((section.getRootNode() as ShadowRoot).getElementById(id));
}
