import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../shared/format.js';
import type { Translator } from '../shared/i18n/localize.js';
import type { Invitation, InvitationSettings } from '@enterprise-center/sdk';
import type { InviteMessageKey } from './messages.js';

type Quota = InvitationSettings['memberQuota'];

/** Member slots still free: the quota minus members minus pending invitations. */
export function freeSlots(quota: Quota): number {
  return quota.max - quota.used - quota.pending;
}

/** "Member quota: 6 of 10 used, 1 pending". */
export function renderQuota(t: Translator<InviteMessageKey>, quota: Quota): TemplateResult {
  return html`<p class="hint" part="quota">${t('invite.quota', { ...quota })}</p>`;
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
    t('invite.noSlot.body', { ...quota }),
    t('condition.MEMBER_QUOTA_AVAILABLE.remedy'),
  );
}

/** The caller is not an enterprise master account (`CBC.0151`). */
export function renderNotMasterNotice(t: Translator<InviteMessageKey>): TemplateResult {
  return renderNotice(
    t('invite.notMaster.heading'),
    t('invite.notMaster.body'),
    t('invite.notMaster.remedy'),
  );
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

/** A failure with its explanation, and a Retry when trying again may help. */
export function renderFailure(
  message: string,
  retry: { label: string; onRetry: () => void } | undefined,
): TemplateResult {
  return html`<div class="failure" part="error">
    <p id="load-error" class="error">${message}</p>
    ${
      retry
        ? html`<button
            type="button"
            class="button"
            part="retry-button"
            aria-describedby="load-error"
            @click=${retry.onRetry}
          >
            ${retry.label}
          </button>`
        : nothing
    }
  </div>`;
}
