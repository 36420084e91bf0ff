import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, type Ref } from 'lit/directives/ref.js';
import { initialState, TaskStatus } from '@lit/task';
import type { CreateInvitationInput, InvitationSettings } from '@enterprise-center/sdk';
import { EnterpriseCenterElement } from '../shared/base-element.js';
import { renderAssociationTerms } from '../shared/association-terms.js';
import { ElementTask } from '../shared/element-task.js';
import { InvitationFailedEvent } from '../shared/events.js';
import { LocalizeController } from '../shared/i18n/localize-controller.js';
import { classifyRefusal } from '../shared/refusal.js';
import { AccountCheck } from './account-check.js';
import { namedAccount, renderAccountField } from './account-field.js';
import { renderConfirmDialog } from './confirm-dialog.js';
import {
  InvitationPendingEvent,
  InvitationSentEvent,
  PrecheckCompletedEvent,
  type InvitationPendingDetail,
} from './events.js';
import { renderConsentField, renderNotesField, renderSubmitRow } from './form-controls.js';
import { loadFormData } from './form-data.js';
import {
  ACCOUNT_NAME_MAX,
  blankForm,
  findProblems,
  type AccountState,
  type FieldName,
  type FormFields,
  type Problem,
} from './form-state.js';
import { InvitationSender } from './invitation-sender.js';
import { inviteMemberStyles } from './invite-member.styles.js';
import { inviteMemberMessages, type InviteMessageKey } from './messages.js';
import { freeSlots, renderLoadFailure, renderNoSlotNotice, renderSuccess } from './notices.js';
import { renderOrgUnitField } from './org-unit-field.js';
import { sentListOnPage } from './pending-link.js';
import type { OrgUnit } from './org-units.js';
import {
  defaultPaymentMethod,
  renderPaymentField,
  type RequestedPaymentMethod,
} from './payment-field.js';
import { precheckKey, type PrecheckInput } from './precheck-cache.js';

/**
 * Invites an existing Huawei Cloud account into the enterprise as a member account: choose the
 * organization unit, type the account (checked against every invitation condition while typing),
 * choose the payment method, accept the agreements, Submit and confirm with OK.
 *
 * Submit stays enabled: clicking it with something missing explains each problem beside its field
 * and moves focus to the first one (docs/decisions/0301-invite-validate-on-submit.md).
 *
 * @fires invitation-submit - {InvitationSubmitEvent} Before each send (OK or Retry); cancelable:
 *   `preventDefault()` vetoes it. `detail` is the request.
 * @fires invitation-sent - {InvitationSentEvent} The invitation was created; `detail` is it.
 * @fires invitation-failed - {InvitationFailedEvent} Sending failed; `detail` is the SDK error.
 * @fires invitation-pending - {InvitationPendingEvent} The account already has a pending invitation
 *   (the server refused a second one, EM.1002); `detail` names it, for a host to show or resend it.
 * @fires precheck-completed - {PrecheckCompletedEvent} A precheck result is shown; `detail` is it.
 * @fires load-failed - {LoadFailedEvent} The settings or the organization tree could not be
 *   loaded; `detail` is the SDK error.
 * @fires session-expired - {SessionExpiredEvent} A call answered 401 `APIG.0301`: the element shows
 *   a neutral "sign in again" state until the host signs the user in again and calls `refresh()`;
 *   `detail` is the SDK error.
 *
 * @csspart base - The element's outer wrapper (`aria-busy` while loading).
 * @csspart heading - The element's heading.
 * @csspart quota - The member quota line.
 * @csspart notice - The "no slot left" / "not a master account" / "not configured" / "sign in
 *   again" statement.
 * @csspart session-expired - The "sign in again" statement (also a `notice`).
 * @csspart error - A load failure with its Retry.
 * @csspart form - The form.
 * @csspart label - Field labels and the payment legend.
 * @csspart hint - Field hints.
 * @csspart feedback - A field's validation or refusal message.
 * @csspart org-field - The organization unit field.
 * @csspart org-filter - The filter box (trees of more than 12 units).
 * @csspart org-select - The organization unit list.
 * @csspart account-field - The account field.
 * @csspart input - The account name textbox.
 * @csspart status - The polite live line saying what the account check found (or "Loading…").
 * @csspart retry-check-button - Checks the account again after a failed check.
 * @csspart conditions - The conditions block under the account.
 * @csspart checklist - A list of conditions; `check`, `check-passed`, `check-failed` its rows.
 * @csspart passed-conditions - The disclosure holding the passed conditions.
 * @csspart payment-methods - The payment method group; `payment-option` each option.
 * @csspart association-terms - What association means (unified accounting only).
 * @csspart notes-field - The notes field; `notes` its textarea.
 * @csspart consent - The agreements row; `consent-checkbox`, `consent-label`, `link` inside.
 * @csspart submit-button - The Submit button.
 * @csspart retry-button - Retry after a failure (same idempotency key when resending).
 * @csspart submit-status - The polite line reporting sending, a veto or a failure.
 * @csspart dialog - The confirmation dialog; `summary`, `dialog-ok`, `dialog-cancel` inside.
 * @csspart success - The "Invitation sent" panel; `again-button` starts over.
 *
 * @cssproperty --ec-font-family - Font family.
 * @cssproperty --ec-font-size - Base font size.
 * @cssproperty --ec-color-text - Text colour.
 * @cssproperty --ec-color-muted - Hints and secondary text.
 * @cssproperty --ec-color-background - Background of the element and its inputs.
 * @cssproperty --ec-color-surface - Background of notices and panels.
 * @cssproperty --ec-color-border - Borders of inputs and panels.
 * @cssproperty --ec-color-primary - Buttons and links.
 * @cssproperty --ec-color-on-primary - Text on primary buttons.
 * @cssproperty --ec-color-danger - Failed conditions and errors.
 * @cssproperty --ec-color-success - Passed conditions and success.
 * @cssproperty --ec-color-focus - Focus outline.
 * @cssproperty --ec-radius - Corner radius.
 * @cssproperty --ec-space - Base spacing.
 */
