import type { ReactiveControllerHost } from 'lit';
import type { Client, Invitation } from '@enterprise-center/sdk';
import { UserAction } from '../shared/user-action.js';
import type { RowAction } from './events.js';

/** What the user asked of a row: cancel it or send it again. */
export interface RowRequest {
  action: RowAction;
  invitation: Invitation;
}

/** Whom a row's action tells; see `UserActionConfig`. */
export interface RowActionsConfig {
  api: () => Client | undefined;
  onComplete: (invitation: Invitation, request: RowRequest) => void;
  onFailure: (error: unknown, request: RowRequest) => void;
}

/**
 * One {@link UserAction} per row the user acted on (made on first use), so that rows act
 * independently: a pending cancel on one row never blocks a resend on another, while a row never
 * runs two requests at once. A retry of the same action on a row reuses its idempotency key.
 */
export class RowActions {
  readonly #host: ReactiveControllerHost;
  readonly #config: RowActionsConfig;
  readonly #rows = new Map<string, UserAction<RowRequest, Invitation>>();

  constructor(host: ReactiveControllerHost, config: RowActionsConfig) {
    this.#host = host;
    this.#config = config;
  }

  /** The row's action controller, if the user has acted on it. */
  of(id: string): UserAction<RowRequest, Invitation> | undefined {
    return this.#rows.get(id);
  }

  /** Whether the row has a request in flight. */
  pending(id: string): boolean {
    return this.#rows.get(id)?.pending ?? false;
  }

  /** Sends `request` (false while the row has one in flight). */
  run(request: RowRequest): boolean {
    const { id } = request.invitation;
    let action = this.#rows.get(id);
    if (!action) {
      action = new UserAction<RowRequest, Invitation>(this.#host, {
        api: this.#config.api,
        identify: ({ action: kind, invitation }) => `${kind}:${invitation.id}`,
        perform: (api, { action: kind, invitation }, options) =>
          kind === 'cancel'
            ? api.invitations.cancel(invitation.id, options)
            : api.invitations.resend(invitation.id, options),
        onComplete: this.#config.onComplete,
        onFailure: this.#config.onFailure,
      });
      this.#rows.set(id, action);
    }
    return action.run(request);
  }

  /** Forgets every outcome shown (requests in flight carry on; kept keys stay). */
  dismissAll(): void {
    for (const action of this.#rows.values()) action.dismiss();
  }
}
