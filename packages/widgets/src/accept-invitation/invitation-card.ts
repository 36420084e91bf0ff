import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation } from '@enterprise-center/sdk';
import { renderAgreementConsent } from '../shared/agreement-consent.js';
import { renderAssociationTerms } from '../shared/association-terms.js';
import { renderChecklist } from '../shared/conditions.js';
import { describeError } from '../shared/describe-error.js';
import { detailRow, renderDetails, renderWhen } from './association-details.js';
import { cardId, type CardState } from './card-state.js';
import { refreshedNotice, type AcceptTranslator } from './messages.js';

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
  now: number;
  /** The account already has a master account, so no invitation can be accepted. */
  isMember: boolean;
  onToggle: (invitation: Invitation, checked: boolean) => void;
  onAccept: (invitation: Invitation) => void;
  onDecline: (invitation: Invitation) => void;
}

function renderInvitationDetails(t: AcceptTranslator, invitation: Invitation, now: number) {
  const closesAt = ['pending', 'expired'].includes(invitation.status)
    ? invitation.expiredAt
    : invitation.updatedAt;
  return renderDetails(
    t,
    invitation,
    html`${detailRow(t('accept.card.sent'), renderWhen(t, invitation.createdAt, now))}
    ${detailRow(t(closingLabel(invitation.status)), renderWhen(t, closesAt, now))}`,
  );
}

function renderNotes(t: AcceptTranslator, notes: string | null) {
  if (!notes) return nothing;
  return html`<figure class="notes" part="notes">
    <figcaption class="hint">${t('accept.card.notes')}</figcaption>
    <blockquote>${notes}</blockquote>
  </figure>`;
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
  const { kind } = feedback;
  const labelId = cardId(invitation.id, 'feedback-label');
  const tone = kind === 'refreshed' && feedback.status === 'accepted' ? 'success' : 'error';
  return html`<div
    id=${cardId(invitation.id, 'feedback')}
    class="feedback feedback--${tone}"
    part="feedback"
    tabindex="-1"
  >
    <p id=${labelId}>
      ${
        kind === 'refreshed'
          ? t(refreshedNotice(feedback.status))
          : kind === 'conditions'
            ? t('accept.conditionsFailed', { enterprise: invitation.enterpriseName })
            : describeError(t, feedback.error)
      }
    </p>
    ${
      kind === 'conditions'
        ? renderChecklist(
            t,
            feedback.checks.map((check) => ({ ...check, status: 'failed' as const })),
            labelId,
          )
        : nothing
    }
    ${
      kind === 'retryable'
        ? html`<button
            type="button"
            class="button"
            part="retry-button"
            aria-disabled=${state.busy}
            @click=${() => ctx.onAccept(invitation)}
          >
            ${t('common.retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/** Terms, consent and Accept/Decline for a pending invitation the account may still accept. */
function renderAnswer(
  t: AcceptTranslator,
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
) {
  const needsConsent = invitation.agreements.length > 0;
  return html`${invitation.unifiedAccounting ? renderAssociationTerms(t, cardId(invitation.id, 'terms'), 4) : nothing}
    ${
      needsConsent
        ? renderAgreementConsent(t, {
            id: cardId(invitation.id, 'consent'),
            agreements: invitation.agreements,
            checked: state.agreed,
            onToggle: (checked) => ctx.onToggle(invitation, checked),
            describedBy: state.showConsentError
              ? cardId(invitation.id, 'consent-error')
              : undefined,
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
    }
    ${renderFeedback(t, invitation, state, ctx)}
    <div class="actions">
      <button
        type="button"
        class="button button--primary"
        part="accept-button"
        aria-disabled=${state.busy}
        @click=${() => ctx.onAccept(invitation)}
      >
        ${t('accept.accept')}
      </button>
      ${renderDeclineButton(t, invitation, state, ctx)}
      ${state.busy ? html`<span class="hint" part="progress">${t('accept.busy.accepting')}</span>` : nothing}
    </div>`;
}

function renderDeclineButton(
  t: AcceptTranslator,
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
) {
  return html`<button
    type="button"
    id=${cardId(invitation.id, 'decline')}
    class="button"
    part="decline-button"
    aria-disabled=${state.busy}
    @click=${() => ctx.onDecline(invitation)}
  >
    ${t('accept.decline')}
  </button>`;
}

/** A pending invitation the account cannot accept because it already has a master account. */
function renderMemberBlock(
  t: AcceptTranslator,
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
) {
  const check = { code: 'NOT_ALREADY_MEMBER', status: 'failed' as const, message: '' };
  return html`<div class="member-block" part="member-block">
      <p id=${cardId(invitation.id, 'member-label')}>${t('accept.memberAlready')}</p>
      ${renderChecklist(t, [check], cardId(invitation.id, 'member-label'))}
    </div>
    ${renderFeedback(t, invitation, state, ctx)}
    <div class="actions">${renderDeclineButton(t, invitation, state, ctx)}</div>`;
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
  const { t, now } = ctx;
  return html`<article
    class="invitation invitation--${invitation.status}"
    part="invitation"
    aria-labelledby=${cardId(invitation.id, 'heading')}
  >
    <header class="invitation__header">
      <h3
        id=${cardId(invitation.id, 'heading')}
        class="invitation__heading"
        part="invitation-heading"
        tabindex="-1"
      >
        ${t('accept.card.heading', {
          enterprise: invitation.enterpriseName,
          master: invitation.masterAccountName,
        })}
      </h3>
      <span class="badge badge--${invitation.status}" part="status-badge">
        <span class="visually-hidden">${t('accept.card.status')}</span>
        ${t(`status.${invitation.status}`)}
      </span>
    </header>
    ${renderInvitationDetails(t, invitation, now)} ${renderNotes(t, invitation.notes)}
    ${
      invitation.status !== 'pending'
        ? html`<p class="hint" part="closed-hint">${t(`accept.closed.${invitation.status}`)}</p>
            ${renderFeedback(t, invitation, state, ctx)}`
        : ctx.isMember
          ? renderMemberBlock(t, invitation, state, ctx)
          : renderAnswer(t, invitation, state, ctx)
    }
  </article>`;
}
