import type { ReactiveControllerHost } from 'lit';
import {
  newIdempotencyKey,
  type Client,
  type CreateInvitationInput,
  type Invitation,
} from '@enterprise-center/sdk';
import { isAbortError } from '../shared/abort.js';
import { InvitationFailedEvent } from '../shared/events.js';
import type { InvitationSummary } from './confirm-dialog.js';
import { InvitationSentEvent, InvitationSubmitEvent } from './events.js';
import { classifySendError, type SendRefusal, type SendState } from './submission.js';

/** A refusal the form shows at a field (everything but failures shown beside Submit). */
export type FieldRefusal = Exclude<SendRefusal, { kind: 'other' }>;

/** Where an {@link InvitationSender} gets its client from and reports outcomes to. */
export interface InvitationSenderOptions {
  api: () => Client | undefined;
  /** Aborted when the host leaves the page. */
  lifetime: () => AbortSignal;
  onSent: (invitation: Invitation) => void;
  onRefused: (refusal: FieldRefusal, request: CreateInvitationInput) => void;
}

/**
 * Sends the invitation the user confirmed, exactly once: one idempotency key per confirmed submit,
 * reused by Retry, so a lost response plus a retry still makes one invitation. Fires the
 * cancelable `invitation-submit` before every send (OK or Retry), then `invitation-sent` or
 * `invitation-failed`.
 */
export class InvitationSender {
  #state: SendState = { kind: 'idle' };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: InvitationSenderOptions,
  ) {}

  /** Where sending stands. */
  get state(): SendState {
    return this.#state;
  }

  #set(state: SendState): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  /** Asks for confirmation of `request` (the host asks only while neither confirming nor sending). */
  confirm(request: CreateInvitationInput, summary: InvitationSummary): void {
    this.#set({ kind: 'confirming', request, summary });
  }

  /** The user confirmed: the request goes out with a fresh idempotency key. */
  accept(): void {
    if (this.#state.kind !== 'confirming') return; // a second click on OK sends nothing
    void this.#send(this.#state.request, newIdempotencyKey());
  }

  /** The user cancelled the confirmation. */
  cancel(): void {
    if (this.#state.kind === 'confirming') this.reset();
  }

  /** Sends the failed request again with the same idempotency key. */
  retry(): void {
    if (this.#state.kind !== 'failed' || !this.#state.retryable) return;
    void this.#send(this.#state.request, this.#state.idempotencyKey);
  }

  /** The form changed: a failed or vetoed request is history (a new Submit makes a new one). */
  edited(): void {
    if (this.#state.kind === 'failed' || this.#state.kind === 'vetoed') this.reset();
  }

  /** Back to a fresh form. */
  reset(): void {
    this.#set({ kind: 'idle' });
  }

  /** Sends `request` unless a host vetoes it (`invitation-submit` cancelled). */
  async #send(request: CreateInvitationInput, idempotencyKey: string): Promise<void> {
    const api = this.options.api();
    if (!api) return;
    if (!this.host.dispatchEvent(new InvitationSubmitEvent(request))) {
      this.#set({ kind: 'vetoed' });
      return;
    }
    this.#set({ kind: 'sending', request, idempotencyKey });
    try {
      const invitation = await api.invitations.create(request, {
        idempotencyKey,
        signal: this.options.lifetime(),
      });
      this.#set({ kind: 'sent', invitation });
      this.options.onSent(invitation);
      this.host.dispatchEvent(new InvitationSentEvent(invitation));
    } catch (error) {
      // Aborted: the host was removed. Keep the key so a Retry after re-insertion cannot duplicate.
      let retryable = true;
      if (!isAbortError(error)) {
        this.host.dispatchEvent(new InvitationFailedEvent(error));
        const refusal = classifySendError(error);
        if (refusal.kind !== 'other') {
          this.reset();
          return this.options.onRefused(refusal, request);
        }
        retryable = refusal.retryable;
      }
      this.#set({ kind: 'failed', request, idempotencyKey, error, retryable });
    }
  }
}
