import { html, type TemplateResult } from 'lit';

/**
 * One "label: value" row of a details list (`<dl class="pairs">`): side by side while both fit,
 * the value under its label in a narrow column (the shared `.pair` styles).
 */
export function renderPair(label: string, value: unknown): TemplateResult {
  return html`<div class="pair">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}
