import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Invitation, InvitationSettings } from '@enterprise-center/sdk';
import { describeError } from '../shared/describe-error.js';
import { formatDateTime } from '../shared/format.js';
import { renderLoadError } from '../shared/load-error.js';
import type { Translator } from '../shared/i18n/translator.js';
import type { Refusal } from '../shared/refusal.js';
import type { InviteMessageKey } from './messages.js';

type Quota = InvitationSettings['memberQuota'];

/** Member slots still free: the quota minus members minus pending invitations. */
export function freeSlots(quota: Quota): number {
  return quota.max - quota.used - quota.pending;
}

/** A plain statement of why there is no form, and what to do about it. */
function renderNotice(
  heading: string,
  body: string,
  remedy: string,
  headingRef?: Ref<HTMLHeadingElement>,
): TemplateResult {
  return html`<section class="notice" part="notice" aria-labelledby="notice-heading">
    <h3 id="notice-heading" tabindex="-1" ${headingRef ? ref(headingRef) : nothing}>${heading}</h3>
    <p>${body}</p>
    <p>${remedy}</p>
  </section>`;
}

/** Every member slot is taken (members plus pending invitations). */
export function renderNoSlotNotice(
  t: Translator<InviteMessageKey>,
  quota: Quota,
  headingRef: Ref<HTMLHeadingElement>,
): TemplateResult {
  return renderNotice(
    t('invite.noSlot.heading'),
    t('invite.noSlot.body', { ...quota, count: quota.max }),
    t('condition.MEMBER_QUOTA_AVAILABLE.remedy'),
    headingRef,
  );
}

/**
 * Why the form could not be loaded: the caller is not an enterprise master account (`CBC.0151`),
 * or the failure explained, with a Retry when trying again may help. Nothing for an aborted load
 * (the element left the page and loads again when it comes back) nor for an expired sign-in (the
 * element's neutral "sign in again" state says it).
 */
export function renderLoadFailure(
  t: Translator<InviteMessageKey>,
  error: unknown,
  refusal: Refusal,
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (refusal.kind === 'aborted' || refusal.kind === 'session-expired') return nothing;
  if (refusal.kind === 'forbidden') {
    return renderNotice(
      t('invite.notMaster.heading'),
      t('invite.notMaster.body'),
      t('invite.notMaster.remedy'),
    );
  }
  return renderLoadError(
    t,
    t('invite.loadFailed', { reason: describeError(t, error) }),
    refusal.kind === 'retryable' ? onRetry : undefined,
  );
}

/**
 * The invitation just sent, with a way to invite another account. `orgName` names its unit when
 * the server's answer does not (a display field may be `null`).
 */
export function renderSuccess(
  t: Translator<InviteMessageKey>,
  invitation: Invitation,
  orgName: string,
  headingRef: Ref<HTMLHeadingElement>,
  onInviteAnother: () => void,
): TemplateResult {
  return html`<section class="success" part="success" aria-labelledby="success-heading">
    <h3 id="success-heading" tabindex="-1" ${ref(headingRef)}>${t('invite.success.heading')}</h3>
    <p>
      ${t('invite.success.body', {
        account: invitation.inviteeAccountName,
        org: invitation.orgName ?? orgName,
      })}
    </p>
    <p>${t('invite.success.expiry', { date: formatDateTime(t.locale, invitation.expiredAt) })}</p>
    <div class="actions">
      <button type="button" class="button" part="again-button" @click=${onInviteAnother}>
        ${t('invite.success.again')}
      </button>
    </div>
  </section>`;
}
