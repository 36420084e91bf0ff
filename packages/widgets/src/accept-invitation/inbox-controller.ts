import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { Association, Invitation } from '@enterprise-center/sdk';
import { isAbortError } from '../shared/abort.js';
import type { Client } from '../shared/base-element.js';
import { loadInbox, type Inbox } from './inbox.js';

/** Where the controller gets its client and the signal that ends with the element's lifetime. */
export interface InboxSource {
  api: () => Client | undefined;
  lifetimeSignal: () => AbortSignal;
}

/**
 * What the invitee has received and whom it belongs to: loads the received invitations and the
 * association (with `@lit/task`, again whenever the client changes), and keeps them up to date as
 * the invitee answers. The host re-renders on every change.
 */
export class InboxController implements ReactiveController {
  /** Every received invitation, newest first. */
  invitations: Invitation[] = [];
  /** The account's current master account, or `null`. */
  association: Association | null = null;
  /** Whether a load has completed since the client was set. */
  loaded = false;

  readonly #host: ReactiveControllerHost & { hasUpdated: boolean };
  readonly #task: Task<readonly [Client | undefined], Inbox>;
  #resume = false;

  constructor(host: ReactiveControllerHost & { hasUpdated: boolean }, source: InboxSource) {
    this.#host = host;
    host.addController(this);
    this.#task = new Task(host, {
      args: () => [source.api()] as const,
      task: ([api], { signal }) => {
        if (!api) return initialState;
        return loadInbox(api, AbortSignal.any([signal, source.lifetimeSignal()]));
      },
      // Called for the latest run only, so a slower earlier load never overwrites a newer one.
      onComplete: (inbox) => {
        this.invitations = inbox.invitations;
        this.association = inbox.association;
        this.loaded = true;
      },
    });
  }

  /** Forgets what was loaded (the client changed: it may be another account). */
  clear(): void {
    this.invitations = [];
    this.association = null;
    this.loaded = false;
  }

  hostConnected(): void {
    // Moved in the page: a load cut short by the disconnect must run again. It starts at the next
    // update, once the host has a fresh lifetime signal.
    if (this.#host.hasUpdated && this.#task.status !== TaskStatus.COMPLETE) {
      this.#resume = true;
      this.#host.requestUpdate();
    }
  }

  hostUpdate(): void {
    if (!this.#resume) return;
    this.#resume = false;
    void this.#task.run();
  }

  /** A load is in flight. */
  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** Why the last load failed, unless it only stopped because the element left the page. */
  get failure(): unknown {
    const error = this.#task.error;
    return this.#task.status === TaskStatus.ERROR && !isAbortError(error) ? error : undefined;
  }

  /** Loads everything again; resolves to whether that worked. */
  async reload(): Promise<boolean> {
    await this.#task.run();
    return this.#task.status === TaskStatus.COMPLETE;
  }

  /** Puts the server's newer copy of an invitation in place of the old one. */
  replace(invitation: Invitation): void {
    this.invitations = this.invitations.map((i) => (i.id === invitation.id ? invitation : i));
    this.#host.requestUpdate();
  }

  /** Records the association the account now has. */
  joined(invitation: Invitation, association: Association): void {
    this.association = association;
    this.replace(invitation);
  }

  /** The invitation with this id, if the account received it. */
  find(id: string): Invitation | undefined {
    return this.invitations.find((i) => i.id === id);
  }
}
