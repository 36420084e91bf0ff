import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import type { Invitation } from '@enterprise-center/sdk';
import { badgeStyles } from '../shared/badge.styles.js';
import { EnterpriseCenterElement } from '../shared/base-element.js';
import { describeError } from '../shared/describe-error.js';
import { InvitationFailedEvent } from '../shared/events.js';
import { LocalizeController } from '../shared/i18n/localize-controller.js';
import { renderLoadError } from '../shared/load-error.js';
import { classifyRefusal } from '../shared/refusal.js';
import { Arrivals } from './arrivals.js';
import { renderCancelDialog } from './cancel-dialog.js';
import {
  InvitationCancelEvent,
  InvitationCancelledEvent,
  InvitationResendEvent,
  InvitationResentEvent,
} from './events.js';
import { renderInvitationRow, type RowContext, type RowSpot } from './invitation-row.js';
import {
  renderEmpty,
  renderGoneNotes,
  renderMore,
  renderStatusFilter,
  renderTable,
} from './list-view.js';
import type { ListQuery, ListState } from './list-state.js';
import { sentInvitationsMessages, type SentMessageKey } from './messages.js';
import { RowActions, type RowRequest } from './row-actions.js';
import { failureMessage } from './row-feedback.js';
import { findTarget, type FoundTarget, type RevealTarget } from './reveal-target.js';
import { SentList } from './sent-list.js';
import { sentInvitationsStyles } from './sent-invitations.styles.js';
import { DEFAULT_PAGE_SIZE, DEFAULT_STATUS, toPageSize, toStatusFilter } from './status-filter.js';
import { describeWhen } from './when.js';

/** Where the focus goes after the next render: a spot of a row, or the newest note. */
type FocusTarget = { row: string; spot: RowSpot } | { note: true };

/**
 * The invitations an enterprise master account has sent, newest first, with their status, unit,
 * payment method, when they were sent and when they expire; a Status filter, paging ("Load more")
 * and, per row, Cancel (pending ones, after a confirmation) and Resend (pending or expired ones).
 * It keeps itself current: an invitation sent by an `<invite-member>` on the same page appears
 * without a reload.
 *
 * @fires invitation-cancel - {InvitationCancelEvent} After the user confirmed a cancellation (or
 *   pressed Retry), before the request is sent; cancelable: `preventDefault()` sends nothing.
 *   `detail` is the invitation.
 * @fires invitation-resend - {InvitationResendEvent} After the user pressed Resend (or Retry),
 *   before the request is sent; cancelable: `preventDefault()` sends nothing. `detail` is the
 *   invitation.
 * @fires invitation-cancelled - {InvitationCancelledEvent} The server cancelled the invitation;
 *   `detail` is it (status `cancelled`). Its member slot is free again.
 * @fires invitation-resent - {InvitationResentEvent} The server renewed the invitation; `detail`
 *   is it (pending, with its new expiry).
 * @fires invitation-failed - {InvitationFailedEvent} A cancel or resend failed (refused, changed
 *   meanwhile, gone, or not answered); `detail` is the SDK error.
 * @fires load-failed - {LoadFailedEvent} The list could not be loaded; `detail` is the SDK error.
 * @fires session-expired - {SessionExpiredEvent} A call answered 401 `APIG.0301`: the element shows
 *   a neutral "sign in again" state until the host signs the user in again and calls `refresh()`;
 *   `detail` is the SDK error.
 *
 * @csspart base - The element's outer wrapper (`aria-busy` while the list loads).
 * @csspart heading - The element's heading ("Sent invitations"), which names the table.
 * @csspart status - The "Loading…" line.
 * @csspart notice - The "not configured" / "not a master account" / "sign in again" statement.
 * @csspart session-expired - The "sign in again" statement.
 * @csspart toolbar - The row holding the Status filter.
 * @csspart label - The Status filter's label.
 * @csspart status-select - The Status filter.
 * @csspart notes - Notes above the table (an invitation that no longer exists); `note` each.
 * @csspart error - A load failure, with its `retry-button`.
 * @csspart empty - The "No pending invitations." statement and its hint.
 * @csspart table - The table (stacked cards when the element is narrow).
 * @csspart row - One invitation's row (or card).
 * @csspart account - The invited account, the row's header.
 * @csspart status-badge - The invitation's status in words.
 * @csspart cancel-button - "Cancel" on a pending invitation.
 * @csspart resend-button - "Resend" on a pending or expired invitation.
 * @csspart progress - "Cancelling the invitation…" / "Sending the invitation again…".
 * @csspart feedback - The outcome of the last action on a row; also `feedback-done`,
 *   `feedback-info` (changed meanwhile) or `feedback-error`.
 * @csspart checklist - The conditions a resend failed; `check`, `check-failed` its items.
 * @csspart retry-button - Retry after a failure (the same idempotency key: it never acts twice).
 * @csspart count - "Showing 20 of 312 invitations".
 * @csspart load-more-button - Loads the next page.
 * @csspart dialog - The cancel confirmation; `dialog-confirm-button` ("Cancel invitation") and
 *   `dialog-keep-button` ("Keep invitation") inside.
 *
 * @cssproperty --ec-font-family - Font family (and every other shared `--ec-*` token).
 * @cssproperty --ec-color-primary - Buttons, and the pending status.
 * @cssproperty --ec-color-danger - Errors, and the cancelled, declined and expired statuses.
 * @cssproperty --ec-color-success - Done actions, and the accepted status.
 * @cssproperty --sent-invitations-card-background - Background of a row shown as a card.
 * @cssproperty --sent-invitations-card-border - Border of a row shown as a card.
 * @cssproperty --sent-invitations-busy-row-background - Background of a row whose action is
 *   in flight.
 */
