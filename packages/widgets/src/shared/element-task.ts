import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import { isAbortError } from './abort.js';

/** What an {@link ElementTask} adds to `@lit/task`'s configuration. */
export interface ElementTaskConfig<A extends readonly unknown[], R> extends TaskConfig<A, R> {
  /**
   * Run again when the host comes back to the page after leaving mid-run (a framework moving it):
   * right for loads and checks. A user's action (send, answer) is never repeated unasked: it ends
   * aborted, and the user retries it.
   */
  rerunWhenBack?: boolean;
  /** Called with the failure of the newest run, unless it only stopped because it was aborted. */
  onFailure?: (error: unknown) => void;
}

/**
 * `@lit/task`'s `Task`, plus what it leaves to its users (it keeps running when its host leaves the
 * page): the run in flight is aborted when the host is disconnected — its `fetch` must not outlive
 * the element — and, with `rerunWhenBack`, runs again when the host is connected again.
 * `onFailure` hears failures that are not aborts. Everything else is `Task` as documented: runs on
 * args change (or `run()`), one `AbortSignal` per run, only the newest run reported,
 * `render({ initial, pending, complete, error })`.
 */
export class ElementTask<const A extends readonly unknown[], const R> extends Task<A, R> {
  readonly #rerunWhenBack: boolean;
  #cutShort = false;

  constructor(host: ReactiveControllerHost, config: ElementTaskConfig<A, R>) {
    const { rerunWhenBack = false, onFailure, onError, ...taskConfig } = config;
    super(host, {
      ...taskConfig,
      onError: (error) => {
        onError?.(error);
        if (!isAbortError(error)) onFailure?.(error);
      },
    });
    this.#rerunWhenBack = rerunWhenBack;
  }

  hostConnected(): void {
    // Lit calls this from `addController` inside `Task`'s constructor when the host is already on
    // the page, before this class's fields exist: nothing was cut short then.
    if (!(#cutShort in this) || !this.#cutShort) return;
    this.#cutShort = false;
    void this.run();
  }

  hostDisconnected(): void {
    this.#cutShort = this.#rerunWhenBack && this.status === TaskStatus.PENDING;
    this.abort();
  }

  /** The newest run failed, and not only because it was aborted. */
  get failed(): boolean {
    return this.status === TaskStatus.ERROR && !isAbortError(this.error);
  }
}
