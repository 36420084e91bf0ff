import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Invitation } from '@enterprise-center/sdk';
import { renderAgreementConsent } from '../shared/agreement-consent.js';
import { renderAssociationTerms } from '../shared/association-terms.js';
import { renderChecklist } from '../shared/conditions.js';
import { describeError } from '../shared/describe-error.js';
import { renderPair } from '../shared/pairs.js';
import { renderDetails, renderWhen } from './association-details.js';
import { cardId, type CardFeedback, type CardRefs, type CardState } from './card-state.js';
import { inviterNames, refreshedNotice, type AcceptTranslator } from './messages.js';

/** The label of the second date row: when a pending one expires, else when it became its status. */
function closingLabel(status: Invitation['status']) {
  return status === 'pending'
    ? 'accept.card.expires'
    : status === 'unknown'
      ? 'accept.card.updatedOn'
      : (`status.${status}` as const);
}

/** What a card needs besides its invitation. */
export interface CardContext {
  t: AcceptTranslator;
  /** The account already has a master account, so no invitation can be accepted. */
  isMember: boolean;
  /** Whether an acceptance of the invitation is in flight. */
  accepting: (invitation: Invitation) => boolean;
  /** The card's controls that focus may go to. */
  refs: (invitation: Invitation) => CardRefs;
  onToggle: (invitation: Invitation, checked: boolean) => void;
  onAccept: (invitation: Invitation) => void;
  onDecline: (invitation: Invitation) => void;
}

function renderInvitationDetails(t: AcceptTranslator, invitation: Invitation) {
  const closesAt = ['pending', 'expired'].includes(invitation.status)
    ? invitation.expiredAt
    : invitation.updatedAt;
  return renderDetails(
    t,
    invitation,
    html`${renderPair(t('accept.card.sent'), renderWhen(t, invitation.createdAt))}
    ${renderPair(t(closingLabel(invitation.status)), renderWhen(t, closesAt))}`,
  );
}

function renderNotes(t: AcceptTranslator, notes: string | null) {
  if (!notes) return nothing;
  return html`<figure class="notes" part="notes">
    <figcaption class="hint">${t('accept.card.notes')}</figcaption>
    <blockquote>${notes}</blockquote>
  </figure>`;
}

/** What the card says about the last answer: refreshed, conditions failed, or the error. */
function feedbackText(t: AcceptTranslator, invitation: Invitation, feedback: CardFeedback) {
  if (feedback.kind === 'refreshed') return t(refreshedNotice(feedback.status));
  if (feedback.refusal.kind === 'conditions') {
    return t('accept.conditionsFailed', inviterNames(invitation));
  }
  return describeError(t, feedback.error);
}

/**
 * The outcome of the last answer on the card: what happened (an EM.1005 failure explains itself
 * like any other), the failed conditions, and Retry when sending the same request may help.
 */
