import { expect, waitUntil } from '@open-wc/testing';
import { backend, resetBackend } from '../support/backend.js';
import {
  LATE_BLOOM,
  MAPLE,
  afterEach,
  beforeEach,
  button,
  byRole,
  cellOf,
  describe,
  it,
  mount,
  openDialog,
  seedInvitations,
  shadow,
  shows,
  textOf,
} from './helpers.js';

describe('<sent-invitations> in Simplified Chinese', () => {
  beforeEach(resetBackend);
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('shows the table, statuses, units, payment methods and times in Chinese', async () => {
    const el = await mount({ locale: 'zh-CN', status: 'all' });
    await shows(el, '已发送的邀请');
    const headers = [...shadow(el).querySelectorAll('thead th')].map(textOf);
    expect(headers).to.deep.equal([
      '受邀账号',
      '状态',
      '组织单元',
      '付费方式',
      '发送时间',
      '过期时间',
      '操作',
    ]);
    expect(cellOf(el, MAPLE, '状态')).to.equal('待处理');
    expect(cellOf(el, LATE_BLOOM, '状态')).to.equal('已过期');
    expect(cellOf(el, MAPLE, '付费方式')).to.equal('由主账号付费');
    expect(cellOf(el, MAPLE, '过期时间')).to.match(/^12天后 2\d{3}年/);
    expect(byRole(shadow(el), 'combobox', '状态').isConnected).to.equal(true);
    expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.equal('显示 2 / 2 条邀请');
    expect(button(el, '取消邀请：maple-foods').isConnected).to.equal(true);
    expect(button(el, '重新发送邀请：late-bloom').isConnected).to.equal(true);
  });

  it('asks and answers in Chinese', async () => {
    backend.control.updateAccount(LATE_BLOOM, { frozen: true });
    const el = await mount({ locale: 'zh-CN', status: 'all' });
    await shows(el, '已发送的邀请');
    button(el, '取消邀请：maple-foods').click();
    const dialog = await openDialog(el);
    expect(textOf(dialog.querySelector('h2'))).to.equal('取消发给 maple-foods 的邀请？');
    expect(byRole(dialog, 'button', '保留邀请').isConnected).to.equal(true);
    byRole(dialog, 'button', '取消邀请').click();
    await shows(el, '已取消发给 maple-foods 的邀请，其占用的子账号名额已释放。');
    button(el, '重新发送邀请：late-bloom').click();
    await shows(el, 'late-bloom 已不再满足邀请条件');
    expect(textOf(shadow(el).querySelector('[part~="check-failed"]'))).to.include('未被冻结');
  });

  it('counts in the plural forms of each language', async () => {
    seedInvitations(1);
    const one = await mount({ status: 'expired' });
    expect(textOf(shadow(one).querySelector('[part~="count"]'))).to.equal(
      'Showing 1 of 1 invitation',
    );
    const two = await mount();
    expect(textOf(shadow(two).querySelector('[part~="count"]'))).to.equal(
      'Showing 2 of 2 invitations',
    );
  });

  it('follows the page language when it changes', async () => {
    const el = await mount({ locale: '' });
    await shows(el, 'Sent invitations');
    document.documentElement.lang = 'zh-CN';
    await waitUntil(() => textOf(shadow(el)).includes('已发送的邀请'), 'still in English', {
      timeout: 5000,
    });
    expect(cellOf(el, MAPLE, '状态')).to.equal('待处理');
  });
});