export class SentInvitations extends EnterpriseCenterElement<SentMessageKey> {
  static override styles = [...EnterpriseCenterElement.styles, badgeStyles, sentInvitationsStyles];

  /**
   * The Status filter: `all`, `pending` (the default), `accepted`, `declined`, `cancelled` or
   * `expired`. The attribute gives the first one; choosing in the Status select changes it.
   */
  @property() accessor status: string = DEFAULT_STATUS;

  /** Shows only the invitations into this organization unit (its id). */
  @property({ attribute: 'org-id' }) accessor orgId = '';

  /** Invitations per page, 1–100 (the API's limit); "Load more" asks for the next page. */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = DEFAULT_PAGE_SIZE;

  /** The invitation whose cancellation the dialog asks to confirm. */
  @state() private accessor confirming: Invitation | undefined = undefined;

  /** The latest result, for the polite live region. */
  @state() private accessor announcement = '';

  /** Accounts whose invitations vanished (EM.1003) and were taken off the list. */
  @state() private accessor goneAccounts: readonly string[] = [];

  protected readonly localize = new LocalizeController(this, sentInvitationsMessages);

  #query: ListQuery = { status: DEFAULT_STATUS, orgId: '' };
  #pageSize = DEFAULT_PAGE_SIZE;
  /** The user changed the filter: the count is announced once the list has loaded. */
  #announceCount = false;
  #focusWanted: FocusTarget | undefined;
  readonly #focusRef = createRef<HTMLElement>();
  readonly #dialog = createRef<HTMLDialogElement>();
  readonly #moreButton = createRef<HTMLButtonElement>();

