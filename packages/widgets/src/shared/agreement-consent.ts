import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { AnyTranslator } from './i18n/translator.js';

/** The agreement fields the consent checkbox needs. */
export interface ConsentAgreement {
  id: string;
  /** A display field: `null` when the server sent none (the agreement's id stands in). */
  name: string | null;
  version: string;
  url: string;
}

/** Options of {@link renderAgreementConsent}. */
export interface ConsentOptions {
  /** The checkbox's id in its shadow root (its label's `for`). */
  id: string;
  /** Filled with the checkbox (focus goes there when it must be ticked). */
  checkbox?: Ref<HTMLInputElement> | undefined;
  agreements: readonly ConsentAgreement[];
  checked: boolean;
  onToggle: (checked: boolean) => void;
  /** Id of the element explaining why the box must be ticked, when it is shown. */
  describedBy?: string | undefined;
  invalid?: boolean;
}

/**
 * Only web links become links: a `javascript:` or `data:` URL is shown as plain text. Without
 * `base` only absolute URLs count (the server's agreement links); with it, relative ones too.
 */
export function isSafeLink(url: string, base?: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url, base).protocol);
  } catch {
    return false;
  }
}

/**
 * "I have read and agree to the <agreement> (version …) and <agreement> …" — one checkbox whose
 * accessible name starts with "I have read and agree", linking every agreement.
 */
export function renderAgreementConsent(t: AnyTranslator, options: ConsentOptions): TemplateResult {
  const { id, agreements, checked, onToggle, describedBy, invalid = false, checkbox } = options;
  return html`<div class="consent" part="consent">
    <input
      ${checkbox ? ref(checkbox) : nothing}
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
      ${agreements.map((agreement, index) => {
        const name = agreement.name ?? agreement.id;
        return html`${index > 0 ? html` ${t('agreements.and')} ` : nothing}${
          isSafeLink(agreement.url)
            ? html`<a href=${agreement.url} target="_blank" rel="noopener noreferrer" part="link"
                >${name}</a
              >`
            : name
        }
        ${t('agreements.version', { version: agreement.version })}`;
      })}</label
    >
  </div>`;
}
