import type { InvitationPendingDetail } from './events.js';

/** What `<invite-member>` asks of a `<sent-invitations>` (its `reveal()`), without its code. */
interface PendingList extends Element {
  reveal(target: InvitationPendingDetail): Promise<boolean>;
}

/**
 * The `<sent-invitations>` a link to `href` leads to when it stays on this page: the element its
 * fragment names, or the first one inside that element. `undefined` for a link to another page.
 */
export function sentListOnPage(href: string): PendingList | undefined {
  const url = new URL(href, document.baseURI);
  const here = new URL(location.href);
  const samePage =
    url.origin === here.origin && url.pathname === here.pathname && url.search === here.search;
  if (!samePage || url.hash.length < 2) return undefined;
  const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
  const list =
    target?.localName === 'sent-invitations' ? target : target?.querySelector('sent-invitations');
  return list && 'reveal' in list ? (list as PendingList) : undefined;
}