  readonly #list = new SentList(this, {
    api: () => this.api,
    query: () => this.#query,
    pageSize: () => this.#pageSize,
    onLoadFailed: (error) => {
      this.#announceCount = false;
      this.loadFailed(error);
    },
    onMoreFailed: (error) => {
      this.refusalOf(error);
      this.announcement = this.t('sent.loadMoreFailed', { reason: describeError(this.t, error) });
    },
    onLoaded: () => {
      if (this.#announceCount) this.announcement = this.#countText(this.#list.state);
      this.#announceCount = false;
    },
    onMore: (first) => {
      this.announcement = this.#countText(this.#list.state);
      if (first) {
        this.#focusFrom({ row: first.id, spot: 'heading' }, (el) => el === this.#moreButton.value);
      }
    },
  });

  readonly #actions = new RowActions(this, {
    api: () => this.api,
    onComplete: (invitation, { action }) => this.#acted(invitation, action),
    onFailure: (error, request) => this.#actionFailed(error, request),
  });

  constructor() {
    super();
    // A reactive controller registers itself: it listens for `invitation-sent` while connected.
    new Arrivals(this, {
      api: () => this.api,
      shows: (id) => this.#list.find(id) !== undefined,
      onArrived: (invitations) => {
        for (const invitation of invitations) {
          const before = this.#list.state;
          this.#list.prepend(invitation);
          if (this.#list.state !== before) {
            this.announcement = this.t('sent.added', { account: invitation.inviteeAccountName });
          }
        }
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = changed.has('client') || changed.has('baseUrl') || changed.has('credentials');
    if (changed.has('status') || changed.has('orgId')) {
      this.#query = { status: toStatusFilter(this.status), orgId: this.orgId.trim() };
    }
    if (changed.has('pageSize')) this.#pageSize = toPageSize(this.pageSize);
    if (source || changed.has('status') || changed.has('orgId')) this.#forgetOutcomes();
  }

  protected override updated(): void {
    // The dialog is open exactly while a cancellation is being confirmed.
    const dialog = this.#dialog.value;
    if (this.confirming && !dialog?.open) dialog?.showModal();
    else if (!this.confirming && dialog?.open) dialog.close();
    if (this.#focusWanted) {
      this.#focusWanted = undefined;
      this.#focusRef.value?.focus();
    }
  }

  /** Outcomes shown on rows and notes belong to the list they were shown on. */
  #forgetOutcomes(): void {
    this.#actions.dismissAll();
    this.goneAccounts = [];
  }

  protected reload(): void {
    this.#forgetOutcomes();
    this.#list.reload();
  }

  /**
   * Shows an invitation and moves the focus to its row: by `invitationId` (or the id alone), or
   * the pending invitation to `accountName`. Pass `<invite-member>`'s `invitation-pending` detail
   * as it is.
   * When the Status filter hides it, the filter changes to its status (as if the user had chosen
   * it); further pages load until its row is there. Resolves `true` once the row has the focus,
   * `false` when this element's client cannot find it (another account's, gone, no longer
   * pending, in a unit other than `org-id`'s, or a load failed, which the element shows).
   */
  async reveal(target: RevealTarget | string): Promise<boolean> {
    const api = this.api;
    if (!api) return false;
    const wanted = typeof target === 'string' ? { invitationId: target } : target;
    let found: FoundTarget | undefined;
    try {
      found = await findTarget(api, wanted ?? {}, this.#list.state.rows);
    } catch (error) {
      const { kind } = this.refusalOf(error);
      if (kind !== 'gone' && kind !== 'aborted') {
        this.announcement = this.t('sent.revealFailed', { reason: describeError(this.t, error) });
      }
      return false;
    }
    const orgId = this.orgId.trim();
    if (!found || (orgId && found.orgId !== orgId)) return false;
    const filter = toStatusFilter(this.status);
    if (filter !== 'all' && filter !== found.status) {
      this.status = found.status;
      this.#announceCount = true;
    }
    // A page that fails shows its own error in the list.
    const row = await this.#list.seek(found.matches).catch(() => undefined);
    if (!row) return false;
    this.#focusWanted = { row: row.id, spot: 'heading' };
    this.requestUpdate();
    await this.updateComplete;
    return true;
  }

  /**
   * Moves the focus to `target` after the next render, unless the user has moved on: only when the
   * focus is lost (what had it is gone) or still on what started the change (`origin`).
   */
  #focusFrom(target: FocusTarget, origin: (active: Element) => boolean): void {
    const active = this.shadowRoot?.activeElement;
    const lost = !active && (!document.activeElement || document.activeElement === document.body);
    if (!lost && !(active && origin(active))) return;
    this.#focusWanted = target;
    this.requestUpdate();
  }

  /** Whether `el` is in the row (or the outcome row) of the invitation `id`. */
  #inRow(id: string) {
    return (el: Element) =>
      el.closest<HTMLElement>('tr[data-invitation]')?.dataset['invitation'] === id;
  }

  /** "Showing 20 of 312 invitations": the rows shown, and how many the server has in all. */
  #countText({ rows }: ListState): string {
    const shown = rows.length;
    const count = shown + this.#list.remaining;
    const number = new Intl.NumberFormat(this.t.locale);
    return this.t('sent.count', {
      shown: number.format(shown),
      total: number.format(count),
      count,
    });
  }

  #onFilter = (event: Event): void => {
    this.status = (event.target as HTMLSelectElement).value;
    this.#announceCount = true;
  };

  #onCancel = (invitation: Invitation): void => {
    if (this.#actions.pending(invitation.id) || this.confirming) return;
    this.confirming = invitation;
  };

  #onConfirmCancel = (): void => {
    const invitation = this.confirming;
    if (!invitation) return; // a second click on a closing dialog
    this.confirming = undefined;
    this.#focusWanted = { row: invitation.id, spot: 'cancel' };
    this.#act({ action: 'cancel', invitation });
  };

  /** "Keep invitation", Escape, or the dialog closing: nothing is sent; focus back to Cancel. */
  #onKeep = (): void => {
    const invitation = this.confirming;
    if (!invitation) return;
    this.confirming = undefined;
    this.#focusWanted = { row: invitation.id, spot: 'cancel' };
  };

  #onResend = (invitation: Invitation): void => this.#act({ action: 'resend', invitation });

  /** Fires the cancelable event before acting, then sends (one request per row at a time). */
  #act = (request: RowRequest): void => {
    const { action, invitation } = request;
    if (this.#actions.pending(invitation.id)) return;
    const before =
      action === 'cancel'
        ? new InvitationCancelEvent(invitation)
        : new InvitationResendEvent(invitation);
    if (!this.dispatchEvent(before)) return;
    if (this.#actions.run(request)) this.announcement = this.t(`sent.busy.${action}`);
  };

  /** The server did it: the row shows the new state, and the live region says what changed. */
  #acted(invitation: Invitation, action: RowRequest['action']): void {
    const account = invitation.inviteeAccountName;
    this.#list.replace(invitation);
    if (action === 'cancel') {
      this.announcement = this.t('sent.cancelled', { account });
      this.dispatchEvent(new InvitationCancelledEvent(invitation));
    } else {
      const { relative, exact } = describeWhen(this.t.locale, invitation.expiredAt);
      this.announcement = this.t('sent.resent', { account, relative, exact });
      this.dispatchEvent(new InvitationResentEvent(invitation));
    }
    this.#focusFrom({ row: invitation.id, spot: 'feedback' }, this.#inRow(invitation.id));
  }

  /**
   * A cancel or resend failed: `invitation-failed`, then the row in step with the server — the
   * status it has now (EM.1004), or gone with a note (EM.1003) — and the outcome on the row.
   */
  #actionFailed(error: unknown, request: RowRequest): void {
    const { id } = request.invitation;
    this.dispatchEvent(new InvitationFailedEvent(error));
    const refusal = this.refusalOf(error);
    this.announcement = failureMessage(this.t, request, error);
    if (refusal.kind === 'gone') {
      this.#focusFrom({ note: true }, this.#inRow(id));
      this.goneAccounts = [...this.goneAccounts, request.invitation.inviteeAccountName];
      this.#list.remove(id);
      return;
    }
    if (refusal.kind === 'state-changed') {
      const current = this.#list.find(id) ?? request.invitation;
      this.#list.replace({ ...current, status: refusal.status });
    }
    this.#focusFrom({ row: id, spot: 'feedback' }, this.#inRow(id));
  }

  #rowContext(invitation: Invitation, now: number): RowContext {
    const focus = this.#focusWanted;
    return {
      t: this.t,
      now,
      focusSpot: focus && 'row' in focus && focus.row === invitation.id ? focus.spot : undefined,
      focusRef: this.#focusRef,
      action: this.#actions.of(invitation.id),
      onCancel: this.#onCancel,
      onResend: this.#onResend,
      onRetry: this.#act,
    };
  }

  override render(): TemplateResult {
    if (!this.localize.ready) return this.renderTextsLoading();
    const t = this.t;
    const configured = this.api !== undefined;
    return html`<div class="base" part="base" aria-busy=${this.#list.loading}>
      <h2 id="heading" part="heading">${t('sent.heading')}</h2>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.sessionExpired ? this.renderSessionExpired() : nothing}
      ${configured ? renderStatusFilter(t, this.#query.status, this.#onFilter) : nothing}
      ${renderGoneNotes(
        t,
        this.goneAccounts,
        this.#focusWanted && 'note' in this.#focusWanted ? this.#focusRef : undefined,
      )}
      ${this.#list.render({
        initial: () => this.renderNotConfigured(),
        pending: () => this.renderLoading(),
        complete: (list) => this.#renderList(list),
        error: (error) => this.#renderLoadFailure(error),
      })}
      ${renderCancelDialog(t, this.confirming, {
        dialog: this.#dialog,
        onConfirm: this.#onConfirmCancel,
        onDismiss: this.#onKeep,
      })}
    </div>`;
  }

  #renderList(list: ListState): TemplateResult {
    const t = this.t;
    if (list.rows.length === 0) return renderEmpty(t, this.#query.status);
    const now = Date.now();
    return html`${renderTable(t, list.rows, (invitation) =>
      renderInvitationRow(this.#rowContext(invitation, now), invitation),
    )}
    ${renderMore(t, {
      count: this.#countText(list),
      remaining: this.#list.remaining,
      loading: this.#list.loadingMore,
      failure: this.#list.moreFailure,
      button: this.#moreButton,
      onMore: () => this.#list.loadMore(),
    })}`;
  }

  /**
   * Why the list could not be loaded: not a master account, an unknown unit, or the failure in
   * words with Retry when trying again may help. Nothing for an abort (the list loads again when
   * the element comes back) nor for an expired sign-in (the neutral state says it).
   */
  #renderLoadFailure(error: unknown): TemplateResult | typeof nothing {
    const t = this.t;
    const refusal = classifyRefusal(error);
    if (refusal.kind === 'aborted' || refusal.kind === 'session-expired') return nothing;
    if (refusal.kind === 'forbidden') {
      return html`<p class="placeholder" part="notice">${t('sent.notMaster')}</p>`;
    }
    const reason =
      refusal.kind === 'org-gone'
        ? t('sent.orgUnknown', { id: this.#query.orgId })
        : describeError(t, error);
    return renderLoadError(
      t,
      t('sent.loadFailed', { reason }),
      refusal.kind === 'retryable' ? () => this.refresh() : undefined,
    );
  }
}
