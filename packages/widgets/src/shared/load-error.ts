import { html, nothing, type TemplateResult } from 'lit';
import type { AnyTranslator } from './i18n/translator.js';

/**
 * A failed load in words (`part="error"`), with a Retry button (`part="retry-button"`) when
 * `onRetry` is given, i.e. when trying again may help.
 */
export function renderLoadError(
  t: AnyTranslator,
  message: string,
  onRetry: (() => void) | undefined,
): TemplateResult {
  return html`<div part="error">
    <p id="load-error" class="error">${message}</p>
    ${
      onRetry
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
