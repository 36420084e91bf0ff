// The elements of the current persona, each with an SDK client acting as that account: a master
// account gets <invite-member> and, beside it, <sent-invitations>; an invitee <accept-invitation>.
import '@enterprise-center/widgets/define';
import { InviteMember } from '@enterprise-center/widgets';
import type { Client } from './clients.js';
import type { DemoLocale } from './preferences.js';
import type { Persona } from './personas.js';

export type Widget = HTMLElementTagNameMap['invite-member' | 'accept-invitation'];
export type SentList = HTMLElementTagNameMap['sent-invitations'];

/** Where the page shows the master's sent invitations: `<invite-member>` links there. */
const sentListAnchor = '#sent-panel';

/** Puts `element`, acting with `client` in `locale`, into `host` (replacing what was there). */
function place<E extends Widget | SentList>(
  host: HTMLElement,
  element: E,
  client: Client,
  locale: DemoLocale,
): E {
  element.client = client;
  element.locale = locale;
  host.lang = locale;
  host.replaceChildren(element);
  return element;
}

/** Puts `persona`'s widget into `host` and returns it; `accountName` prefills an invite form. */
export function mountWidget(
  host: HTMLElement,
  persona: Persona,
  client: Client,
  locale: DemoLocale,
  accountName = '',
): Widget {
  const widget =
    persona.role === 'master'
      ? Object.assign(document.createElement('invite-member'), {
          accountName,
          pendingInvitationsHref: sentListAnchor,
        })
      : document.createElement('accept-invitation');
  return place(host, widget, client, locale);
}

/**
 * Puts the sent invitations of the master `client` acts as into `host` and returns them: every
 * status (the element's default is pending only), so the demo shows each invitation's life.
 */
export function mountSentList(host: HTMLElement, client: Client, locale: DemoLocale): SentList {
  const list = Object.assign(document.createElement('sent-invitations'), { status: 'all' });
  return place(host, list, client, locale);
}

/** The widget's heading in the demo, and what to try with it. */
export function describePersona(persona: Persona): { heading: string; intro: string } {
  return persona.role === 'master'
    ? {
        heading: `${persona.name} invites an existing account`,
        intro: `Acting as the master account ${persona.name} (${persona.summary}). Type an account name, or pick one under “Try these accounts”.`,
      }
    : {
        heading: `${persona.name}: invitations received`,
        intro: `Acting as ${persona.name} (${persona.summary}). Accept or decline what it was invited to.`,
      };
}

/**
 * Fills the invite form with `accountName` through the element's public `accountName` property,
 * which checks it as if typed (and, after a sent invitation, starts the next one). Does nothing
 * for a widget that is not an invite form.
 */
export async function fillInviteForm(widget: Widget, accountName: string): Promise<void> {
  if (!(widget instanceof InviteMember)) return;
  if (widget.accountName === accountName) {
    // The same value again would not count as a change: clear it first.
    widget.accountName = '';
    await widget.updateComplete;
  }
  widget.accountName = accountName;
}
