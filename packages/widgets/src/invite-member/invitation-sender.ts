import type { ReactiveControllerHost } from 'lit';
import type { StatusRenderer } from '@lit/task';
import type { Client, CreateInvitationInput, Invitation } from '@enterprise-center/sdk';
import { UserAction } from '../shared/user-action.js';
import type { InvitationSummary } from './confirm-dialog.js';
import { InvitationSubmitEvent } from './events.js';

/** Where an {@link InvitationSender} gets its client from and reports outcomes to. */
export interface InvitationSenderOptions {
  api: () => Client | undefined;
  onSent: (invitation: Invitation) => void;
  /** The newest send failed (not only aborted). */
  onFailure: (error: unknown, request: CreateInvitationInput) => void;
}

/**
 * Sends the invitation the user confirmed, exactly once: the send is a {@link UserAction}, so a
 * request that may have reached the server keeps its idempotency key for Retry (a lost response
 * plus a retry still makes one invitation). Before every send (OK or Retry) it fires the
 * cancelable `invitation-submit`; a host that cancels it vetoes the send.
 */
export class InvitationSender {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #send: UserAction<CreateInvitationInput, Invitation>;
  #confirming: { request: CreateInvitationInput; summary: InvitationSummary } | undefined;
  #vetoed = false;

  constructor(host: ReactiveControllerHost & EventTarget, options: InvitationSenderOptions) {
    this.#host = host;
    this.#send = new UserAction(host, {
      api: options.api,
      identify: (request) => JSON.stringify(request),
      perform: (api, request, { signal, idempotencyKey }) =>
        api.invitations.create(request, { signal, idempotencyKey }),
      onComplete: options.onSent,
      onFailure: options.onFailure,
    });
  }

  /** What the confirmation dialog shows while the user confirms. */
  get confirming(): InvitationSummary | undefined {
    return this.#confirming?.summary;
  }

  /** The invitation just sent, while the success panel shows it. */
  get sent(): Invitation | undefined {
    return this.#send.value;
  }

  /** A send is in flight. */
  get sending(): boolean {
    return this.#send.pending;
  }

  /** Whether Submit must wait: a confirmation is open or a send is in flight. */
  get busy(): boolean {
    return this.#confirming !== undefined || this.#send.pending;
  }

  /** Asks for confirmation of `request`. */
  confirm(request: CreateInvitationInput, summary: InvitationSummary): void {
    this.#confirming = { request, summary };
    this.#host.requestUpdate();
  }

  /** The user confirmed with OK: the request goes out (a second click on OK sends nothing). */
  accept(): void {
    const confirmed = this.#confirming;
    this.#confirming = undefined;
    if (confirmed) this.#submit(confirmed.request);
  }

  /** The user cancelled the confirmation. */
  cancel(): void {
    this.#confirming = undefined;
    this.#host.requestUpdate();
  }

  /** Sends the failed request again (with the same idempotency key). */
  retry(): void {
    const request = this.#send.input;
    if (request) this.#submit(request);
  }

  /** The form changed: a failed or vetoed send is history (a new Submit makes a new one). */
  edited(): void {
    if (this.#vetoed) {
      this.#vetoed = false;
      this.#host.requestUpdate();
    }
    if (!this.#send.value) this.#send.dismiss();
  }

  /** Back to a fresh form (the keys of sends that may have arrived stay). */
  reset(): void {
    this.#confirming = undefined;
    this.#vetoed = false;
    this.#send.dismiss();
  }

  /** Sends `request` unless a host vetoes it (`invitation-submit` cancelled). */
  #submit(request: CreateInvitationInput): void {
    this.#vetoed = !this.#host.dispatchEvent(new InvitationSubmitEvent(request));
    if (this.#vetoed) this.#send.dismiss();
    else this.#send.run(request);
    this.#host.requestUpdate();
  }

  /** Where the send stands: `initial` when idle, `vetoed` when a host vetoed it. */
  render(renderer: StatusRenderer<Invitation> & { vetoed?: () => unknown }): unknown {
    return this.#vetoed ? renderer.vetoed?.() : this.#send.render(renderer);
  }
}
