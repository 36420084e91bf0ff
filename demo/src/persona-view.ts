// The widget of the current persona: <invite-member> for master accounts, <accept-invitation> for
// invitees, each with an SDK client acting as that account.
import '@enterprise-center/widgets/define';
import { InviteMember } from '@enterprise-center/widgets';
import type { Client } from './clients.js';
import type { DemoLocale } from './preferences.js';
import type { Persona } from './personas.js';

export type Widget = HTMLElementTagNameMap['invite-member' | 'accept-invitation'];

/** Puts `persona`'s widget into `host` (replacing any previous one) and returns it. */
export function mountWidget(
  host: HTMLElement,
  persona: Persona,
  client: Client,
  locale: DemoLocale,
  accountName = '',
): Widget {
  const widget =
    persona.role === 'master'
      ? Object.assign(document.createElement('invite-member'), { accountName })
      : document.createElement('accept-invitation');
  widget.client = client;
  widget.locale = locale;
  host.lang = locale;
  host.replaceChildren(widget);
  return widget;
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
