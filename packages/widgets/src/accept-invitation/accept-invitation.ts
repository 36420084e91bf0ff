import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { newIdempotencyKey, type Association, type Invitation } from '@enterprise-center/sdk';
import { EnterpriseCenterElement } from '../shared/base-element.js';
import { isAbortError } from '../shared/abort.js';
import { describeError, isRetryable } from '../shared/describe-error.js';
import { InvitationFailedEvent } from '../shared/events.js';
import { acceptInvitationStyles } from './accept-invitation.styles.js';
import { cardId, untouchedCard, type CardState } from './card-state.js';
import { renderDeclineDialog, type DeclineState } from './decline-dialog.js';
import {
  InvitationAcceptEvent,
  InvitationAcceptedEvent,
  InvitationDeclinedEvent,
} from './events.js';
import { classifyFailure } from './failure.js';
import { InboxController } from './inbox-controller.js';
import {
  renderAssociation,
  renderGoneNotice,
  renderLinkNotice,
  renderLoadFailed,
  renderNoPending,
} from './inbox-sections.js';
import { renderInvitationCard, type CardContext } from './invitation-card.js';
import {
  acceptMessages,
  inviterNames,
  refreshedNotice,
  type AcceptMessageKey,
} from './messages.js';

/**
 * Lets an invited account see who invites it and what joining means, accept the service
 * agreements, and accept — or decline — an invitation to become a member account of an
 * enterprise ("Accepting an Association Invitation from a Master Account").
 *
 * @fires {InvitationAcceptEvent} invitation-accept - Before an acceptance is sent; cancelable.
 * @fires {InvitationAcceptedEvent} invitation-accepted - The account is now a member account.
 * @fires {InvitationDeclinedEvent} invitation-declined - The invitee declined an invitation.
 * @fires {InvitationFailedEvent} invitation-failed - An accept or decline failed; detail: the error.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The element's title.
 * @csspart association - The current master account (or the one just joined).
 * @csspart details - A list of invitation or association details.
 * @csspart list - The list of invitations.
 * @csspart invitation - One invitation (`article`).
 * @csspart invitation-heading - Its heading: who invites.
 * @csspart status-badge - Its status in words.
 * @csspart notes - The inviter's message.
 * @csspart association-terms - What association means (unified accounting only).
 * @csspart consent - The agreement checkbox and its label.
 * @csspart consent-checkbox - The agreement checkbox.
 * @csspart consent-label - Its label.
 * @csspart link - A link to an agreement.
 * @csspart consent-error - Why Accept did nothing (the box is not ticked).
 * @csspart feedback - The outcome of the last answer on an invitation.
 * @csspart checklist - Conditions that are not met.
 * @csspart check - One condition (also `check-failed`).
 * @csspart member-block - Why a member account cannot accept another invitation.
 * @csspart accept-button - The Accept button.
 * @csspart decline-button - The Decline button.
 * @csspart retry-button - Retries a failed request (same idempotency key).
 * @csspart progress - "Accepting…" / "Declining…".
 * @csspart closed-hint - Why an invitation offers no action.
 * @csspart notice - Notices about the list (link target, refreshed list).
 * @csspart show-all-button - Shows every invitation when `invitation-id` narrowed the list.
 * @csspart empty - "You have no pending invitations."
 * @csspart dialog - The decline confirmation dialog.
 * @csspart dialog-feedback - Why the last decline attempt failed.
 * @csspart dialog-confirm-button - "Decline invitation".
 * @csspart dialog-cancel-button - "Cancel".
 *
 * @cssproperty --ec-color-primary - Accent colour (and every other shared `--ec-*` token).
 * @cssproperty --accept-invitation-card-background - Background of an invitation card.
 * @cssproperty --accept-invitation-card-border - Border of an invitation card.
 */
export class AcceptInvitation extends EnterpriseCenterElement<AcceptMessageKey> {
  static override styles = [...EnterpriseCenterElement.styles, acceptInvitationStyles];

  /** Reactive properties; `attribute: false` ones are internal state (see the base class). */
  static override properties = {
    invitationId: { attribute: 'invitation-id' },
    joinedHere: { attribute: false },
    cards: { attribute: false },
    showAll: { attribute: false },
    gone: { attribute: false },
    declining: { attribute: false },
    announcement: { attribute: false },
  };

  /** Show only this invitation (e.g. opened from a link in an email); others stay one click away. */
  invitationId = '';

  /** The association was made here, just now: its section says so. */
  private joinedHere = false;
  private cards: Readonly<Record<string, CardState>> = {};
  private showAll = false;
  /** An invitation that vanished (EM.1003) while being answered. */
  private gone: Invitation | undefined;
  private declining: DeclineState | undefined;
  /** The latest result, for the polite live region. */
  private announcement = '';

