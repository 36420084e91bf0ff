import type { Ref } from 'lit/directives/ref.js';
import type { Invitation } from '@enterprise-center/sdk';
import type { Refusal } from '../shared/refusal.js';

/** What a card says after the invitee acted on it (or the server refused). */
export type CardFeedback =
  /** A failure shown on the card (with Retry when sending again may help), and its error. */
  | { kind: 'failure'; refusal: Refusal; error: unknown }
  /** EM.1004: the invitation changed meanwhile; the list was reloaded. */
  | { kind: 'refreshed'; status: Invitation['status'] };

/** The invitee's interaction with one invitation. */
export interface CardState {
  /** Whether the agreement checkbox is ticked. */
  agreed: boolean;
  /** Whether to explain that the box must be ticked (Accept was pressed without it). */
  showConsentError: boolean;
  feedback?: CardFeedback | undefined;
}

/** A card nobody has touched yet. */
export const untouchedCard: CardState = {
  agreed: false,
  showConsentError: false,
};

/** What inside one invitation's card has an element id (for `aria-*` and `label for` only). */
export type CardPart =
  'heading' | 'consent' | 'consent-error' | 'feedback-label' | 'member-label' | 'terms';

/**
 * The shadow-root id of `part` in the card of the invitation `invitationId`, e.g. `heading-42`:
 * the cards share one shadow root, and IDREF attributes need ids. Focus never goes through them
 * (it uses the card's refs, {@link CardRefs}).
 */
export function cardId(invitationId: string, part: CardPart): string {
  return `${part}-${invitationId}`;
}

/** The controls of a card that focus may go to. */
export interface CardRefs {
  heading: Ref<HTMLElement>;
  consent: Ref<HTMLInputElement>;
  feedback: Ref<HTMLElement>;
  decline: Ref<HTMLButtonElement>;
}
