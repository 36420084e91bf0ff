import { html, nothing, type TemplateResult } from 'lit';
import { translateKey, type AnyTranslator } from './i18n/translator.js';

/** What a condition is, what is wrong and what to do, in the user's language. */
export interface ConditionText {
  label: string;
  problem: string;
  remedy: string;
}

/**
 * Texts for a condition code. Codes this version does not know show the server's message as the
 * problem, so a new server-side rule still explains itself (nothing when it sent none).
 */
export function describeCondition(
  t: AnyTranslator,
  code: string,
  serverMessage: string | null,
): ConditionText {
  const known = t.has(`condition.${code}.label`);
  const text = (part: keyof ConditionText) =>
    translateKey(t, `condition.${known ? code : 'unknown'}.${part}`, { code });
  return {
    label: text('label'),
    problem: known ? text('problem') : (serverMessage ?? ''),
    remedy: text('remedy'),
  };
}

/** A condition result as the checklist shows it (a precheck Check, or a failed check). */
export interface ChecklistItem {
  code: string;
  status: 'passed' | 'failed' | 'skipped' | 'unknown';
  /** The server's explanation (a display field: `null` when it sent none). */
  message: string | null;
}

/**
 * The conditions that apply (skipped ones are left out), failed first, each with its status in
 * words (never colour alone) and, when failed, what is wrong and what the account owner can do.
 */
export function renderChecklist(
  t: AnyTranslator,
  items: readonly ChecklistItem[],
  labelId: string,
): TemplateResult {
  const applicable = items.filter(
    (item): item is ChecklistItem & { status: Exclude<ChecklistItem['status'], 'skipped'> } =>
      item.status !== 'skipped',
  );
  const ordered = [
    ...applicable.filter((item) => item.status === 'failed'),
    ...applicable.filter((item) => item.status !== 'failed'),
  ];
  return html`<ul class="checklist" part="checklist" aria-labelledby=${labelId}>
    ${ordered.map((item) => {
      const text = describeCondition(t, item.code, item.message);
      return html`<li class="check check--${item.status}" part="check check-${item.status}">
        <span class="check__mark" aria-hidden="true"
          >${item.status === 'passed' ? '✓' : item.status === 'failed' ? '✕' : '?'}</span
        >
        <span class="check__body">
          <span class="check__label">${text.label}</span>
          <span class="hint">${t(`check.${item.status}`)}</span>
          ${
            item.status === 'failed'
              ? html`<span class="check__problem">${text.problem}</span>
                  <span class="check__remedy">${text.remedy}</span>`
              : nothing
          }
        </span>
      </li>`;
    })}
  </ul>`;
}