  protected readonly catalogs = acceptMessages;

  #focusAfterUpdate: string | undefined;

  readonly #inbox = new InboxController(this, () => this.api);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invitationId')) this.showAll = false;
    if (changed.has('client') || changed.has('baseUrl')) {
      this.#inbox.clear();
      this.joinedHere = false;
      this.cards = {};
      this.gone = undefined;
    }
  }

  protected override updated(): void {
    // The dialog is open exactly while a decline is being confirmed.
    const dialog = this.renderRoot.querySelector('dialog');
    if (!this.declining) dialog?.close();
    else if (!dialog?.open) dialog?.showModal();
    if (this.#focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[id="${this.#focusAfterUpdate}"]`);
      this.#focusAfterUpdate = undefined;
      target?.focus();
    }
  }

  #card(id: string): CardState {
    return this.cards[id] ?? untouchedCard;
  }

  #patchCard(id: string, patch: Partial<CardState>): void {
    this.cards = { ...this.cards, [id]: { ...this.#card(id), ...patch } };
  }

  #joined(invitation: Invitation, association: Association): void {
    this.#inbox.association = association;
    this.#inbox.replace(invitation);
    this.joinedHere = true;
    this.announcement = this.t('accept.joined', inviterNames(association));
    this.#focusAfterUpdate = 'association-heading';
    this.dispatchEvent(new InvitationAcceptedEvent({ invitation, association }));
  }

  /** The consent error shows only while the box is unticked, so any toggle (a tick) ends it. */
  #onToggle = (invitation: Invitation, checked: boolean): void => {
    this.#patchCard(invitation.id, { agreed: checked, showConsentError: false });
  };

  #onAccept = async (invitation: Invitation): Promise<void> => {
    const card = this.#card(invitation.id);
    const api = this.api;
    if (card.busy || !api) return;
    if (invitation.agreements.length > 0 && !card.agreed) {
      this.#patchCard(invitation.id, { showConsentError: true });
      this.#focusAfterUpdate = cardId(invitation.id, 'consent');
      return;
    }
    const agreements = invitation.agreements.map(({ id, version }) => ({ id, version }));
    if (!this.dispatchEvent(new InvitationAcceptEvent({ invitation, agreements }))) return;
    const key = card.acceptKey ?? newIdempotencyKey();
    this.#patchCard(invitation.id, { busy: true, acceptKey: key, feedback: undefined });
    this.announcement = this.t('accept.busy.accepting');
    try {
      const result = await api.receivedInvitations.accept(
        invitation.id,
        { agreements },
        { signal: this.lifetimeSignal, idempotencyKey: key },
      );
      this.#patchCard(invitation.id, { busy: false, acceptKey: undefined });
      this.#joined(result.invitation, result.association);
    } catch (error) {
      await this.#answerFailed(invitation, error, 'accept');
    }
  };

  /** Shows why accepting or declining `invitation` failed, where it belongs. */
  async #answerFailed(invitation: Invitation, error: unknown, action: 'accept' | 'decline') {
    const failure = classifyFailure(error);
    if (failure.kind === 'aborted') {
      // The element left the page mid-request (or was moved): nothing to report, but the card
      // must not stay busy. Its key stays, so answering again replays what may have arrived.
      this.#patchCard(invitation.id, { busy: false });
      return;
    }
    if (failure.kind === 'state-changed' || failure.kind === 'gone') {
      this.cards = { ...this.cards, [invitation.id]: untouchedCard };
      const reloaded = await this.#inbox.reload();
      // After a failed reload this is the copy the invitee answered (the list stays as it was).
      const current = this.#inbox.find(invitation.id);
      if (failure.kind === 'gone' || !current) {
        this.gone = invitation;
        this.announcement = this.t('accept.gone', inviterNames(invitation));
        this.#focusAfterUpdate = 'gone-notice';
      } else {
        const status = reloaded ? current.status : failure.status;
        this.#patchCard(invitation.id, { feedback: { kind: 'refreshed', status } });
        this.announcement = this.t(refreshedNotice(status));
        this.#focusAfterUpdate = cardId(invitation.id, 'feedback');
        // Another window accepted it first: what the user asked for is done, so this is no error.
        const { association } = this.#inbox;
        if (reloaded && action === 'accept' && status === 'accepted' && association) {
          this.#joined(current, association);
          return;
        }
      }
    } else {
      // Retry sends the same key again; anything else needs a new attempt (and a fresh key).
      const card = this.#card(invitation.id);
      const changed = failure.kind === 'agreements-changed';
      if (changed) this.#inbox.replace({ ...invitation, agreements: failure.agreements });
      this.#patchCard(invitation.id, {
        busy: false,
        acceptKey: failure.kind === 'retryable' ? card.acceptKey : undefined,
        agreed: card.agreed && !changed,
        feedback: { ...failure, error },
      });
      this.#focusAfterUpdate = cardId(invitation.id, 'feedback');
      this.announcement = describeError(this.t, error);
    }
    this.dispatchEvent(new InvitationFailedEvent(error));
  }

  #onDecline = (invitation: Invitation): void => {
    if (this.#card(invitation.id).busy || this.declining) return;
    this.declining = { invitation, busy: false };
  };

  #confirmDecline = async (): Promise<void> => {
    const current = this.declining;
    const api = this.api;
    if (!current || current.busy || !api) return;
    const { invitation } = current;
    const key = current.key ?? newIdempotencyKey();
    this.declining = { ...current, busy: true, key, error: undefined };
    this.announcement = this.t('accept.busy.declining');
    try {
      const declined = await api.receivedInvitations.decline(invitation.id, {
        signal: this.lifetimeSignal,
        idempotencyKey: key,
      });
      this.#closeDialog(cardId(invitation.id, 'heading'));
      this.#inbox.replace(declined);
      this.announcement = this.t('accept.declined', inviterNames(invitation));
      this.dispatchEvent(new InvitationDeclinedEvent(declined));
    } catch (error) {
      if (isAbortError(error)) {
        // Left the page mid-request: not busy any more; confirming again reuses the key.
        if (this.declining?.invitation === invitation) this.declining = { ...current, key };
        return;
      }
      if (isRetryable(error)) {
        this.declining = { ...current, key, error };
        this.announcement = describeError(this.t, error);
        this.dispatchEvent(new InvitationFailedEvent(error));
        return;
      }
      this.#closeDialog(cardId(invitation.id, 'decline'));
      await this.#answerFailed(invitation, error, 'decline');
    }
  };

  /** Closes the decline dialog and moves the focus to `focusId` (else back to Decline). */
  #closeDialog(focusId?: string): void {
    const invitation = this.declining?.invitation;
    if (!invitation) return;
    this.#focusAfterUpdate = focusId ?? cardId(invitation.id, 'decline');
    this.declining = undefined;
  }

  #renderInbox(): TemplateResult {
    const t = this.t;
    const { invitations, association } = this.#inbox;
    const linkedId = this.showAll ? '' : this.invitationId;
    const linked = this.#inbox.find(linkedId); // none for '': every invitation has an id
    const shown = linked ? [linked] : invitations;
    const ctx: CardContext = {
      t,
      isMember: association !== null,
      onToggle: this.#onToggle,
      onAccept: this.#onAccept,
      onDecline: this.#onDecline,
    };
    const showAll = () => (this.showAll = true);
    return html`${linkedId ? renderLinkNotice(t, linked, invitations.length, showAll) : nothing}
    ${this.gone ? renderGoneNotice(t, this.gone) : nothing}
    ${association ? renderAssociation(t, association, this.joinedHere) : nothing}
    ${
      invitations.some((i) => i.status === 'pending')
        ? nothing
        : renderNoPending(t, association !== null)
    }
    ${
      shown.length > 0
        ? html`<div class="list" part="list">
            ${shown.map((i) => renderInvitationCard(i, this.#card(i.id), ctx))}
          </div>`
        : nothing
    }`;
  }

  #renderLoad(): TemplateResult | typeof nothing {
    const t = this.t;
    const { failure, loaded } = this.#inbox;
    if (failure !== undefined) {
      const reason = describeError(t, failure);
      return renderLoadFailed(t, reason, loaded, this.#inbox.reload);
    }
    return loaded ? nothing : html`<p class="hint">${t('common.loading')}</p>`;
  }

  override render(): TemplateResult {
    if (this.textsLoading) return this.renderTextsLoading();
    const t = this.t;
    const configured = this.api !== undefined;
    return html`<div class="base" part="base" aria-busy=${this.#inbox.loading}>
      <h2 part="heading">${t('accept.title')}</h2>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        configured
          ? html`${this.#renderLoad()} ${this.#inbox.loaded ? this.#renderInbox() : nothing}`
          : html`<p class="notice notice--error" part="notice">${t('common.notConfigured')}</p>`
      }
      ${renderDeclineDialog(t, this.declining, this.#confirmDecline, () => {
        if (!this.declining?.busy) this.#closeDialog();
      })}
    </div>`;
  }
}
