import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { LocalizeController } from '../../src/shared/i18n/localize-controller.js';
import type { MessageOverrides } from '../../src/shared/i18n/translator.js';
import '../../src/define.js';
import { clientFor, resetBackend } from '../support/backend.js';
import { byRole, textOf } from '../support/queries.js';
import { afterEach, beforeEach, describe, it } from './mocha.js';

const heading = (el: HTMLElement) => textOf(el.shadowRoot?.querySelector('[part~="heading"]'));

/** Both elements without a `locale`, inside `wrapper` (a `lang` of its own, if given). */
async function mountBoth(wrapperLang?: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${wrapperLang ?? ''}>
      <invite-member .client=${clientFor('acme-group')} .debounce=${30}></invite-member>
      <accept-invitation .client=${clientFor('maple-foods')}></accept-invitation>
    </div>`,
  );
  if (!wrapperLang) wrapper.removeAttribute('lang');
  const invite = wrapper.querySelector('invite-member') as InviteMember;
  const accept = wrapper.querySelector('accept-invitation') as AcceptInvitation;
  await waitUntil(() => invite.shadowRoot?.querySelector('form'), 'no form');
  await waitUntil(() => accept.shadowRoot?.querySelector('article'), 'no invitations');
  return { wrapper, invite, accept };
}

describe('the page language', () => {
  const root = document.documentElement;
  beforeEach(async () => {
    root.lang = 'en';
    await resetBackend();
  });
  afterEach(() => root.removeAttribute('lang'));

  it('re-renders every element in the new language when the document’s lang changes', async () => {
    const { invite, accept } = await mountBoth();
    expect([heading(invite), heading(accept)]).to.deep.equal([
      'Invite an existing account',
      'Invitations to join an enterprise',
    ]);
    const account = byRole<HTMLInputElement>(invite.shadowRoot!, 'textbox', 'Account name');
    account.value = 'acme-robotics';
    account.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));

    root.lang = 'zh-CN';
    await waitUntil(
      () => heading(invite) === '邀请已有账号' && heading(accept) === '加入企业的邀请',
      'the elements did not switch to Chinese',
    );
    // What the user typed survives the change of language.
    expect(byRole<HTMLInputElement>(invite.shadowRoot!, 'textbox', '账号名').value).to.equal(
      'acme-robotics',
    );
    byRole(accept.shadowRoot!, 'button', '接受');

    root.lang = 'en';
    await waitUntil(
      () =>
        heading(invite) === 'Invite an existing account' &&
        heading(accept) === 'Invitations to join an enterprise',
      'the elements did not switch back to English',
    );
  });

  it('follows a change of the element’s own lang, and its locale attribute wins over both', async () => {
    const { invite, accept } = await mountBoth();
    invite.setAttribute('lang', 'zh-CN');
    await waitUntil(() => heading(invite) === '邀请已有账号', 'no Chinese after lang changed');
    expect(heading(accept)).to.equal('Invitations to join an enterprise');
    accept.locale = 'zh-CN';
    root.lang = 'en';
    await waitUntil(() => heading(accept) === '加入企业的邀请', 'locale did not win');
    invite.removeAttribute('lang');
    await waitUntil(() => heading(invite) === 'Invite an existing account');
  });
});

/** A minimal host of a {@link LocalizeController}. */
class LocalizeHostElement extends LitElement {
  @property() accessor locale: string | undefined = undefined;
  @property({ attribute: false }) accessor messages: MessageOverrides = {};
  readonly localize = new LocalizeController(this, {
    en: { 'x.hello': 'Hello' },
    'zh-CN': async () => ({ 'x.hello': '你好' }),
  });
  override render() {
    return html`${this.localize.ready ? this.localize.t('x.hello') : this.localize.t('common.loading')}`;
  }
}
customElements.define('localize-host', LocalizeHostElement);

describe('LocalizeController', () => {
  it('builds t once per language and overrides, not at every render', async () => {
    const el = await fixture<LocalizeHostElement>(
      html`<localize-host locale="en"></localize-host>`,
    );
    const first = el.localize.t;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.localize.t).to.equal(first);
    el.messages = { 'x.hello': 'Hi' };
    await el.updateComplete;
    expect(el.localize.t).not.to.equal(first);
    expect(el.shadowRoot?.textContent).to.equal('Hi');
  });

  it('is not ready until the language’s texts are here, and keeps the old language meanwhile', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    class SlowHost extends LocalizeHostElement {
      override readonly localize = new LocalizeController(this, {
        en: { 'x.hello': 'Hello' },
        'zh-CN': async () => {
          await arrived;
          return { 'x.hello': '你好' };
        },
      });
    }
    customElements.define('slow-localize-host', SlowHost);
    const chinese = await fixture<SlowHost>(
      html`<slow-localize-host locale="zh-CN"></slow-localize-host>`,
    );
    const english = await fixture<SlowHost>(
      html`<slow-localize-host locale="en"></slow-localize-host>`,
    );
    // Nothing to speak yet: the loading state, in Chinese.
    expect([chinese.localize.ready, chinese.shadowRoot?.textContent]).to.deep.equal([
      false,
      '正在加载…',
    ]);
    // A switch keeps the language it had until the new one is here.
    english.locale = 'zh-CN';
    await english.updateComplete;
    expect([
      english.localize.ready,
      english.localize.locale,
      english.localize.t.locale,
    ]).to.deep.equal([true, 'zh-CN', 'en']);
    expect(english.shadowRoot?.textContent).to.equal('Hello');
    release();
    await waitUntil(
      () =>
        chinese.shadowRoot?.textContent === '你好' && english.shadowRoot?.textContent === '你好',
      'the Chinese texts were not shown once here',
    );
  });
});