export class InviteMember extends EnterpriseCenterElement<InviteMessageKey> {
  static override styles = [...EnterpriseCenterElement.styles, inviteMemberStyles];

  /** Preselects this organization unit (its id); otherwise the user picks one from the tree. */
  @property({ attribute: 'org-id' }) accessor orgId = '';

  /** Prefills the account name (checked as if typed). */
  @property({ attribute: 'account-name' }) accessor accountName = '';

  /** Milliseconds of quiet after typing before the account is checked. */
  @property({ type: Number }) accessor debounce = 400;

  /**
   * Where the host lists the pending invitations (e.g. a page with `<sent-invitations>`): when an
   * account already has a pending invitation, the element links there. A link within this page
   * (`#id`) to a `<sent-invitations>`, or to an element holding one, also makes that list show the
   * invitation and focus its row (`reveal()`) when the user follows it.
   */
  @property({ attribute: 'pending-invitations-href' }) accessor pendingInvitationsHref = '';

  /** What the user has entered and what the form knows about it. */
  @state() private accessor form: FormFields = blankForm;

  protected readonly localize = new LocalizeController(this, inviteMemberMessages);

  /**
   * What the loader fetched. Not reactive state: what changes them re-renders anyway (the loader
   * completing, the send that counts a pending invitation, the refusal that ticks the box off).
   */
  #settings: InvitationSettings | undefined;
  #units: readonly OrgUnit[] = [];

  /** Units the server said no longer exist (EM.1006); the refusal that adds one re-renders. */
  readonly #goneOrgs = new Set<string>();

  /** The pending invitation last reported (`invitation-pending`), for the link to it. */
  #pending: InvitationPendingDetail | undefined;

