import { html, nothing, type TemplateResult } from 'lit';
import type { AnyTranslator } from './i18n/localize.js';

/** The agreement fields the consent checkbox needs. */
export interface ConsentAgreement {
  id: string;
  name: string;
  version: string;
  url: string;
}

/** Options of {@link renderAgreementConsent}. */
export interface ConsentOptions {
  id: string;
  agreements: readonly ConsentAgreement[];
  checked: boolean;
  onToggle: (checked: boolean) => void;
  /** Id of the element explaining why the box must be ticked, when it is shown. */
  describedBy?: string | undefined;
  invalid?: boolean;
}

/** Only web links become links: a `javascript:` or `data:` URL is shown as plain text. */
export function isSafeLink(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * "I have read and agree to the <agreement> (version …) and <agreement> …" — one checkbox whose
 * accessible name starts with "I have read and agree", linking every agreement.
 */
export function renderAgreementConsent(t: AnyTranslator, options: ConsentOptions): TemplateResult {
  const { id, agreements, checked, onToggle, describedBy, invalid = false } = options;
  return html`<div class="consent" part="consent">
    <input
      type="checkbox"
      id=${id}
      part="consent-checkbox"
      .checked=${checked}
      aria-invalid=${invalid}
      aria-describedby=${describedBy ?? nothing}
      @change=${(event: Event) => onToggle((event.target as HTMLInputElement).checked)}
    />
    <label for=${id} part="consent-label"
      >${t('agreements.consent')}
      ${agreements.map(
        (agreement, index) =>
          html`${index > 0 ? html` ${t('agreements.and')} ` : nothing}${
            isSafeLink(agreement.url)
              ? html`<a href=${agreement.url} target="_blank" rel="noopener noreferrer" part="link"
                  >${agreement.name}</a
                >`
              : agreement.name
          }
          ${t('agreements.version', { version: agreement.version })}`,
      )}</label
    >
  </div>`;
}
