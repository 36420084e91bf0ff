import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialState, TaskStatus } from '@lit/task';
import type { Client, PrecheckResult } from '@enterprise-center/sdk';
import type { ChecklistItem } from '../shared/conditions.js';
import { ElementTask } from '../shared/element-task.js';
import { PrecheckCache, precheckKey, type PrecheckInput } from './precheck-cache.js';

/** What the check says about an input, as far as it knows now. */
export type CheckState =
  | { kind: 'checking' }
  /** Every condition is met; `enterprise` names the account's enterprise when it has one. */
  | { kind: 'eligible'; checks: ChecklistItem[]; enterprise: string | undefined }
  | { kind: 'ineligible'; checks: ChecklistItem[] }
  | { kind: 'check-failed'; error: unknown };

/** Where an {@link AccountCheck} gets its inputs from, and whom it tells. */
export interface AccountCheckOptions {
  api: () => Client | undefined;
  /** The input to check now, or undefined when there is nothing to check. */
  input: () => PrecheckInput | undefined;
  /** Quiet time after typing before checking, in ms. */
  debounce: () => number;
  /** The newest check has a result to show. */
  onComplete: (result: PrecheckResult) => void;
  /** The newest check failed (not only aborted). */
  onFailure: (error: unknown) => void;
}

type Args = readonly [Client | undefined, PrecheckInput | undefined];
type Checked = { key: string; result: PrecheckResult };

const sameArgs = ([apiA, inputA]: Args, [apiB, inputB]: Args): boolean =>
  apiA === apiB && (inputA && precheckKey(inputA)) === (inputB && precheckKey(inputB));

/**
 * Prechecks the typed account as the user works: after a pause in typing (debounce), at once when
 * only the unit or payment method changed, never twice for the same input within the cache's
 * lifetime. A newer input (or the host leaving the page) aborts the request for an older one;
 * moved mid-check, it checks again. Only the newest run's answer is reported.
 */
export class AccountCheck implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AccountCheckOptions;
  readonly #cache = new PrecheckCache();
  readonly #task: ElementTask<Args, Checked>;
  /** The account name as last seen, and the one the user stopped typing (the debounce's output). */
  #typed = '';
  #settled = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: AccountCheckOptions) {
    this.#host = host;
    this.#options = options;
    // Added before the task, so that the debounce has settled the input when the task reads it.
    host.addController(this);
    this.#task = new ElementTask<Args, Checked>(host, {
      args: () => [options.api(), this.#settledInput()],
      argsEqual: sameArgs,
      task: async ([api, input], { signal }) => {
        if (!api || !input) return initialState;
        const key = precheckKey(input);
        const cached = this.#cache.get(key);
        if (cached) return { key, result: cached };
        const { accountName, orgId, paymentMethod } = input;
        const result = await api.invitations.precheck(
          { accountName, orgId: orgId || undefined, paymentMethod: paymentMethod || undefined },
          { signal },
        );
        this.#cache.set(key, result);
        return { key, result };
      },
      rerunWhenBack: true,
      onComplete: ({ result }) => options.onComplete(result),
      onFailure: options.onFailure,
    });
  }

  /** Starts the typing pause when the account changed (none when its answer is cached). */
  hostUpdate(): void {
    const input = this.#options.input();
    const account = input?.accountName ?? '';
    if (account === this.#typed) return;
    this.#typed = account;
    clearTimeout(this.#timer);
    if (!input || this.#cache.get(precheckKey(input))) {
      this.#settled = account;
      return;
    }
    this.#timer = setTimeout(() => {
      this.#settled = this.#typed;
      this.#host.requestUpdate();
    }, this.#options.debounce());
  }

  /** The input to check: the current one once the user stopped typing its account. */
  #settledInput(): PrecheckInput | undefined {
    const input = this.#options.input();
    return input?.accountName && input.accountName === this.#settled ? input : undefined;
  }

  /** What is known about `input`: its result once the check for exactly this input is done. */
  stateOf(input: PrecheckInput): CheckState {
    const task = this.#task;
    if (task.failed) return { kind: 'check-failed', error: task.error };
    if (task.status !== TaskStatus.COMPLETE || task.value?.key !== precheckKey(input)) {
      return { kind: 'checking' };
    }
    const { eligible, checks, invitee } = task.value.result;
    return eligible
      ? { kind: 'eligible', checks, enterprise: invitee?.enterpriseName ?? undefined }
      : { kind: 'ineligible', checks };
  }

  /** Checks the current input again now (after a failed check). */
  retry(): void {
    void this.#task.run();
  }

  /** Forgets cached answers: the server's state changed (an invitation was sent or refused). */
  forget(): void {
    this.#cache.clear();
  }
}
