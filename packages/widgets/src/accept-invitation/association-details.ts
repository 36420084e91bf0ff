import { html, type TemplateResult } from 'lit';
import type { Association, Invitation } from '@enterprise-center/sdk';
import { formatDateTime, formatRelative } from '../shared/format.js';
import { renderPair } from '../shared/pairs.js';
import type { AcceptTranslator } from './messages.js';

/** What an invitation and an association both tell: who, where, and paid by whom. */
type Terms = Pick<
  Invitation & Association,
  'masterAccountName' | 'enterpriseName' | 'orgName' | 'paymentMethod'
>;

/**
 * The details list of an invitation or association: the master account, enterprise, unit and
 * payment method, then the `more` rows ({@link renderPair}s).
 */
export function renderDetails(
  t: AcceptTranslator,
  terms: Terms,
  more: TemplateResult,
): TemplateResult {
  // Display fields may be null (API.md §1): "—" says that the server did not name them.
  const none = t('common.none');
  return html`<dl class="details pairs" part="details">
    ${renderPair(t('accept.field.master'), terms.masterAccountName)}
    ${renderPair(t('accept.field.enterprise'), terms.enterpriseName ?? none)}
    ${renderPair(t('common.orgUnit'), terms.orgName ?? none)}
    ${renderPair(t('common.paymentMethod'), t(`payment.${terms.paymentMethod}`))} ${more}
  </dl>`;
}

/** A time as "in 12 days (Dec 8, 2026, 3:00 AM)", machine-readable in `datetime`. */
export function renderWhen(t: AcceptTranslator, iso: string): TemplateResult {
  const text = t('accept.when', {
    relative: formatRelative(t.locale, iso),
    absolute: formatDateTime(t.locale, iso),
  });
  return html`<time datetime=${iso}>${text}</time>`;
}

/** Who the master account is and on what terms the account is associated with it. */
export function renderAssociationDetails(
  t: AcceptTranslator,
  association: Association,
): TemplateResult {
  return renderDetails(
    t,
    association,
    html`${renderPair(
      t('accept.field.unifiedAccounting'),
      t(association.unifiedAccounting ? 'accept.unified.on' : 'accept.unified.off'),
    )}
    ${renderPair(t('accept.field.since'), renderWhen(t, association.associatedAt))}`,
  );
}
