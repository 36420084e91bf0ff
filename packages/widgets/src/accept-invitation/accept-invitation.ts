import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, type Ref } from 'lit/directives/ref.js';
import type { Association, Invitation } from '@enterprise-center/sdk';
import { badgeStyles } from '../shared/badge.styles.js';
import { EnterpriseCenterElement } from '../shared/base-element.js';
import { describeError } from '../shared/describe-error.js';
import { InvitationFailedEvent } from '../shared/events.js';
import { LocalizeController } from '../shared/i18n/localize-controller.js';
import { classifyRefusal } from '../shared/refusal.js';
import { acceptInvitationStyles } from './accept-invitation.styles.js';
import { answerAction, type Answer, type Answered } from './answer.js';
import { untouchedCard, type CardRefs, type CardState } from './card-state.js';
import { renderDeclineDialog, type DeclineState } from './decline-dialog.js';
import {
  InvitationAcceptEvent,
  InvitationAcceptedEvent,
  InvitationDeclinedEvent,
} from './events.js';
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
 * @fires invitation-accept - {InvitationAcceptEvent} Before an acceptance is sent; cancelable:
 *   `preventDefault()` stops it. `detail` is the invitation and the agreements accepted.
 * @fires invitation-accepted - {InvitationAcceptedEvent} The account is now a member account;
 *   `detail` is the invitation and the association.
 * @fires invitation-declined - {InvitationDeclinedEvent} The invitee declined an invitation;
 *   `detail` is it.
 * @fires invitation-failed - {InvitationFailedEvent} An accept or decline failed; `detail` is the
 *   SDK error.
 * @fires load-failed - {LoadFailedEvent} The invitations or the master account could not be
 *   loaded; `detail` is the SDK error.
 * @fires session-expired - {SessionExpiredEvent} A call answered 401 `APIG.0301`: the element shows
 *   a neutral "sign in again" state until the host signs the user in again and calls `refresh()`;
 *   `detail` is the SDK error.
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
 * @csspart notice - Notices about the list (link target, refreshed list), "not configured", and
 *   "sign in again".
 * @csspart session-expired - The "sign in again" statement (also a `notice`).
 * @csspart status - "Loading…".
 * @csspart show-all-button - Shows every invitation when `invitation-id` narrowed the list.
 * @csspart empty - "No invitation is waiting for your answer." (or "You have no invitations.")
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
  static override styles = [...EnterpriseCenterElement.styles, badgeStyles, acceptInvitationStyles];

  /** Show only this invitation (e.g. opened from a link in an email); others stay one click away. */
  @property({ attribute: 'invitation-id' }) accessor invitationId = '';

  /** The association was made here, just now: its section says so. */
  @state() private accessor joinedHere = false;
  @state() private accessor cards: Readonly<Record<string, CardState>> = {};
  @state() private accessor showAll = false;
  /** An invitation that vanished (EM.1003) while being answered. */
  @state() private accessor gone: Invitation | undefined = undefined;
  /** The decline being confirmed in the dialog. */
  @state() private accessor declining: DeclineState | undefined = undefined;
  /** The latest result, for the polite live region. */
  @state() private accessor announcement = '';

  protected readonly localize = new LocalizeController(this, acceptMessages);

  readonly #inbox = new InboxController(this, {
    api: () => this.api,
    onFailure: (error) => this.loadFailed(error),
  });

  readonly #answer = answerAction(this, {
    api: () => this.api,
    onAnswered: (answered, answer) => this.#answered(answered, answer),
    onFailure: (error, answer) => void this.#answerFailed(answer, error),
  });

  /** Focus targets: each card's controls (by invitation id), and the sections above the cards. */
  readonly #cardRefs = new Map<string, CardRefs>();
  readonly #associationHeading = createRef<HTMLHeadingElement>();
  readonly #goneNotice = createRef<HTMLElement>();
  readonly #dialog = createRef<HTMLDialogElement>();
  /** Where the focus goes once the element has rendered. */
  #focusAfterUpdate: Ref<HTMLElement> | undefined;

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
    const dialog = this.#dialog.value;
    if (!this.declining) dialog?.close();
    else if (!dialog?.open) dialog?.showModal();
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    target?.value?.focus();
  }

  /** The refs of the card of invitation `id`. */
  #refs(id: string): CardRefs {
    let refs = this.#cardRefs.get(id);
    if (!refs) {
      refs = {
        heading: createRef(),
        consent: createRef(),
        feedback: createRef(),
        decline: createRef(),
      };
      this.#cardRefs.set(id, refs);
    }
    return refs;
  }

  /** Moves the focus to `target` after the next render. */
  #focus(target: Ref<HTMLElement>): void {
    this.#focusAfterUpdate = target;
    this.requestUpdate();
  }

  #card(id: string): CardState {
    return this.cards[id] ?? untouchedCard;
  }

  #patchCard(id: string, patch: Partial<CardState>): void {
    this.cards = { ...this.cards, [id]: { ...this.#card(id), ...patch } };
  }

  /** An accept or decline of `invitation` is in flight. */
  #busy(invitation: Invitation, kind: Answer['kind']): boolean {
    const input = this.#answer.input;
    return this.#answer.pending && input?.kind === kind && input.invitation.id === invitation.id;
  }

  #joined(invitation: Invitation, association: Association): void {
    this.#inbox.association = association;
    this.#inbox.replace(invitation);
    this.joinedHere = true;
    this.announcement = this.t('accept.joined', inviterNames(association));
    this.#focus(this.#associationHeading);
    this.dispatchEvent(new InvitationAcceptedEvent({ invitation, association }));
  }

  #answered(answered: Answered, answer: Answer): void {
    if (answered.kind === 'accepted') {
      this.#joined(answered.invitation, answered.association);
      return;
    }
    this.#closeDialog(this.#refs(answer.invitation.id).heading);
    this.#inbox.replace(answered.invitation);
    this.announcement = this.t('accept.declined', inviterNames(answer.invitation));
    this.dispatchEvent(new InvitationDeclinedEvent(answered.invitation));
  }

  /** The consent error shows only while the box is unticked, so any toggle (a tick) ends it. */
  #onToggle = (invitation: Invitation, checked: boolean): void => {
    this.#patchCard(invitation.id, { agreed: checked, showConsentError: false });
  };

  #onAccept = (invitation: Invitation): void => {
    const card = this.#card(invitation.id);
    if (this.#answer.pending || !this.api) return;
    if (invitation.agreements.length > 0 && !card.agreed) {
      this.#patchCard(invitation.id, { showConsentError: true });
      this.#focus(this.#refs(invitation.id).consent);
      return;
    }
    const agreements = invitation.agreements.map(({ id, version }) => ({ id, version }));
    if (!this.dispatchEvent(new InvitationAcceptEvent({ invitation, agreements }))) return;
    this.#patchCard(invitation.id, { feedback: undefined });
    this.announcement = this.t('accept.busy.accepting');
    this.#answer.run({ kind: 'accept', invitation, agreements });
  };

  /** Shows why accepting or declining failed, where it belongs. */
  async #answerFailed(answer: Answer, error: unknown): Promise<void> {
    const { invitation } = answer;
    const refusal = this.refusalOf(error);
    if (answer.kind === 'decline') {
      if (refusal.kind === 'retryable') {
        // The dialog stays open with the reason; confirming again retries with the same key.
        this.declining = { invitation, error };
        this.announcement = describeError(this.t, error);
        this.dispatchEvent(new InvitationFailedEvent(error));
        return;
      }
      this.#closeDialog(this.#refs(invitation.id).decline);
    }
    if (refusal.kind === 'state-changed' || refusal.kind === 'gone') {
      this.cards = { ...this.cards, [invitation.id]: untouchedCard };
      const reloaded = await this.#inbox.reload();
      // After a failed reload this is the copy the invitee answered (the list stays as it was).
      const current = this.#inbox.find(invitation.id);
      if (refusal.kind === 'gone' || !current) {
        this.gone = invitation;
        this.announcement = this.t('accept.gone', inviterNames(invitation));
        this.#focus(this.#goneNotice);
      } else {
        const status = reloaded ? current.status : refusal.status;
        this.#patchCard(invitation.id, { feedback: { kind: 'refreshed', status } });
        this.announcement = this.t(refreshedNotice(status));
        this.#focus(this.#refs(invitation.id).feedback);
        // Another window accepted it first: what the user asked for is done, so this is no error.
        const { association } = this.#inbox;
        if (reloaded && answer.kind === 'accept' && status === 'accepted' && association) {
          this.#joined(current, association);
          return;
        }
      }
    } else if (refusal.kind === 'session-expired') {
      // The neutral "sign in again" state says it; the card keeps the ticked box for later.
      this.announcement = describeError(this.t, error);
    } else {
      const card = this.#card(invitation.id);
      const changed = refusal.kind === 'agreements-changed';
      if (changed) this.#inbox.replace({ ...invitation, agreements: refusal.agreements });
      this.#patchCard(invitation.id, {
        agreed: card.agreed && !changed,
        feedback: { kind: 'failure', refusal, error },
      });
      this.#focus(this.#refs(invitation.id).feedback);
      this.announcement = describeError(this.t, error);
    }
    this.dispatchEvent(new InvitationFailedEvent(error));
  }

  #onDecline = (invitation: Invitation): void => {
    if (this.#answer.pending || this.declining) return;
    this.declining = { invitation };
  };

  #confirmDecline = (): void => {
    const current = this.declining;
    if (!current || this.#answer.pending || !this.api) return;
    this.declining = { invitation: current.invitation };
    this.announcement = this.t('accept.busy.declining');
    this.#answer.run({ kind: 'decline', invitation: current.invitation });
  };

  /** Closes the decline dialog and moves the focus to `target` (else back to Decline). */
  #closeDialog(target?: Ref<HTMLElement>): void {
    const invitation = this.declining?.invitation;
    if (!invitation) return;
    this.#focus(target ?? this.#refs(invitation.id).decline);
    this.declining = undefined;
  }

  protected reload(): void {
    void this.#inbox.reload();
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
      accepting: (invitation) => this.#busy(invitation, 'accept'),
      refs: (invitation) => this.#refs(invitation.id),
      onToggle: this.#onToggle,
      onAccept: this.#onAccept,
      onDecline: this.#onDecline,
    };
    const showAll = () => (this.showAll = true);
    return html`${linkedId ? renderLinkNotice(t, linked, invitations.length, showAll) : nothing}
    ${this.gone ? renderGoneNotice(t, this.gone, this.#goneNotice) : nothing}
    ${association ? renderAssociation(t, association, this.joinedHere, this.#associationHeading) : nothing}
    ${
      invitations.some((i) => i.status === 'pending')
        ? nothing
        : renderNoPending(t, { listed: shown.length, hasMaster: association !== null })
    }
    ${
      shown.length > 0
        ? html`<div class="list" part="list">
            ${shown.map((i) => renderInvitationCard(i, this.#card(i.id), ctx))}
          </div>`
        : nothing
    }`;
  }

  /** What the newest load says: loading, the list, or why it failed (above the list it had). */
  #renderLoad(): unknown {
    const t = this.t;
    const { loaded } = this.#inbox;
    return this.#inbox.render({
      initial: () => this.renderNotConfigured(),
      // A reload keeps the list on screen while it runs.
      pending: () => (loaded ? this.#renderInbox() : this.renderLoading()),
      complete: () => this.#renderInbox(),
      error: (error) => {
        // Nothing to explain when the element was only moved, or signed out (said above).
        const { kind } = classifyRefusal(error);
        const quiet = kind === 'aborted' || kind === 'session-expired';
        return html`${quiet ? nothing : renderLoadFailed(t, describeError(t, error), loaded, this.#inbox.reload)}
        ${loaded ? this.#renderInbox() : nothing}`;
      },
    });
  }

  override render(): TemplateResult {
    if (!this.localize.ready) return this.renderTextsLoading();
    const t = this.t;
    const declining = this.declining && {
      ...this.declining,
      busy: this.#busy(this.declining.invitation, 'decline'),
    };
    return html`<div class="base" part="base" aria-busy=${this.#inbox.loading}>
      <h2 part="heading">${t('accept.title')}</h2>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.sessionExpired ? this.renderSessionExpired() : nothing} ${this.#renderLoad()}
      ${renderDeclineDialog(t, declining, {
        dialog: this.#dialog,
        onConfirm: this.#confirmDecline,
        onDismiss: () => {
          if (!declining?.busy) this.#closeDialog();
        },
      })}
    </div>`;
  }
}
