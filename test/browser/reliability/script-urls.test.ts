// An agreement URL that is not a web URL (`javascript:`, `data:`, `vbscript:`, however it is
// spelled) never becomes a link: the SDK refuses such an answer, and the elements, given one by a
// client that does not check, show the agreement's name as plain text.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html, render } from 'lit';
import type { Invitation } from '@enterprise-center/sdk';
import { clientFor, resetBackend } from '../../../packages/widgets/test/support/backend.js';
import {
  mount as mountInviteMember,
  shadow,
} from '../../../packages/widgets/test/invite-member/helpers.js';
import {
  beforeEach,
  describe,
  invitationOf,
  it,
  mount as mountAcceptInvitation,
  textOf,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import { renderAgreementConsent } from '../../../packages/widgets/src/shared/agreement-consent.js';
import { translatorFor } from '../../../packages/widgets/src/shared/i18n/catalogs.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { assertInert, hostileClient } from './support/hostile-server.js';

failOnUnhandledRejections();

const SCRIPT_URL = 'javascript:window.__pwned=1';

/** Spellings of a non-web URL that a browser still reads as that scheme. */
const scriptUrl = fc
  .record({
    scheme: fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob', 'about'),
    upper: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    lead: fc.constantFrom('', ' ', '\u0000', '\u001f ', '\n'),
    inner: fc.constantFrom('', '\t', '\n', '\r'),
    at: fc.nat(9),
    rest: fc.constantFrom(
      'window.__pwned=1',
      'text/html,<script>window.__pwned=1</script>',
      '//x/',
    ),
  })
  .map(({ scheme, upper, lead, inner, at, rest }) => {
    const cased = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
    const cut = Math.min(at, cased.length);
    return `${lead}${cased.slice(0, cut)}${inner}${cased.slice(cut)}:${rest}`;
  });

/** The links the consent checkbox's label makes for agreements with these URLs. */
function consentLinks(urls: string[]): HTMLAnchorElement[] {
  const container = document.createElement('div');
  const t = translatorFor('en', { en: {}, 'zh-CN': {} });
  const agreements = urls.map((url, i) => ({
    id: `a${i}`,
    name: `Agreement ${i}`,
    version: '1',
    url,
  }));
  render(
    html`${renderAgreementConsent(t, { id: 'consent', agreements, checked: false, onToggle: () => {} })}`,
    container,
  );
  expect(container.textContent).to.include('Agreement 0');
  return [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];
}

/** A client that lets every agreement of `account`'s answers point at `url`, unchecked. */
function uncheckedClient(account: string, url: string) {
  const real = clientFor(account);
  const withUrl = <T extends { agreements: { url: string }[] }>(value: T): T => ({
    ...value,
    agreements: value.agreements.map((agreement) => ({ ...agreement, url })),
  });
  return {
    ...real,
    invitations: {
      ...real.invitations,
      settings: async (...args: Parameters<typeof real.invitations.settings>) =>
        withUrl(await real.invitations.settings(...args)),
    },
    receivedInvitations: {
      ...real.receivedInvitations,
      async *listAll(...args: Parameters<typeof real.receivedInvitations.listAll>) {
        for await (const invitation of real.receivedInvitations.listAll(...args)) {
          yield withUrl<Invitation>(invitation);
        }
      },
    },
  };
}

describe('agreement URLs that are not web URLs', () => {
  beforeEach(resetBackend);

  it('never become links, however they are spelled; web URLs do', () => {
    fc.assert(
      fc.property(scriptUrl, fc.webUrl(), (hostile, web) => {
        const links = consentLinks([hostile, web]);
        expect(links.map((link) => link.protocol)).to.deep.equal([new URL(web).protocol]);
        expect(links[0]?.getAttribute('href')).to.equal(web);
      }),
      { numRuns: 500 },
    );
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('the SDK refuses them: <invite-member> says the answer was not understood', async () => {
    const client = hostileClient('acme-group', {
      rewrite: (path, body) =>
        path === '/invitation-settings'
          ? { ...body, agreements: [{ id: 'x', name: 'Terms', version: '1', url: SCRIPT_URL }] }
          : body,
    });
    const el = await mountInviteMember('acme-group', { client });
    expect(textOf(shadow(el))).to.include(
      'The server sent an answer this page does not understand (INVALID_RESPONSE).',
    );
    assertInert(el.shadowRoot, false);
  });

  it('the SDK refuses them: <accept-invitation> says the invitations could not be loaded', async () => {
    const client = hostileClient('maple-foods', {
      rewrite: (path, body) =>
        path === '/received-invitations'
          ? JSON.parse(JSON.stringify(body).replace(/https:\/\/[^"]+/g, SCRIPT_URL))
          : body,
    });
    const el = await mountAcceptInvitation('maple-foods', { client });
    expect(textOf(el.shadowRoot)).to.include('Your invitations could not be loaded.');
    expect(textOf(el.shadowRoot)).to.include('(INVALID_RESPONSE)');
    assertInert(el.shadowRoot, false);
  });

  it('given one unchecked, <invite-member> shows the agreement’s name as text, not a link', async () => {
    const el = await mountInviteMember('acme-group', {
      client: uncheckedClient('acme-group', SCRIPT_URL),
    });
    const label = shadow(el).querySelector('[part~="consent-label"]');
    expect(textOf(label)).to.include('Enterprise Management Service Agreement');
    expect(shadow(el).querySelectorAll('a[href]')).to.have.length(0);
    assertInert(el.shadowRoot, false);
  });

  it('given one unchecked, <accept-invitation> shows the agreement’s name as text, not a link', async () => {
    const el = await mountAcceptInvitation('maple-foods', {
      client: uncheckedClient('maple-foods', SCRIPT_URL),
    });
    const card = invitationOf(el, 'acme-group');
    expect(textOf(card)).to.include('Member Account Association Agreement');
    expect(el.shadowRoot!.querySelectorAll('a[href]')).to.have.length(0);
    assertInert(el.shadowRoot, false);
  });
});
