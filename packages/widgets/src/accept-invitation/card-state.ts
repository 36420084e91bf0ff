import type { Invitation } from '@enterprise-center/sdk';
import type { AnswerFailure } from './failure.js';

/** What a card says after the invitee acted on it (or the server refused). */
export type CardFeedback =
  /** A failure shown on the card (with Retry when retryable), and the error behind it. */
  | (Extract<
      AnswerFailure,
      { kind: 'retryable' | 'failed' | 'conditions' | 'agreements-changed' }
    > & {
      error: unknown;
    })
  /** EM.1004: the invitation changed meanwhile; the list was reloaded. */
  | { kind: 'refreshed'; status: Invitation['status'] };

/** The invitee's interaction with one invitation. */
export interface CardState {
  /** Whether the agreement checkbox is ticked. */
  agreed: boolean;
  /** Whether to explain that the box must be ticked (Accept was pressed without it). */
  showConsentError: boolean;
  /** Whether an accept request for this invitation is in flight. */
  busy: boolean;
  /** `trans_id` of the acceptance being attempted: kept for retries, dropped once answered. */
  acceptKey?: string | undefined;
  feedback?: CardFeedback | undefined;
}

/** A card nobody has touched yet. */
export const untouchedCard: CardState = {
  agreed: false,
  showConsentError: false,
  busy: false,
};

/** What inside one invitation's card has an element id. */
export type CardPart =
  | 'heading'
  | 'consent'
  | 'consent-error'
  | 'feedback'
  | 'feedback-label'
  | 'member-label'
  | 'terms'
  | 'decline';

/** The shadow-root id of `part` in the card of the invitation `invitationId`, e.g. `heading-42`. */
export function cardId(invitationId: string, part: CardPart): string {
  return `${part}-${invitationId}`;
}
