import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
  openHelioDecline,
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
    expect(emptyText(el)).to.include('No invitation is waiting for your answer.');
    await expect(el).to.be.accessible();
  });

  it('writes every time with its date, time and time zone, in English and Chinese', async () => {
    const en = await mount('late-bloom');
    const member = await mount('acme-data');
    const zh = await mount('late-bloom', { locale: 'zh-CN' });
    const times = (el: AcceptInvitation) => [...el.shadowRoot!.querySelectorAll('time')];
    expect(times(en)).to.have.length(2);
    expect(times(member)).to.have.length(1);
    for (const time of [...times(en), ...times(member)]) {
      const zone = zoneName('en', time.dateTime).replace(/[+.]/g, '\\$&');
      expect(textOf(time)).to.match(
        new RegExp(String.raw`\([A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M ${zone}\)$`),
      );
    }
    expect(times(zh)).to.have.length(2);
    for (const time of times(zh)) {
      const text = textOf(time);
      expect(text).to.match(/（\d{4}年\d{1,2}月\d{1,2}日 .+）$/);
      expect(text).to.match(/ \d\d:\d\d[ ）]/);
      expect(text).to.include(` ${zoneName('zh-CN', time.dateTime)}`);
    }
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
    expect(emptyText(el)).to.equal('You have no invitations.');
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
    expect(emptyText(el)).to.equal(
      'You have no invitations. When an enterprise master account invites your account, the invitation appears here.',
    );
    expect(el.shadowRoot!.querySelector('[part~="association"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says no invitation waits for an answer above invitations already answered or closed', async () => {
    const el = await mount('late-bloom');
    const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
    expect(textOf(empty)).to.equal(
      'No invitation is waiting for your answer. When an enterprise master account invites your account, the invitation appears here.',
    );
    expect(textOf(empty)).not.to.include('You have no');
    const list = el.shadowRoot!.querySelector('[part~="list"]')!;
    expect(empty.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(textOf(list)).to.include('Expired');

    const zh = await mount('late-bloom', { locale: 'zh-CN' });
    expect(emptyText(zh)).to.equal(
      '没有等待您答复的邀请。 企业主账号邀请您的账号后，邀请会显示在这里。',
    );
  });

  it('says so once the last invitation waiting for an answer is declined', async () => {
    const [acme] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
    backend.control.cancelInvitation(acme!.id);
    const el = await mount('maple-foods');
    expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.equal(null);
    const dialog = await openHelioDecline(el);
    byRole(dialog, 'button', 'Decline invitation').click();
    await waitUntil(() => textOf(invitationOf(el, 'helio-group')).includes('Declined'));
    expect(emptyText(el)).to.include('No invitation is waiting for your answer.');
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(2);
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
    expect(emptyText(el)).to.equal(
      '您还没有收到任何邀请。 企业主账号邀请您的账号后，邀请会显示在这里。',
    );
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
});

/** The name of the user's time zone at `iso`, as `locale` writes it. */
function zoneName(locale: string, iso: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }).formatToParts(
    new Date(iso),
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? 'no zone';
}

/** What the element says when no invitation waits for an answer (its `empty` part). */
function emptyText(el: AcceptInvitation): string {
  return textOf(el.shadowRoot!.querySelector('[part~="empty"]'));
}

function accessibleHeading(section: Element): string {
  const id = section.getAttribute('aria-labelledby')!;
  return textOf((section.getRootNode() as ShadowRoot).getElementById(id));
}
