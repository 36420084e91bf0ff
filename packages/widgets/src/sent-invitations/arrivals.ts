import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Client, Invitation } from '@enterprise-center/sdk';
import { ElementTask } from '../shared/element-task.js';
import type { InvitationSentEvent } from '../invite-member/events.js';

/** The event `<invite-member>` fires; only its type is imported, so none of its code ships here. */
const SENT = 'invitation-sent';

/** Where {@link Arrivals} gets its client from, and whom it tells. */
export interface ArrivalsConfig {
  api: () => Client | undefined;
  /** Whether the list shows the invitation already (then it is not fetched). */
  shows: (id: string) => boolean;
  /** Invitations sent on this page, as the element's own client sees them. */
  onArrived: (invitations: Invitation[]) => void;
}

/**
 * Keeps the list current while the element is on the page: it listens on the document for
 * `invitation-sent` (fired by an `<invite-member>`, bubbling and composed) and fetches each new
 * invitation through the element's own client — so an invitation sent by another account on the
 * same page (a different client) is never shown, and the row is the server's copy. Listening
 * stops when the element leaves the page.
 */
export class Arrivals implements ReactiveController {
  readonly #config: ArrivalsConfig;
  /** Ids heard of and not fetched yet (a fetch cut short by a newer one leaves its ids here). */
  readonly #waiting = new Set<string>();
  readonly #fetch: ElementTask<readonly [Client, readonly string[]], Invitation[]>;

  constructor(host: ReactiveControllerHost, config: ArrivalsConfig) {
    this.#config = config;
    host.addController(this);
    this.#fetch = new ElementTask(host, {
      autoRun: false,
      task: async ([api, ids], { signal }) => {
        const answers = await Promise.allSettled(
          ids.map((id) => api.invitations.get(id, { signal })),
        );
        signal.throwIfAborted();
        ids.forEach((id) => this.#waiting.delete(id));
        // One that cannot be fetched (another account's, or gone already) is not shown.
        return answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : []));
      },
      onComplete: (invitations) => config.onArrived(invitations),
    });
  }

  hostConnected(): void {
    document.addEventListener(SENT, this.#onSent);
  }

  hostDisconnected(): void {
    document.removeEventListener(SENT, this.#onSent);
  }

  #onSent = (event: Event): void => {
    const id = (event as InvitationSentEvent).detail?.id;
    const api = this.#config.api();
    if (typeof id !== 'string' || !api || this.#config.shows(id)) return;
    this.#waiting.add(id);
    void this.#fetch.run([api, [...this.#waiting]]);
  };
}
