import { html, nothing, type TemplateResult } from 'lit';

/**
 * A field's validation or refusal message, if there is one to show now, as `#{field}-feedback`
 * (the id its control's `aria-describedby` names while it shows).
 */
export function renderFieldFeedback(
  field: string,
  feedback: string | undefined,
): TemplateResult | typeof nothing {
  return feedback
    ? html`<p id="${field}-feedback" class="error" part="feedback">${feedback}</p>`
    : nothing;
}
