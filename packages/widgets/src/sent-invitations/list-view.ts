import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Invitation } from '@enterprise-center/sdk';
import { describeError } from '../shared/describe-error.js';
import type { SentTranslator } from './messages.js';
import { STATUS_FILTERS, type StatusFilter } from './status-filter.js';

/** The Status filter above the list; `onChange` hears the select's `change`. */
export function renderStatusFilter(
  t: SentTranslator,
  selected: StatusFilter,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    <div class="field">
      <label for="status-filter" part="label">${t('sent.filter.label')}</label>
      <select id="status-filter" part="status-select" @change=${onChange}>
        ${STATUS_FILTERS.map(
          (filter) =>
            html`<option value=${filter} ?selected=${filter === selected}>
              ${filter === 'all' ? t('sent.filter.all') : t(`status.${filter}`)}
            </option>`,
        )}
      </select>
    </div>
  </div>`;
}

/**
 * The notes about invitations that no longer exist (taken off the list), newest last; `focusRef`
 * goes on the newest when the focus is to go there.
 */
export function renderGoneNotes(
  t: SentTranslator,
  accounts: readonly string[],
  focusRef: Ref<HTMLElement> | undefined,
): TemplateResult | typeof nothing {
  if (accounts.length === 0) return nothing;
  return html`<div class="notes" part="notes">
    ${accounts.map(
      (account, index) =>
        html`<p
          class="note"
          part="note"
          tabindex="-1"
          ${focusRef && index === accounts.length - 1 ? ref(focusRef) : nothing}
        >
          ${t('sent.gone', { account })}
        </p>`,
    )}
  </div>`;
}

/** What the list says when the filter `status` lists nothing, and how to see more. */
export function renderEmpty(t: SentTranslator, status: StatusFilter): TemplateResult {
  return html`<div part="empty">
    <p>${t(`sent.empty.${status}`)}</p>
    ${status === 'all' ? nothing : html`<p class="hint">${t('sent.empty.hint')}</p>`}
  </div>`;
}

/** The table of `rows` (each rendered by `row`), named by the heading and described by the count. */
export function renderTable(
  t: SentTranslator,
  rows: readonly Invitation[],
  row: (invitation: Invitation) => TemplateResult,
): TemplateResult {
  return html`<table
    role="table"
    class="table"
    part="table"
    aria-labelledby="heading"
    aria-describedby="count"
  >
    <thead role="rowgroup">
      <tr role="row">
        ${[
          t('sent.column.account'),
          t('sent.column.status'),
          t('common.orgUnit'),
          t('common.paymentMethod'),
          t('sent.column.sent'),
          t('sent.column.expires'),
          t('sent.column.actions'),
        ].map((column) => html`<th role="columnheader" scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${repeat(rows, (invitation) => invitation.id, row)}
    </tbody>
  </table>`;
}

/** What {@link renderMore} shows and wires. */
export interface MoreOptions {
  /** "Showing 20 of 312 invitations". */
  count: string;
  /** How many the server has that the list has not asked for yet. */
  remaining: number;
  loading: boolean;
  /** Why the last further page failed, if it did. */
  failure: unknown;
  button: Ref<HTMLButtonElement>;
  onMore: () => void;
}

/** The count, "Load more" while the server has more, and why the last page failed, if it did. */
export function renderMore(t: SentTranslator, options: MoreOptions): TemplateResult {
  const { loading, failure } = options;
  return html`<div class="more">
    <p id="count" class="hint" part="count">${options.count}</p>
    ${
      options.remaining > 0
        ? html`<button
            type="button"
            class="button"
            part="load-more-button"
            aria-describedby="count"
            aria-disabled=${loading}
            ${ref(options.button)}
            @click=${options.onMore}
          >
            ${t('sent.loadMore')}
          </button>`
        : nothing
    }
    ${loading ? html`<p class="hint" part="progress">${t('sent.loadingMore')}</p>` : nothing}
    ${
      failure === undefined
        ? nothing
        : html`<p class="error" part="error">
            ${t('sent.loadMoreFailed', { reason: describeError(t, failure) })}
          </p>`
    }
  </div>`;
}
