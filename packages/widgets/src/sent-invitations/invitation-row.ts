import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Invitation } from '@enterprise-center/sdk';
import type { UserAction } from '../shared/user-action.js';
import { renderRowFeedback } from './row-feedback.js';
import type { RowAction } from './events.js';
import type { RowRequest } from './row-actions.js';
import type { SentTranslator } from './messages.js';
import { describeWhen } from './when.js';

/** The spots of a row the focus can be sent to. */
export type RowSpot = 'heading' | 'cancel' | 'feedback';

/** What a row needs besides its invitation. */
export interface RowContext {
  t: SentTranslator;
  /** The clock reading relative times are counted from. */
  now: number;
  /** Which spot of this row carries `focusRef` (the element focuses it after rendering). */
  focusSpot: RowSpot | undefined;
  focusRef: Ref<HTMLElement>;
  /** The row's action controller, once the user has acted on it. */
  action: UserAction<RowRequest, Invitation> | undefined;
  onCancel: (invitation: Invitation) => void;
  onResend: (invitation: Invitation) => void;
  onRetry: (request: RowRequest) => void;
}

/** The columns, in order: the row header and the cells after it. */
export const COLUMN_COUNT = 7;

/**
 * A cell's value, with its column name shown before it when rows are stacked cards. Table parts
 * carry their roles explicitly: `display: block` (the card layout) drops the implicit ones in some
 * engines (docs/decisions/0803).
 */
function cell(label: string, value: unknown, extraClass = ''): TemplateResult {
  return html`<td role="cell" class=${`cell ${extraClass}`}>
    <span class="cell__label" aria-hidden="true">${label}</span>
    <span class="cell__value">${value}</span>
  </td>`;
}

/** A moment as "in 3 days" over the exact date, time and time zone in the user's locale. */
function when(t: SentTranslator, iso: string, now: number): TemplateResult {
  const { relative, exact } = describeWhen(t.locale, iso, now);
  return html`<time datetime=${iso}>${relative} <span class="when__exact">${exact}</span></time>`;
}

/** `ref(focusRef)` on the spot the focus goes to, nothing elsewhere. */
function focusAt(ctx: RowContext, spot: RowSpot) {
  return ctx.focusSpot === spot ? ref(ctx.focusRef) : nothing;
}

/** What an invitation offers: Cancel when pending, Resend when pending or expired. */
function actionsFor(status: Invitation['status']): RowAction[] {
  if (status === 'pending') return ['cancel', 'resend'];
  return status === 'expired' ? ['resend'] : [];
}

/** The row's actions, each a button named with the invited account ("Cancel invitation to …"). */
function renderActions(ctx: RowContext, invitation: Invitation): TemplateResult {
  const { t } = ctx;
  const account = invitation.inviteeAccountName;
  const busy = ctx.action?.pending ?? false;
  return html`<div class="row-actions">
    ${actionsFor(invitation.status).map(
      (action) =>
        html`<button
          type="button"
          class="button"
          part=${`${action}-button`}
          aria-label=${t(`sent.${action}.name`, { account })}
          aria-disabled=${busy}
          ${action === 'cancel' ? focusAt(ctx, 'cancel') : nothing}
          @click=${() => (action === 'cancel' ? ctx.onCancel : ctx.onResend)(invitation)}
        >
          ${t(`sent.${action}`)}
        </button>`,
    )}
  </div>`;
}

/**
 * One invitation as a table row (a card when the element is narrow): the invited account as the
 * row header, its status in words, unit, payment method, when it was sent and when it expires,
 * and its actions; below it, a row with the outcome of the last action on it, if any.
 */
export function renderInvitationRow(ctx: RowContext, invitation: Invitation): TemplateResult {
  const { t, now } = ctx;
  const { status } = invitation;
  const busy = ctx.action?.pending ?? false;
  const expires =
    status === 'pending' || status === 'expired'
      ? when(t, invitation.expiredAt, now)
      : html`<span class="hint">${t('sent.doesNotApply')}</span>`;
  const feedback = ctx.action
    ? renderRowFeedback(t, ctx.action, { focus: focusAt(ctx, 'feedback'), onRetry: ctx.onRetry })
    : nothing;
  return html`<tr
      role="row"
      class=${busy ? 'row row--busy' : 'row'}
      part="row"
      aria-busy=${busy ? 'true' : nothing}
      data-invitation=${invitation.id}
    >
      <th role="rowheader" scope="row" part="account" tabindex="-1" ${focusAt(ctx, 'heading')}>
        ${invitation.inviteeAccountName}
      </th>
      ${cell(
        t('sent.column.status'),
        html`<span class=${`badge badge--${status}`} part="status-badge"
          >${t(`status.${status}`)}</span
        >`,
      )}
      ${cell(
        t('common.orgUnit'),
        invitation.orgName || t('sent.unnamedUnit', { id: invitation.orgId }),
      )}
      ${cell(t('common.paymentMethod'), t(`payment.${invitation.paymentMethod}`))}
      ${cell(t('sent.column.sent'), when(t, invitation.createdAt, now))}
      ${cell(t('sent.column.expires'), expires)}
      ${cell(t('sent.column.actions'), renderActions(ctx, invitation), 'cell--actions')}
    </tr>
    ${
      feedback === nothing
        ? nothing
        : html`<tr role="row" class="feedback-row" data-invitation=${invitation.id}>
            <td role="cell" colspan=${COLUMN_COUNT}>${feedback}</td>
          </tr>`
    }`;
}
