import type { ReactiveControllerHost } from 'lit';
import { TaskStatus, type StatusRenderer } from '@lit/task';
import { newIdempotencyKey, type Client } from '@enterprise-center/sdk';
import { ElementTask } from './element-task.js';
import { classifyRefusal } from './refusal.js';

/** What a {@link UserAction} does, and whom it tells. */
export interface UserActionConfig<I, R> {
  /** The client to use now (the action does nothing while there is none). */
  api: () => Client | undefined;
  /**
   * Which attempts are the same request: an attempt that may have reached the server (it failed
   * in a way a retry may fix, or was aborted) leaves its idempotency key to the next attempt of
   * the same identity, so that a retry applies once.
   */
  identify: (input: I) => string;
  /** Performs the action (one request, or more, sharing `signal` and `idempotencyKey`). */
  perform: (
    api: Client,
    input: I,
    options: { signal: AbortSignal; idempotencyKey: string },
  ) => Promise<R>;
  /** Called with the result of the newest attempt. */
  onComplete?: (value: R, input: I) => void;
  /** Called with the failure of the newest attempt, unless it was only aborted. */
  onFailure?: (error: unknown, input: I) => void;
}

/**
 * An action the user starts (send, accept, decline, cancel…), as a reactive controller on
 * {@link ElementTask}: it runs only when asked (`run(input)`), never twice at once, and never again
 * by itself — an attempt cut short because the element left the page ends aborted, for the user to
 * retry. Each attempt carries an idempotency key that a retry of the same request reuses.
 * `render({ initial, pending, complete, error })` shows where the newest attempt stands
 * (`initial` before any, and after `dismiss()`).
 */
export class UserAction<I, R> {
  readonly #host: ReactiveControllerHost;
  readonly #task: ElementTask<readonly [I, string], R>;
  readonly #identify: (input: I) => string;
  /** Idempotency keys of attempts that may have reached the server, by identity. */
  readonly #keys = new Map<string, string>();
  #input: I | undefined;
  #shown = false;
  /**
   * The newest attempt has ended and its callback runs: `@lit/task` calls `onComplete`/`onError`
   * before it updates its status, so the status still says pending here.
   */
  #settling = false;

  constructor(host: ReactiveControllerHost, config: UserActionConfig<I, R>) {
    const { api, identify, perform, onComplete, onFailure } = config;
    this.#host = host;
    this.#identify = identify;
    this.#task = new ElementTask<readonly [I, string], R>(host, {
      autoRun: false,
      task: ([input, idempotencyKey], { signal }) => {
        const client = api();
        if (!client) throw new Error('The element has no client.');
        return perform(client, input, { signal, idempotencyKey });
      },
      onComplete: (value) => {
        const input = this.#input as I;
        this.#keys.delete(identify(input));
        this.#settle(() => onComplete?.(value, input));
      },
      onError: (error) => {
        const input = this.#input as I;
        const { kind } = classifyRefusal(error);
        // A definite answer ends the request: a new attempt is a new request, with a new key.
        if (kind !== 'retryable' && kind !== 'aborted') this.#keys.delete(identify(input));
      },
      onFailure: (error) => this.#settle(() => onFailure?.(error, this.#input as I)),
    });
  }

  /** Runs the callback of an attempt that has ended: it is no longer pending, and may dismiss. */
  #settle(callback: () => void): void {
    this.#settling = true;
    try {
      callback();
    } finally {
      this.#settling = false;
    }
  }

  /** An attempt is in flight. */
  get pending(): boolean {
    return this.#shown && !this.#settling && this.#task.status === TaskStatus.PENDING;
  }

  /** The result of the newest attempt, once it succeeded (until `dismiss()`). */
  get value(): R | undefined {
    return this.#shown && this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  /** The input of the newest attempt (until `dismiss()`). */
  get input(): I | undefined {
    return this.#shown ? this.#input : undefined;
  }

  /**
   * Starts an attempt for `input` — with the key of an earlier attempt of the same request that
   * may have arrived, else a new one. Ignored (false) while an attempt is in flight.
   */
  run(input: I): boolean {
    if (this.#task.status === TaskStatus.PENDING) return false;
    const identity = this.#identify(input);
    const key = this.#keys.get(identity) ?? newIdempotencyKey();
    this.#keys.set(identity, key);
    this.#input = input;
    this.#shown = true;
    void this.#task.run([input, key]);
    return true;
  }

  /** Forgets the outcome shown (the keys of attempts that may have arrived stay). */
  dismiss(): void {
    if (this.pending || !this.#shown) return;
    this.#shown = false;
    this.#host.requestUpdate();
  }

  /** Renders where the newest attempt stands; `initial` before any and after `dismiss()`. */
  render(renderer: StatusRenderer<R>): unknown {
    return this.#shown ? this.#task.render(renderer) : renderer.initial?.();
  }
}
