import { html, type TemplateResult } from 'lit';
import type { AnyTranslator } from './i18n/translator.js';

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
export function renderAssociationTerms(
  t: AnyTranslator,
  headingId: string,
  headingLevel: 3 | 4 = 3,
): TemplateResult {
  const text = t('association.heading');
  return html`<section class="terms" part="association-terms" aria-labelledby=${headingId}>
    ${
      headingLevel === 3
        ? html`<h3 id=${headingId}>${text}</h3>`
        : html`<h4 id=${headingId}>${text}</h4>`
    }
    <ul class="terms__list">
      ${terms.map((key) => html`<li>${t(key)}</li>`)}
    </ul>
  </section>`;
}
