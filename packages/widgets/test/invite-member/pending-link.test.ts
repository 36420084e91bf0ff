// `pending-invitations-href` pointing into the page: following the link makes the
// `<sent-invitations>` there show the pending invitation (`reveal()`) and focus its row.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { sentListOnPage } from '../../src/invite-member/pending-link.js';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';
import '../../src/define/sent-invitations.js';
import { backend, clientFor, resetBackend } from '../support/backend.js';
import {
  beforeEach,
  byRole,
  checkAccount,
  clientAs,
  deepActiveElement,
  describe,
  it,
  loaded,
  shadow,
  textOf,
} from './helpers.js';

/** A master's page: the invite form linking to `href`, and the sent list in `#sent`. */
async function masterPage(href: string) {
  const page = await fixture<HTMLElement>(
    html`<div>
      <invite-member
        locale="en"
        .client=${clientAs('acme-group')}
        .debounce=${30}
        pending-invitations-href=${href}
      ></invite-member>
      <section id="sent">
        <sent-invitations
          locale="en"
          status="accepted"
          .client=${clientFor('acme-group', 8000)}
        ></sent-invitations>
      </section>
    </div>`,
  );
  const invite = page.querySelector<InviteMember>('invite-member')!;
  const list = page.querySelector<SentInvitations>('sent-invitations')!;
  await loaded(invite);
  return { invite, list };
}

describe('<invite-member> linking to a <sent-invitations> on the same page', () => {
  beforeEach(resetBackend);

  it('shows the pending invitation there and focuses its row when the user follows the link', async () => {
    const { invite, list } = await masterPage('#sent');
    await checkAccount(invite, 'maple-foods');

    byRole<HTMLAnchorElement>(shadow(invite), 'link', 'Show the pending invitations').click();

    await waitUntil(
      () => textOf(deepActiveElement()) === 'maple-foods',
      "the focus never reached maple-foods' row",
      { timeout: 8000 },
    );
    expect(deepActiveElement()?.getRootNode()).to.equal(list.shadowRoot);
    expect(list.status).to.equal('pending');
    // The list took the user there: the browser did not also move the focus to #sent.
    expect(location.hash).to.equal('');
  });

  it('goes where the link points when the list cannot show the invitation', async () => {
    const { invite } = await masterPage('#sent');
    await checkAccount(invite, 'maple-foods');
    const [maple] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
    backend.control.cancelInvitation(maple!.id);

    byRole<HTMLAnchorElement>(shadow(invite), 'link', 'Show the pending invitations').click();

    await waitUntil(() => location.hash === '#sent', 'the link never went to #sent');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('finds the list only on this page: by the fragment, as the element or inside it', async () => {
    const { list } = await masterPage('#sent');
    list.id = 'the-list';
    expect(sentListOnPage('#sent')).to.equal(list);
    expect(sentListOnPage('#the-list')).to.equal(list);
    expect(sentListOnPage(`${location.pathname}${location.search}#sent`)).to.equal(list);
    expect(sentListOnPage('#nowhere')).to.equal(undefined);
    expect(sentListOnPage('#')).to.equal(undefined);
    expect(sentListOnPage('/members/pending#sent')).to.equal(undefined);
    expect(sentListOnPage('https://portal.example/#sent')).to.equal(undefined);
  });
});
