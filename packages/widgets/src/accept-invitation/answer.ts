import type { ReactiveControllerHost } from 'lit';
import type { AcceptedAgreement, Association, Client, Invitation } from '@enterprise-center/sdk';
import { UserAction } from '../shared/user-action.js';

/** The invitee's answer to an invitation. */
export type Answer =
  | { kind: 'accept'; invitation: Invitation; agreements: AcceptedAgreement[] }
  | { kind: 'decline'; invitation: Invitation };

/** What the server made of an answer. */
export type Answered =
  | { kind: 'accepted'; invitation: Invitation; association: Association }
  | { kind: 'declined'; invitation: Invitation };

/** Where an answer gets its client from and reports to. */
export interface AnswerOptions {
  api: () => Client | undefined;
  onAnswered: (answered: Answered, answer: Answer) => void;
  /** The answer failed (not only aborted). */
  onFailure: (error: unknown, answer: Answer) => void;
}

/**
 * Accepting or declining an invitation, one at a time: a {@link UserAction} whose idempotency
 * key belongs to the invitation and the answer, so answering again after a failure that may have
 * reached the server (or after the element was moved mid-request) applies once.
 */
export function answerAction(
  host: ReactiveControllerHost,
  options: AnswerOptions,
): UserAction<Answer, Answered> {
  return new UserAction<Answer, Answered>(host, {
    api: options.api,
    identify: (answer) => `${answer.kind}:${answer.invitation.id}`,
    perform: async (api, answer, { signal, idempotencyKey }) => {
      const { id } = answer.invitation;
      if (answer.kind === 'decline') {
        const invitation = await api.receivedInvitations.decline(id, { signal, idempotencyKey });
        return { kind: 'declined', invitation };
      }
      const { agreements } = answer;
      const result = await api.receivedInvitations.accept(
        id,
        { agreements },
        { signal, idempotencyKey },
      );
      return { kind: 'accepted', ...result };
    },
    onComplete: options.onAnswered,
    onFailure: options.onFailure,
  });
}
