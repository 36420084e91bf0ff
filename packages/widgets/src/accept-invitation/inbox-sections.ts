import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Association, Invitation } from '@enterprise-center/sdk';
import { renderAssociationDetails } from './association-details.js';
import { inviterNames, type AcceptTranslator } from './messages.js';

/**
 * What the `invitation-id` link points at: "showing the invitation from your link" (with a way to
 * see the others), or plainly that it was not found.
 */
export function renderLinkNotice(
  t: AcceptTranslator,
  linked: Invitation | undefined,
  total: number,
  onShowAll: () => void,
): TemplateResult {
  if (!linked) {
    return html`<p class="notice notice--error" part="notice">${t('accept.focus.notFound')}</p>`;
  }
  return html`<p class="notice" part="notice">
    ${t('accept.focus.showing')}
    ${
      total > 1
        ? html`<button type="button" class="button" part="show-all-button" @click=${onShowAll}>
            ${t('accept.focus.showAll', { count: total })}
          </button>`
        : nothing
    }
  </p>`;
}

/** An invitation vanished (EM.1003) while being answered; the list was reloaded. */
export function renderGoneNotice(
  t: AcceptTranslator,
  gone: Invitation,
  notice: Ref<HTMLElement>,
): TemplateResult {
  return html`<p ${ref(notice)} class="notice notice--error" part="notice" tabindex="-1">
    ${t('accept.gone', inviterNames(gone))}
  </p>`;
}

/**
 * The account's master account: "Your master account", or — right after accepting here —
 * "You are now a member account of {enterprise}", with the association details.
 */
export function renderAssociation(
  t: AcceptTranslator,
  association: Association,
  joinedHere: boolean,
  heading: Ref<HTMLHeadingElement>,
): TemplateResult {
  return html`<section
    class="association ${joinedHere ? 'association--joined' : ''}"
    part="association"
    aria-labelledby="association-heading"
  >
    <h3 id="association-heading" tabindex="-1" ${ref(heading)}>
      ${joinedHere ? t('accept.joined', inviterNames(association)) : t('accept.association.heading')}
    </h3>
    ${renderAssociationDetails(t, association)}
  </section>`;
}

/**
 * No invitation is waiting for an answer: said for what the list holds — nothing at all, or only
 * invitations already answered or closed (shown below it).
 */
export function renderNoPending(
  t: AcceptTranslator,
  { listed, hasMaster }: { listed: number; hasMaster: boolean },
): TemplateResult {
  return html`<div class="empty" part="empty">
    <p>${t(listed > 0 ? 'accept.noneWaiting' : 'accept.noInvitations')}</p>
    ${hasMaster ? nothing : html`<p class="hint">${t('accept.noPendingHint')}</p>`}
  </div>`;
}

/** Loading the list failed (first load or a refresh), with a Retry. */
export function renderLoadFailed(
  t: AcceptTranslator,
  reason: string,
  hadList: boolean,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="notice notice--error" part="notice">
    <p>${t(hadList ? 'accept.refreshFailed' : 'accept.loadFailed')} ${reason}</p>
    <button type="button" class="button" part="retry-button" @click=${onRetry}>
      ${t('common.retry')}
    </button>
  </div>`;
}
