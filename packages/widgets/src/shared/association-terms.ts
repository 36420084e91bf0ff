import { html, type TemplateResult } from 'lit';
import type { Translator } from './i18n/localize.js';

const terms = [
  'association.suspension',
  'association.expenditure',
  'association.budget',
  'association.history',
] as const;

/**
 * What association under a master with unified accounting means for the member (API.md §5),
 * shown to the inviter before submitting and to the invitee before accepting.
 */
export function renderAssociationTerms(t: Translator<string>, headingId: string): TemplateResult {
  return html`<section class="terms" part="association-terms" aria-labelledby=${headingId}>
    <h3 id=${headingId} class="terms__heading">${t('association.heading')}</h3>
    <ul class="terms__list">
      ${terms.map((key) => html`<li>${t(key)}</li>`)}
    </ul>
  </section>`;
}