function renderFeedback(
  t: AcceptTranslator,
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
) {
  const { feedback } = state;
  if (!feedback) return nothing;
  const refusal = feedback.kind === 'failure' ? feedback.refusal : undefined;
  // Red unless another window already accepted it: then what the invitee asked for is done.
  const done = feedback.kind === 'refreshed' && feedback.status === 'accepted';
  return html`<div
    ${ref(ctx.refs(invitation).feedback)}
    class="feedback ${done ? 'feedback--success' : ''}"
    part="feedback"
    tabindex="-1"
  >
    <p id=${cardId(invitation.id, 'feedback-label')}>${feedbackText(t, invitation, feedback)}</p>
    ${
      refusal?.kind === 'conditions'
        ? renderChecklist(t, refusal.checks, cardId(invitation.id, 'feedback-label'))
        : nothing
    }
    ${
      refusal?.kind === 'retryable'
        ? html`<button
            type="button"
            class="button"
            part="retry-button"
            aria-disabled=${ctx.accepting(invitation)}
            @click=${() => ctx.onAccept(invitation)}
          >
            ${t('common.retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/** Terms and consent for a pending invitation the account may still accept. */
function renderConsent(
  t: AcceptTranslator,
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
) {
  return html`${invitation.unifiedAccounting ? renderAssociationTerms(t, cardId(invitation.id, 'terms'), 4) : nothing}
  ${
    invitation.agreements.length > 0
      ? renderAgreementConsent(t, {
          id: cardId(invitation.id, 'consent'),
          checkbox: ctx.refs(invitation).consent,
          agreements: invitation.agreements,
          checked: state.agreed,
          onToggle: (checked) => ctx.onToggle(invitation, checked),
          describedBy: state.showConsentError ? cardId(invitation.id, 'consent-error') : undefined,
          invalid: state.showConsentError,
        })
      : nothing
  }
  ${
    state.showConsentError
      ? html`<p id=${cardId(invitation.id, 'consent-error')} class="error" part="consent-error">
          ${t('accept.consentRequired')}
        </p>`
      : nothing
  }`;
}

/** Why a member account cannot accept a pending invitation: it already has a master account. */
function renderMemberBlock(t: AcceptTranslator, invitation: Invitation) {
  const check = { code: 'NOT_ALREADY_MEMBER', status: 'failed' as const, message: '' };
  return html`<div class="member-block" part="member-block">
    <p id=${cardId(invitation.id, 'member-label')}>${t('accept.memberAlready')}</p>
    ${renderChecklist(t, [check], cardId(invitation.id, 'member-label'))}
  </div>`;
}

/**
 * Accept (unless the account is a member already) and Decline for a pending invitation, with
 * "Accepting…" while an acceptance is in flight.
 */
function renderActions(t: AcceptTranslator, invitation: Invitation, ctx: CardContext) {
  const accepting = ctx.accepting(invitation);
  return html`<div class="actions">
    ${
      ctx.isMember
        ? nothing
        : html`<button
            type="button"
            class="button button--primary"
            part="accept-button"
            aria-disabled=${accepting}
            @click=${() => ctx.onAccept(invitation)}
          >
            ${t('accept.accept')}
          </button>`
    }
    <button
      ${ref(ctx.refs(invitation).decline)}
      type="button"
      class="button"
      part="decline-button"
      aria-disabled=${accepting}
      @click=${() => ctx.onDecline(invitation)}
    >
      ${t('accept.decline')}
    </button>
    ${accepting ? html`<span class="hint" part="progress">${t('accept.busy.accepting')}</span>` : nothing}
  </div>`;
}

/**
 * One received invitation as an `article` named by its heading (who invites): the details, the
 * inviter's notes, and — while it is pending — what joining means and the answer controls.
 */
export function renderInvitationCard(
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
): TemplateResult {
  const { t } = ctx;
  return html`<article
    class="invitation invitation--${invitation.status}"
    part="invitation"
    aria-labelledby=${cardId(invitation.id, 'heading')}
  >
    <header class="invitation__header">
      <h3
        ${ref(ctx.refs(invitation).heading)}
        id=${cardId(invitation.id, 'heading')}
        class="invitation__heading"
        part="invitation-heading"
        tabindex="-1"
      >
        ${t('accept.card.heading', inviterNames(invitation))}
      </h3>
      <span class="badge badge--${invitation.status}" part="status-badge">
        <span class="visually-hidden">${t('accept.card.status')}</span>
        ${t(`status.${invitation.status}`)}
      </span>
    </header>
    ${renderInvitationDetails(t, invitation)} ${renderNotes(t, invitation.notes)}
    ${
      invitation.status !== 'pending'
        ? html`<p class="hint" part="closed-hint">${t(`accept.closed.${invitation.status}`)}</p>`
        : ctx.isMember
          ? renderMemberBlock(t, invitation)
          : renderConsent(t, invitation, state, ctx)
    }
    ${renderFeedback(t, invitation, state, ctx)}
    ${invitation.status === 'pending' ? renderActions(t, invitation, ctx) : nothing}
  </article>`;
}
