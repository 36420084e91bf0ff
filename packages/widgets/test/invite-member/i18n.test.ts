import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { resetBackend } from '../support/backend.js';
import {
  accessibleName,
  allByRole,
  accountStatus,
  beforeEach,
  byRole,
  chooseUnit,
  describe,
  failedConditions,
  fill,
  it,
  loaded,
  mount,
  shadow,
  submitAndConfirmDialog,
  textOf,
  acceptAgreements,
  clientAs,
} from './helpers.js';

describe('<invite-member> languages and texts', () => {
  beforeEach(resetBackend);

  it('speaks Simplified Chinese with locale="zh-CN": labels, quota and conditions', async () => {
    const el = await mount('acme-group', { locale: 'zh-CN' });
    const root = shadow(el);
    const names = (['textbox', 'combobox', 'group', 'checkbox', 'button'] as const).map((role) =>
      allByRole(root, role).map(accessibleName),
    );
    expect(names[0]).to.include('账号名');
    expect(names[1]).to.deep.equal(['组织单元']);
    expect(names[2]).to.deep.equal(['付费方式']);
    expect(names[3]?.[0]).to.match(/^我已阅读并同意 Enterprise Management Service Agreement/);
    expect(names[4]).to.include('提交');
    expect(textOf(root.querySelector('[part~="quota"]'))).to.equal(
      '子账号配额：已使用 6 / 10，待处理 1',
    );
    fill(byRole<HTMLInputElement>(root, 'textbox', '账号名'), 'frost-retail');
    await waitUntil(() => accountStatus(el).startsWith('无法邀请'), 'no Chinese result');
    expect(accountStatus(el)).to.equal('无法邀请 frost-retail：2 项条件不满足。');
    expect(failedConditions(el)).to.deep.equal(['未被冻结', '未停服或冻结（统一记账）']);
    expect(textOf(root.querySelector('[part~="check-failed"]'))).to.include(
      '请账号所有者先解冻账号。',
    );
    expect(textOf(root)).to.include('不可用：您的企业已开启统一记账');
  });

  it('takes its language from the page’s lang when it has no locale', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-CN">
        <invite-member .client=${clientAs('nova-holdings')}></invite-member>
      </div>`,
    );
    const el = wrapper.querySelector('invite-member') as InviteMember;
    await loaded(el);
    expect(textOf(shadow(el))).to.include('没有可用的子账号名额');
  });

  it('uses the texts a host gives in messages', async () => {
    const el = await fixture<InviteMember>(
      html`<invite-member
        locale="en"
        .client=${clientAs('acme-group')}
        .messages=${{ 'invite.submit': 'Send invitation', 'invite.heading': 'Add a member' }}
      ></invite-member>`,
    );
    await loaded(el);
    expect(allByRole(shadow(el), 'button').map(accessibleName)).to.include('Send invitation');
    expect(textOf(shadow(el).querySelector('[part~="heading"]'))).to.equal('Add a member');
  });

  it('shows an enterprise name full of markup as inert text', async () => {
    const el = await mount('acme-group');
    const name = '<img src=x onerror="window.__pwned=1">Markup & "Probe" Ltd.';
    chooseUnit(el, 'Engineering');
    fill(byRole<HTMLInputElement>(shadow(el), 'textbox', 'Account name'), 'markup-probe');
    await waitUntil(() => accountStatus(el).includes('meets every condition'));
    expect(accountStatus(el)).to.equal(
      `markup-probe (${name}) meets every condition and can be invited.`,
    );
    acceptAgreements(el);
    const dialog = await submitAndConfirmDialog(el);
    expect(textOf(dialog)).to.include(`markup-probe (${name})`);
    await aTimeout(50);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });
});
