import { html, type TemplateResult } from 'lit';
import type { Association } from '@enterprise-center/sdk';
import { formatDateTime, formatRelative } from '../shared/format.js';
import type { AcceptTranslator } from './messages.js';

/** One "label: value" row of a details list. */
export function detailRow(label: string, value: unknown): TemplateResult {
  return html`<div class="detail">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** A time as "in 12 days (Dec 8, 2026, 3:00 AM)", machine-readable in `datetime`. */
export function renderWhen(t: AcceptTranslator, iso: string, now: number): TemplateResult {
  const text = t('accept.when', {
    relative: formatRelative(t.locale, iso, now),
    absolute: formatDateTime(t.locale, iso),
  });
  return html`<time datetime=${iso}>${text}</time>`;
}

/** Who the master account is and on what terms the account is associated with it. */
export function renderAssociationDetails(
  t: AcceptTranslator,
  association: Association,
  now: number,
): TemplateResult {
  return html`<dl class="details" part="details">
    ${detailRow(t('accept.field.master'), association.masterAccountName)}
    ${detailRow(t('accept.field.enterprise'), association.enterpriseName)}
    ${detailRow(t('accept.field.orgUnit'), association.orgName)}
    ${detailRow(t('accept.field.payment'), t(`payment.${association.paymentMethod}`))}
    ${detailRow(
      t('accept.field.unifiedAccounting'),
      t(association.unifiedAccounting ? 'accept.unified.on' : 'accept.unified.off'),
    )}
    ${detailRow(t('accept.field.since'), renderWhen(t, association.associatedAt, now))}
  </dl>`;
}