  /** The controls focus goes to: each field, Submit, and the headings of what replaces the form. */
  readonly #focusable = {
    org: createRef<HTMLSelectElement>(),
    account: createRef<HTMLInputElement>(),
    payment: createRef<HTMLFieldSetElement>(),
    consent: createRef<HTMLInputElement>(),
    submit: createRef<HTMLButtonElement>(),
    success: createRef<HTMLHeadingElement>(),
    notice: createRef<HTMLHeadingElement>(),
  };
  readonly #dialog = createRef<HTMLDialogElement>();

  /** Settings and the whole organization tree, fetched in parallel. */
  readonly #load = new ElementTask(this, {
    args: () => [this.api] as const,
    task: ([api], { signal }) => (api ? loadFormData(api, signal) : initialState),
    rerunWhenBack: true,
    onComplete: ({ settings, units }) => {
      this.#settings = settings;
      this.#units = units;
      // A reload (refresh()) keeps what the user chose; defaults fill only what is empty.
      const defaults = this.#defaults();
      this.#set({
        orgId: this.form.orgId || defaults.orgId,
        payment: this.form.payment || defaults.payment,
      });
    },
    onFailure: (error) => this.loadFailed(error),
  });

  readonly #check = new AccountCheck(this, {
    api: () => this.api,
    input: () => (this.#formOffered && !this.#tooLong ? this.#input : undefined),
    debounce: () => this.debounce,
    onComplete: (result) => {
      this.dispatchEvent(new PrecheckCompletedEvent(result));
      const pending = result.checks.some(
        (check) => check.code === 'NO_PENDING_INVITATION' && check.status === 'failed',
      );
      if (pending) this.#pendingFound(result.invitee?.accountName ?? this.#input.accountName);
    },
    onFailure: (error) => this.refusalOf(error),
  });

  readonly #sender = new InvitationSender(this, {
    api: () => this.api,
    onSent: (invitation) => {
      this.#check.forget();
      // The new invitation holds a slot: the quota shows it as pending.
      if (this.#settings) this.#settings.memberQuota.pending++;
      void this.#focus(this.#focusable.success);
      this.dispatchEvent(new InvitationSentEvent(invitation));
    },
    onFailure: (error, request) => this.#onSendFailed(error, request),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('accountName')) {
      // A new account from the host after a sent invitation starts the next invitation.
      if (this.#sender.sent) this.startOver(this.accountName);
      else this.#set({ account: this.accountName });
    }
    if (changed.has('orgId') && this.orgId) this.#set({ orgId: this.orgId });
  }

  /** The unit from `org-id` (or the only unit), and the only allowed payment method. */
  #defaults(): Pick<FormFields, 'orgId' | 'payment'> {
    const only = this.#units.length === 1 ? (this.#units[0]?.id ?? '') : '';
    const payment = this.#settings ? defaultPaymentMethod(this.#settings) : '';
    return { orgId: this.orgId || only, payment };
  }

  #set(patch: Partial<FormFields>): void {
    this.form = { ...this.form, ...patch };
  }

  /** A change by the user; a failed or vetoed request becomes history (a new Submit makes a new one). */
  #edit(patch: Partial<FormFields>): void {
    this.#set(patch);
    this.#sender.edited();
  }

  /** The form is offered: settings loaded, a slot free, and not showing a sent invitation. */
  get #formOffered(): boolean {
    return !!this.#settings && freeSlots(this.#settings.memberQuota) > 0 && !this.#sender.sent;
  }

  get #input(): PrecheckInput {
    const { account, orgId, payment } = this.form;
    return { accountName: account.trim(), orgId, paymentMethod: payment };
  }

  /** The account name is longer than the API takes: it is not checked. */
  get #tooLong(): boolean {
    return this.#input.accountName.length > ACCOUNT_NAME_MAX;
  }

  get #accountState(): AccountState {
    const input = this.#input;
    const { refusal } = this.form;
    if (!input.accountName) return { kind: 'empty' };
    if (this.#tooLong) return { kind: 'too-long' };
    if (refusal?.key === precheckKey(input)) return { kind: 'refused', checks: refusal.checks };
    return this.#check.stateOf(input);
  }

  /** The chosen unit, when it is in the tree. */
  get #unit(): OrgUnit | undefined {
    const id = this.form.orgId;
    return this.#units.find((unit) => unit.id === id);
  }

  /** What is wrong with the chosen unit: none chosen, not in the tree, or gone since. */
  get #orgProblem(): InviteMessageKey | undefined {
    const id = this.form.orgId;
    if (this.#goneOrgs.has(id)) return 'invite.org.gone';
    if (!id) return 'invite.org.required';
    return this.#unit ? undefined : 'invite.org.unknown';
  }

  get #problems(): Problem[] {
    return findProblems(this.form, this.#orgProblem, this.#accountState);
  }

  /** Moves the focus to `target` once the element has rendered what changed. */
  async #focus(target: Ref<HTMLElement>): Promise<void> {
    // Called from controllers' callbacks, before they ask for the update that renders `target`.
    this.requestUpdate();
    await this.updateComplete;
    target.value?.focus();
  }

  /** Moves the focus to the control of `field` (the first choosable payment method for the group). */
  async #focusField(field: FieldName): Promise<void> {
    if (field !== 'payment') return this.#focus(this.#focusable[field]);
    this.requestUpdate();
    await this.updateComplete;
    this.#focusable.payment.value?.querySelector<HTMLInputElement>('input:enabled')?.focus();
  }

  /** The request the form stands for; call only when {@link findProblems} found none. */
  #request(
    { agreements }: InvitationSettings,
    paymentMethod: RequestedPaymentMethod,
  ): CreateInvitationInput {
    const { notes } = this.form;
    return {
      ...this.#input,
      paymentMethod,
      agreements: agreements.map(({ id, version }) => ({ id, version })),
      ...(notes.trim() ? { notes } : {}),
    };
  }

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.#sender.busy) return;
    this.#set({ submitted: true });
    const [first] = this.#problems;
    const account = this.#accountState;
    const settings = this.#settings;
    const { payment } = this.form;
    if (first || !payment || account.kind !== 'eligible' || !settings) {
      await this.#focusField(first?.field ?? 'account');
      return;
    }
    const request = this.#request(settings, payment);
    const t = this.t;
    this.#sender.confirm(request, {
      account: namedAccount(t, request.accountName, account.enterprise),
      orgPath: this.#unit?.path ?? request.orgId,
      payment: t(`payment.${request.paymentMethod}`),
      validityDays: settings.invitationTtlDays,
      notes: request.notes ?? '',
    });
    await this.updateComplete;
    this.#dialog.value?.showModal();
  };

  /** OK, Cancel and Escape all close the dialog; focus goes back to Submit. */
  #closeDialog(): void {
    this.#dialog.value?.close();
    void this.#focus(this.#focusable.submit);
  }

  #onConfirm = (): void => {
    this.#sender.accept();
    this.#closeDialog();
  };

  #onCancel = (): void => {
    this.#sender.cancel();
    this.#closeDialog();
  };

  /**
   * A failed send: `invitation-failed`, then the refusal where it belongs — at the account, the
   * agreements or the unit (the send itself goes back to idle), a neutral "sign in again" for a
   * 401, else beside Submit (with Retry when sending again may help).
   */
  #onSendFailed(error: unknown, request: CreateInvitationInput): void {
    this.dispatchEvent(new InvitationFailedEvent(error));
    const refusal = this.refusalOf(error);
    switch (refusal.kind) {
      case 'conditions':
        this.#check.forget();
        this.#sender.reset();
        this.#set({ refusal: { key: precheckKey(this.#input), checks: refusal.checks } });
        if (refusal.pendingInvitationId !== undefined) {
          this.#pendingFound(request.accountName, refusal.pendingInvitationId);
        }
        return void this.#focus(this.#focusable.account);
      case 'agreements-changed':
        this.#check.forget();
        this.#sender.reset();
        if (this.#settings) this.#settings.agreements = refusal.agreements;
        this.#set({ agreed: false, agreementsChanged: true });
        return void this.#focus(this.#focusable.consent);
      case 'org-gone':
        this.#check.forget();
        this.#sender.reset();
        this.#goneOrgs.add(request.orgId);
        return void this.#focusField('org');
      case 'session-expired':
        // The neutral "sign in again" state says it; after refresh() Submit sends again.
        this.#sender.reset();
        return;
      default:
        this.#check.forget();
    }
  }

  /** The account already has a pending invitation: a host may show it (`invitation-pending`). */
  #pendingFound(accountName: string, invitationId?: string): void {
    this.#pending = { accountName, invitationId };
    this.dispatchEvent(new InvitationPendingEvent(this.#pending));
  }

  /**
   * The user follows the link to the pending invitations. When it leads to a `<sent-invitations>`
   * on this page, that list shows the invitation and gives its row the focus instead (the browser
   * would move the focus to the link's target); should it not find it, the link goes where it
   * points. A click that opens another tab or window is the browser's.
   */
  #onPendingLink = (event: MouseEvent): void => {
    const pending = this.#pending;
    const list = sentListOnPage(this.pendingInvitationsHref);
    const plain = event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey);
    if (!pending || !list || !plain || event.altKey) return;
    event.preventDefault();
    const href = this.pendingInvitationsHref;
    void list.reveal(pending).then((shown) => shown || location.assign(href));
  };

  #onInviteAnother = (): void => {
    this.startOver();
    // The account field, or the notice shown when the last free slot was just taken.
    void this.updateComplete.then(() =>
      (this.#focusable.account.value ?? this.#focusable.notice.value)?.focus(),
    );
  };

  /**
   * Starts a new invitation from any state, the "Invitation sent" panel included: the form back
   * to its defaults, with `accountName` typed in (and checked) when given. Setting `accountName`
   * while the panel shows does the same.
   */
  startOver(accountName = ''): void {
    this.form = { ...blankForm, ...this.#defaults(), account: accountName };
    this.#sender.reset();
  }

  protected reload(): void {
    void this.#load.run();
  }

  override render(): TemplateResult {
    if (!this.localize.ready) return this.renderTextsLoading();
    const t = this.t;
    return html`<div class="base" part="base" aria-busy=${this.#load.status === TaskStatus.PENDING}>
      <h2 part="heading">${t('invite.heading')}</h2>
      ${this.sessionExpired ? this.renderSessionExpired() : nothing}
      ${this.#load.render({
        initial: () => this.renderNotConfigured(),
        // A reload (refresh()) keeps the form on screen while it runs.
        pending: () => (this.#settings ? this.#renderLoaded(this.#settings) : this.renderLoading()),
        complete: ({ settings }) => this.#renderLoaded(settings),
        error: (error) => renderLoadFailure(t, error, classifyRefusal(error), () => this.refresh()),
      })}
    </div>`;
  }

  #renderLoaded(settings: InvitationSettings): TemplateResult {
    const t = this.t;
    const quota = settings.memberQuota;
    const sent = this.#sender.sent;
    // "Member quota: 6 of 10 used, 1 pending", above whatever is offered.
    return html`<p class="hint" part="quota">${t('invite.quota', quota)}</p>
      ${
        sent
          ? renderSuccess(
              t,
              sent,
              this.#units.find((unit) => unit.id === sent.orgId)?.name ?? t('common.none'),
              this.#focusable.success,
              this.#onInviteAnother,
            )
          : freeSlots(quota) <= 0
            ? renderNoSlotNotice(t, quota, this.#focusable.notice)
            : html`${this.#renderForm(settings)}${renderConfirmDialog(t, this.#sender.confirming, {
                dialog: this.#dialog,
                onConfirm: this.#onConfirm,
                onDismiss: this.#onCancel,
              })}`
      }`;
  }

  /**
   * The form. Lion's rule for when a problem shows: after Submit; a typing mistake in the account
   * (empty, too long) also once the user has changed the field and left it; a chosen unit that is
   * not (or no longer) in the tree at once.
   */
  #renderForm(settings: InvitationSettings): TemplateResult {
    const t = this.t;
    const { form } = this;
    const account = this.#accountState;
    const typo = form.accountTouched && (account.kind === 'empty' || account.kind === 'too-long');
    const shown = new Map(
      this.#problems
        .filter(
          ({ field }) =>
            form.submitted || (typo && field === 'account') || (field === 'org' && form.orgId),
        )
        .map((problem) => [
          problem.field,
          problem.message && t(problem.message, { max: ACCOUNT_NAME_MAX, id: form.orgId }),
        ]),
    );
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${renderOrgUnitField(t, {
        units: this.#units,
        selected: this.#unit,
        filter: form.orgFilter,
        feedback: shown.get('org'),
        select: this.#focusable.org,
        onFilter: (orgFilter) => this.#set({ orgFilter }),
        onSelect: (orgId) => this.#edit({ orgId }),
      })}
      ${renderAccountField(t, {
        value: form.account,
        state: account,
        feedback: shown.get('account'),
        invalid: shown.has('account'),
        input: this.#focusable.account,
        pendingInvitationsHref: this.pendingInvitationsHref,
        onPendingLink: this.#onPendingLink,
        onInput: (value) => this.#edit({ account: value }),
        onBlur: () => this.#set({ accountTouched: this.form.account !== '' }),
        onRetryCheck: () => this.#check.retry(),
      })}
      ${renderPaymentField(t, {
        settings,
        selected: form.payment,
        feedback: shown.get('payment'),
        group: this.#focusable.payment,
        onSelect: (payment) => this.#edit({ payment }),
      })}
      ${settings.masterAccount.unifiedAccounting ? renderAssociationTerms(t, 'terms-heading') : nothing}
      ${renderNotesField(t, form.notes, (notes) => this.#edit({ notes }))}
      ${renderConsentField(t, {
        agreements: settings.agreements,
        checked: form.agreed,
        feedback: shown.get('consent'),
        checkbox: this.#focusable.consent,
        onToggle: (agreed) => this.#edit({ agreed }),
      })}
      ${renderSubmitRow(t, this.#sender, this.#focusable.submit)}
    </form>`;
  }
}
