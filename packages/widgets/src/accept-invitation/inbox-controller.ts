import type { ReactiveControllerHost } from 'lit';
import { initialState, TaskStatus, type StatusRenderer } from '@lit/task';
import type { Association, Client, Invitation } from '@enterprise-center/sdk';
import { ElementTask } from '../shared/element-task.js';
import { loadInbox, type Inbox } from './inbox.js';

/** Where an {@link InboxController} gets its client from, and whom it tells of failures. */
export interface InboxOptions {
  api: () => Client | undefined;
  /** A load failed (not only aborted). */
  onFailure: (error: unknown) => void;
}

/**
 * What the invitee has received and whom it belongs to: loads the received invitations and the
 * association (an `ElementTask`: again whenever the client changes, and when the element comes
 * back after leaving the page mid-load), and keeps them up to date as the invitee answers. The
 * host re-renders on every change.
 */
export class InboxController {
  /** Every received invitation, newest first. */
  invitations: Invitation[] = [];
  /** The account's current master account, or `null`; the host records one the invitee joins. */
  association: Association | null = null;
  /** Whether a load has completed since the client was set. */
  loaded = false;

  readonly #host: ReactiveControllerHost;
  readonly #task: ElementTask<readonly [Client | undefined], Inbox>;

  constructor(host: ReactiveControllerHost, options: InboxOptions) {
    this.#host = host;
    this.#task = new ElementTask(host, {
      args: () => [options.api()] as const,
      task: ([client], { signal }) => (client ? loadInbox(client, signal) : initialState),
      rerunWhenBack: true,
      // Called for the latest run only, so a slower earlier load never overwrites a newer one.
      onComplete: (inbox) => {
        this.invitations = inbox.invitations;
        this.association = inbox.association;
        this.loaded = true;
      },
      onFailure: options.onFailure,
    });
  }

  /** Forgets what was loaded (the client changed: it may be another account). */
  clear(): void {
    this.invitations = [];
    this.association = null;
    this.loaded = false;
  }

  /** A load is in flight. */
  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** Renders where the newest load stands. */
  render(renderer: StatusRenderer<Inbox>): unknown {
    return this.#task.render(renderer);
  }

  /** Loads everything again; resolves to whether that worked. Bound: usable as a click handler. */
  readonly reload = async (): Promise<boolean> => {
    await this.#task.run();
    return this.#task.status === TaskStatus.COMPLETE;
  };

  /** Puts the server's newer copy of an invitation in place of the old one. */
  replace(invitation: Invitation): void {
    this.invitations = this.invitations.map((i) => (i.id === invitation.id ? invitation : i));
    this.#host.requestUpdate();
  }

  /** The invitation with this id, if the account received it. */
  find(id: string): Invitation | undefined {
    return this.invitations.find((i) => i.id === id);
  }
}
