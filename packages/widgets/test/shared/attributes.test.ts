import { expect, fixture, html } from '@open-wc/testing';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import '../../src/define.js';
import { describe, it } from './mocha.js';

/** The attributes an element's class observes, sorted. */
function observed(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
  return [...ctor.observedAttributes].sort();
}

// The reactive properties are declared with lit's standard decorators: these pin the public
// attributes, their conversion and reflection, and that internal state (`@state`) is no attribute.
describe('element attributes', () => {
  it('observes exactly the documented attributes, and no internal state', () => {
    expect(observed('invite-member')).to.deep.equal([
      'account-name',
      'base-url',
      'credentials',
      'debounce',
      'locale',
      'org-id',
      'pending-invitations-href',
    ]);
    expect(observed('accept-invitation')).to.deep.equal([
      'base-url',
      'credentials',
      'invitation-id',
      'locale',
    ]);
  });

  it('maps <invite-member> attributes to typed properties and reflects the locale', async () => {
    const el = await fixture<InviteMember>(
      html`<invite-member org-id="ou-7" account-name="acme" debounce="250"></invite-member>`,
    );
    expect(el.orgId).to.equal('ou-7');
    expect(el.accountName).to.equal('acme');
    expect(el.debounce).to.equal(250);
    el.locale = 'en';
    await el.updateComplete;
    expect(el.getAttribute('locale')).to.equal('en');
  });

  it('maps <accept-invitation> attributes to properties, with defaults when absent', async () => {
    const el = await fixture<AcceptInvitation>(
      html`<accept-invitation invitation-id="inv-1" credentials="include"></accept-invitation>`,
    );
    expect(el.invitationId).to.equal('inv-1');
    expect(el.credentials).to.equal('include');
    expect(el.baseUrl).to.equal('');
    expect(el.messages).to.deep.equal({});
    expect(el.client).to.equal(undefined);
  });
});
