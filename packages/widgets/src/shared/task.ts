import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a {@link Task} stands: nothing to do yet, running, done or failed. */
export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What a {@link Task} runs, on which inputs, and whom it tells. */
export interface TaskOptions<A extends readonly unknown[], V> {
  /** The inputs, read at every host update: the task runs again when one of them changed. */
  args: () => A;
  /** The work for `args`, or `undefined` when there is nothing to do (status `initial`). */
  task: (args: A, signal: AbortSignal) => Promise<V> | undefined;
  /** Called with the value of the newest run, never with a superseded run's. */
  onComplete?: (value: V) => void;
}

/**
 * An element's async work, as much of `@lit/task` as the elements use: runs at a host update when
 * its args changed (or on `run()`), aborts the previous run's signal when a new run starts or the
 * host leaves the page, reports only the newest run, and runs again when the host comes back to the
 * page after leaving mid-run (e.g. moved by a framework). The host re-renders on every change.
 */
export class Task<A extends readonly unknown[], V> implements ReactiveController {
  /** Where the newest run stands. */
  status: TaskStatus = 'initial';
  /** The value of the last completed run. */
  value: V | undefined;
  /** Why the last failed run failed. */
  error: unknown;

  #args: A | undefined;
  #abort = new AbortController();
  #cutShort = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TaskOptions<A, V>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const last = this.#args;
    const args = this.options.args();
    if (!last || args.some((arg, i) => arg !== last[i])) void this.run();
  }

  hostConnected(): void {
    if (this.#cutShort) void this.run();
  }

  hostDisconnected(): void {
    this.#cutShort = this.status === 'pending';
    this.#abort.abort();
  }

  /** Runs the task for the current args now; resolves once that run has settled. */
  async run(): Promise<void> {
    this.#abort.abort();
    const abort = (this.#abort = new AbortController());
    this.#cutShort = false;
    const work = this.options.task((this.#args = this.options.args()), abort.signal);
    this.status = work ? 'pending' : 'initial';
    this.host.requestUpdate();
    if (!work) return;
    try {
      const value = await work;
      if (abort !== this.#abort) return;
      this.options.onComplete?.(value);
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (abort !== this.#abort) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
