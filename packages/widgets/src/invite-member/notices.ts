import { html, nothing, type TemplateResult } from 'lit';
import {
  isEnterpriseCenterError,
  type Invitation,
  type InvitationSettings,
} from '@enterprise-center/sdk';
import { isAbortError } from '../shared/abort.js';
import { describeError, isRetryable } from '../shared/describe-error.js';
import { formatDate } from '../shared/format.js';
import type { Translator } from '../shared/i18n/localize.js';
import type { InviteMessageKey } from './messages.js';

type Quota = InvitationSettings['memberQuota'];

/** Member slots still free: the quota minus members minus pending invitations. */
export function freeSlots(quota: Quota): number {
  return quota.max - quota.used - quota.pending;
}

/** A plain statement of why there is no form, and what to do about it. */
function renderNotice(heading: string, body: string, remedy: string): TemplateResult {
  return html`<section class="notice" part="notice" aria-labelledby="notice-heading">
    <h3 id="notice-heading" tabindex="-1">${heading}</h3>
    <p>${body}</p>
    <p>${remedy}</p>
  </section>`;
}

/** Every member slot is taken (members plus pending invitations). */
export function renderNoSlotNotice(t: Translator<InviteMessageKey>, quota: Quota): TemplateResult {
  return renderNotice(
    t('invite.noSlot.heading'),
    t('invite.noSlot.body', quota),
    t('condition.MEMBER_QUOTA_AVAILABLE.remedy'),
  );
}

/**
 * Why the form could not be loaded: the caller is not an enterprise master account (`CBC.0151`),
 * or the failure explained, with a Retry when trying again may help. Nothing for an aborted load
 * (the element left the page and loads again when it comes back).
 */
export function renderLoadFailure(
  t: Translator<InviteMessageKey>,
  error: unknown,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (isAbortError(error)) return nothing;
  if (isEnterpriseCenterError(error, 'CBC.0151')) {
    return renderNotice(
      t('invite.notMaster.heading'),
      t('invite.notMaster.body'),
      t('invite.notMaster.remedy'),
    );
  }
  const message = t('invite.loadFailed', { reason: describeError(t, error) });
  return html`<div part="error">
    <p id="load-error" class="error">${message}</p>
    ${
      isRetryable(error)
        ? html`<button
            type="button"
            class="button"
            part="retry-button"
            aria-describedby="load-error"
            @click=${onRetry}
          >
            ${t('common.retry')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The invitation just sent, with a way to invite another account. */
export function renderSuccess(
  t: Translator<InviteMessageKey>,
  invitation: Invitation,
  onInviteAnother: () => void,
): TemplateResult {
  return html`<section class="success" part="success" aria-labelledby="success-heading">
    <h3 id="success-heading" tabindex="-1">${t('invite.success.heading')}</h3>
    <p>
      ${t('invite.success.body', {
        account: invitation.inviteeAccountName,
        org: invitation.orgName,
      })}
    </p>
    <p>${t('invite.success.expiry', { date: formatDate(t.locale, invitation.expiredAt) })}</p>
    <div class="actions">
      <button type="button" class="button" part="again-button" @click=${onInviteAnother}>
        ${t('invite.success.again')}
      </button>
    </div>
  </section>`;
}
