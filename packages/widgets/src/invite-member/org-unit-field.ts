import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Translator } from '../shared/i18n/translator.js';
import { renderFieldFeedback } from './field-feedback.js';
import type { InviteMessageKey } from './messages.js';
import { filterUnits, type OrgUnit } from './org-units.js';

/** Above this many units a filter box helps find one (a few units fit in the list as they are). */
export const FILTER_THRESHOLD = 12;

/** What the organization unit field shows and reports. */
export interface OrgUnitFieldOptions {
  units: readonly OrgUnit[];
  /** The chosen unit, if it is in the tree. */
  selected: OrgUnit | undefined;
  filter: string;
  /** The feedback to show now (visibility already decided), or undefined. */
  feedback: string | undefined;
  /** Filled with the `<select>` (focus goes there). */
  select: Ref<HTMLSelectElement>;
  onFilter: (filter: string) => void;
  onSelect: (id: string) => void;
}

/** One level of indentation in the list (no-break spaces: an option's text keeps them). */
const INDENT = '\u00a0\u00a0\u00a0';

/**
 * A native `<select>` labelled "Organization unit" listing the tree in order, indented by depth
 * (native selects are fast with thousands of options and keyboard- and screen-reader-friendly).
 * Large trees get a filter box; while filtering, options show full paths so equal names in
 * different branches stay distinguishable. The selected unit stays listed even when filtered out.
 */
export function renderOrgUnitField(
  t: Translator<InviteMessageKey>,
  options: OrgUnitFieldOptions,
): TemplateResult {
  const { units, selected, filter, feedback } = options;
  const filterable = units.length > FILTER_THRESHOLD;
  // What the user is filtering by ('' when not filtering).
  const query = filterable ? filter.trim() : '';
  const matches = filterUnits(units, query);
  const listed = selected && !matches.includes(selected) ? [selected, ...matches] : matches;
  const describedBy = feedback ? 'org-hint org-feedback' : 'org-hint';
  const list = html`<select
    ${ref(options.select)}
    id="org"
    part="org-select"
    aria-describedby=${describedBy}
    aria-invalid=${!!feedback}
    @change=${(event: Event) => options.onSelect((event.target as HTMLSelectElement).value)}
  >
    ${
      selected
        ? nothing
        : html`<option value="" .selected=${true}>${t('invite.org.placeholder')}</option>`
    }
    ${listed.map((unit) => {
      const text = query ? unit.path : `${INDENT.repeat(unit.depth)}${unit.name}`;
      return html`<option value=${unit.id} .selected=${unit === selected}>${text}</option>`;
    })}
  </select>`;
  return html`<div class="field" part="org-field">
    <label for="org" part="label">${t('common.orgUnit')}</label>
    <span id="org-hint" class="hint" part="hint">${t('invite.org.hint')}</span>
    ${
      filterable
        ? html`<div class="org-filter">
            <label for="org-filter" class="org-filter__label">${t('invite.org.filter')}</label>
            <input
              id="org-filter"
              type="search"
              part="org-filter"
              autocomplete="off"
              aria-controls="org"
              aria-describedby="org-matches"
              .value=${filter}
              @input=${(event: Event) => options.onFilter((event.target as HTMLInputElement).value)}
            />
            <span id="org-matches" class="hint" aria-live="polite"
              >${
                !query
                  ? nothing
                  : matches.length
                    ? t('invite.org.matches', { count: matches.length, total: units.length })
                    : t('invite.org.noMatch', { filter: query })
              }</span
            >
          </div>`
        : nothing
    }
    ${
      // A new <select> whenever the filter changes: Firefox adds options to and removes them from
      // a <select> in place one slow step at a time (docs/browsers.md). Not keyed by the tree: a
      // reload keeps the list (and its focus), updating the options in place.
      keyed(query, list)
    }
    ${renderFieldFeedback('org', feedback)}
  </div>`;
}
