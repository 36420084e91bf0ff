import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import { isSafeLink } from '../shared/agreement-consent.js';
import { renderChecklist, type ChecklistItem } from '../shared/conditions.js';
import { describeError } from '../shared/describe-error.js';
import type { Translator } from '../shared/i18n/translator.js';
import { renderFieldFeedback } from './field-feedback.js';
import type { AccountState } from './form-state.js';
import type { InviteMessageKey } from './messages.js';

/** What the account field shows and reports. */
export interface AccountFieldOptions {
  value: string;
  state: AccountState;
  /** The validation message to show now (visibility already decided), or undefined. */
  feedback: string | undefined;
  /**
   * The account keeps Submit from going ahead and that is shown now: with `feedback`, or by the
   * status line and checklist alone when they already say what failed and what to do.
   */
  invalid: boolean;
  /** Filled with the textbox (focus goes there). */
  input: Ref<HTMLInputElement>;
  /** Where the host lists pending invitations (`pending-invitations-href`), or ''. */
  pendingInvitationsHref: string;
  /** The user follows the link to the pending invitations (before the browser does). */
  onPendingLink: (event: MouseEvent) => void;
  onInput: (value: string) => void;
  onBlur: () => void;
  onRetryCheck: () => void;
}

/** What the link to the pending invitations needs. */
type PendingLinkOptions = Pick<AccountFieldOptions, 'pendingInvitationsHref' | 'onPendingLink'>;

/** "acme-robotics (Acme Robotics Pte. Ltd.)", or the account alone when its enterprise is unknown. */
export function namedAccount(
  t: Translator<InviteMessageKey>,
  account: string,
  enterprise: string | undefined,
): string {
  return enterprise ? t('invite.account.named', { account, enterprise }) : account;
}

/** The sentence the polite live region announces for a state (empty when there is nothing new). */
function statusText(t: Translator<InviteMessageKey>, account: string, state: AccountState): string {
  switch (state.kind) {
    case 'checking':
      return t('invite.account.checking', { account });
    case 'eligible':
      return t('invite.account.eligible', {
        account: namedAccount(t, account, state.enterprise),
      });
    case 'ineligible':
    case 'refused':
      return t('invite.account.ineligible', {
        account,
        count: state.checks.filter((check) => check.status === 'failed').length,
      });
    case 'check-failed':
      return t('invite.account.checkFailed', { reason: describeError(t, state.error) });
    default:
      return '';
  }
}

/**
 * The conditions that apply: failed ones (and any with an unknown result) listed openly with what
 * to do, the passed ones folded into a disclosure so the form stays compact.
 */
function renderConditions(
  t: Translator<InviteMessageKey>,
  account: string,
  items: readonly ChecklistItem[],
  link: PendingLinkOptions,
): TemplateResult {
  const open = items.filter((item) => item.status !== 'passed' && item.status !== 'skipped');
  const passed = items.filter((item) => item.status === 'passed');
  return html`<div class="conditions" part="conditions">
    <h3 id="conditions-heading" class="conditions__heading">
      ${t('invite.checklist.heading', { account })}
    </h3>
    ${open.length ? renderChecklist(t, open, 'conditions-heading') : nothing}
    ${renderPendingLink(t, open, link)}
    ${
      passed.length
        ? html`<details class="conditions__passed" part="passed-conditions">
            <summary id="passed-heading">
              ${t('invite.checklist.passed', { count: passed.length })}
            </summary>
            ${renderChecklist(t, passed, 'passed-heading')}
          </details>`
        : nothing
    }
  </div>`;
}

/**
 * A link to the host's list of pending invitations, when the account already has one (its
 * condition `NO_PENDING_INVITATION` failed) and the host gave `pending-invitations-href`.
 */
function renderPendingLink(
  t: Translator<InviteMessageKey>,
  open: readonly ChecklistItem[],
  { pendingInvitationsHref: href, onPendingLink }: PendingLinkOptions,
): TemplateResult | typeof nothing {
  const pending = open.some((item) => item.code === 'NO_PENDING_INVITATION');
  if (!pending || !href || !isSafeLink(href, document.baseURI)) return nothing;
  return html`<p>
    <a href=${href} part="link pending-invitations-link" @click=${onPendingLink}>
      ${t('invite.pending.show')}
    </a>
  </p>`;
}

/**
 * The "Account name" textbox with its hint, validation feedback, a polite status line (checking…,
 * can / cannot be invited) and the checklist of the conditions that apply.
 */
export function renderAccountField(
  t: Translator<InviteMessageKey>,
  options: AccountFieldOptions,
): TemplateResult {
  const { value, state, feedback } = options;
  const account = value.trim();
  const items = 'checks' in state ? state.checks : undefined;
  const status = statusText(t, account, state);
  const describedBy = `account-hint ${feedback ? 'account-feedback ' : ''}account-status`;
  return html`<div class="field" part="account-field">
    <label for="account" part="label">${t('invite.account.label')}</label>
    <input
      ${ref(options.input)}
      id="account"
      type="text"
      part="input"
      autocomplete="off"
      autocapitalize="none"
      spellcheck="false"
      aria-describedby=${describedBy}
      aria-invalid=${options.invalid}
      .value=${value}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
      @blur=${options.onBlur}
    />
    <span id="account-hint" class="hint" part="hint">${t('invite.account.hint')}</span>
    ${renderFieldFeedback('account', feedback)}
    <div id="account-status" role="status" part="status" class="status--${state.kind}">
      ${status}
    </div>
    ${
      state.kind === 'check-failed'
        ? html`<button
            type="button"
            class="button"
            part="retry-check-button"
            @click=${options.onRetryCheck}
          >
            ${t('invite.account.retryCheck')}
          </button>`
        : nothing
    }
    ${items ? renderConditions(t, account, items, options) : nothing}
  </div>`;
}
