import { expect, waitUntil } from '@open-wc/testing';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import '../../src/define.js';
import { describe, it } from './mocha.js';

/** A new `<accept-invitation locale="zh-CN">` on the page, with `messages` set. */
function addElement(messages: Record<string, string> = {}): AcceptInvitation {
  const el = document.createElement('accept-invitation');
  el.locale = 'zh-CN';
  el.messages = messages;
  document.body.append(el);
  return el;
}

const textOf = (el: AcceptInvitation, selector: string) =>
  el.shadowRoot?.querySelector(selector)?.textContent?.trim();

// This file runs in a page of its own: the Chinese texts are not loaded when it starts.
describe('the loading state while the Chinese texts load', () => {
  it('says “loading” in Chinese (or as overridden), never in English, until the texts are here', async () => {
    const plain = addElement();
    const overridden = addElement({ 'common.loading': 'Einen Moment…' });
    await Promise.all([plain.updateComplete, overridden.updateComplete]);
    expect(textOf(plain, '[role="status"][part~="status"]')).to.equal('正在加载…');
    expect(textOf(overridden, '[role="status"][part~="status"]')).to.equal('Einen Moment…');
    expect(plain.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal(
      'true',
    );

    await waitUntil(() => textOf(plain, '[part~="heading"]') === '加入企业的邀请');
    plain.remove();
    overridden.remove();
  });
});
