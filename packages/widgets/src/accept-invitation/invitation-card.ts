import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation } from '@enterprise-center/sdk';
import { renderAgreementConsent } from '../shared/agreement-consent.js';
import { renderAssociationTerms } from '../shared/association-terms.js';
import { renderChecklist } from '../shared/conditions.js';
import { describeError } from '../shared/describe-error.js';
import type { SharedMessageKey } from '../shared/i18n/en.js';
import { detailRow, renderDetails, renderWhen } from './association-details.js';
import { cardIds, type CardState } from './card-state.js';
import { refreshedNotice, type AcceptMessageKey, type AcceptTranslator } from './messages.js';

/** The hint under an invitation that can no longer be answered, by status. */
const closedHint: Record<Exclude<Invitation['status'], 'pending'>, AcceptMessageKey> = {
  expired: 'accept.closed.expired',
  accepted: 'accept.closed.accepted',
  declined: 'accept.closed.declined',
  cancelled: 'accept.closed.cancelled',
  unknown: 'accept.closed.unknown',
};

/** The label of the second date row, by status (pending ones show when they expire). */
const closingLabel: Record<Invitation['status'], AcceptMessageKey | SharedMessageKey> = {
  pending: 'accept.card.expires',
  expired: 'status.expired',
  accepted: 'status.accepted',
  declined: 'status.declined',
  cancelled: 'status.cancelled',
  unknown: 'accept.card.updatedOn',
};

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
    ${detailRow(t(closingLabel[invitation.status]), renderWhen(t, closesAt, now))}`,
  );
}

function renderNotes(t: AcceptTranslator, notes: string | null) {
  if (!notes) return nothing;
  return html`<figure class="notes" part="notes">
    <figcaption class="hint">${t('accept.card.notes')}</figcaption>
    <blockquote>${notes}</blockquote>
  </figure>`;
}

function renderFeedback(
  t: AcceptTranslator,
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
) {
  const { feedback } = state;
  if (!feedback) return nothing;
  const ids = cardIds(invitation.id);
  const tone =
    feedback.kind === 'refreshed' && feedback.status === 'accepted' ? 'success' : 'error';
  let body: TemplateResult;
  switch (feedback.kind) {
    case 'retryable':
      body = html`<p>${describeError(t, feedback.error)}</p>
        <button
          type="button"
          class="button"
          part="retry-button"
          aria-disabled=${state.busy}
          @click=${() => ctx.onAccept(invitation)}
        >
          ${t('common.retry')}
        </button>`;
      break;
    case 'failed':
      body = html`<p>${describeError(t, feedback.error)}</p>`;
      break;
    case 'conditions':
      body = html`<p id=${ids.feedbackLabel}>
          ${t('accept.conditionsFailed', { enterprise: invitation.enterpriseName })}
        </p>
        ${renderChecklist(
          t,
          feedback.checks.map((check) => ({ ...check, status: 'failed' as const })),
          ids.feedbackLabel,
        )}`;
      break;
    case 'agreements-changed':
      body = html`<p>${t('error.agreementsChanged')}</p>`;
      break;
    case 'refreshed':
      body = html`<p>${t(refreshedNotice[feedback.status])}</p>`;
      break;
  }
  return html`<div
    id=${ids.feedback}
    class="feedback feedback--${tone}"
    part="feedback"
    tabindex="-1"
  >
    ${body}
  </div>`;
}

/** Terms, consent and Accept/Decline for a pending invitation the account may still accept. */
function renderAnswer(
  t: AcceptTranslator,
  invitation: Invitation,
  state: CardState,
  ctx: CardContext,
) {
  const ids = cardIds(invitation.id);
  const needsConsent = invitation.agreements.length > 0;
  return html`${invitation.unifiedAccounting ? renderAssociationTerms(t, ids.terms, 4) : nothing}
    ${
      needsConsent
        ? renderAgreementConsent(t, {
            id: ids.consent,
            agreements: invitation.agreements,
            checked: state.agreed,
            onToggle: (checked) => ctx.onToggle(invitation, checked),
            describedBy: state.showConsentError ? ids.consentError : undefined,
            invalid: state.showConsentError,
          })
        : nothing
    }
    ${
      state.showConsentError
        ? html`<p id=${ids.consentError} class="error" part="consent-error">
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
    id=${cardIds(invitation.id).decline}
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
  const ids = cardIds(invitation.id);
  const check = { code: 'NOT_ALREADY_MEMBER', status: 'failed' as const, message: '' };
  return html`<div class="member-block" part="member-block">
      <p id=${ids.memberLabel}>${t('accept.memberAlready')}</p>
      ${renderChecklist(t, [check], ids.memberLabel)}
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
  const ids = cardIds(invitation.id);
  return html`<article
    class="invitation invitation--${invitation.status}"
    part="invitation"
    aria-labelledby=${ids.heading}
  >
    <header class="invitation__header">
      <h3 id=${ids.heading} class="invitation__heading" part="invitation-heading" tabindex="-1">
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
        ? html`<p class="hint" part="closed-hint">${t(closedHint[invitation.status])}</p>
            ${renderFeedback(t, invitation, state, ctx)}`
        : ctx.isMember
          ? renderMemberBlock(t, invitation, state, ctx)
          : renderAnswer(t, invitation, state, ctx)
    }
  </article>`;
}
