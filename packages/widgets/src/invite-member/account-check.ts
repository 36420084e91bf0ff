import type { ReactiveControllerHost } from 'lit';
import type { Client, PrecheckResult } from '@enterprise-center/sdk';
import { delay, isAbortError } from '../shared/abort.js';
import type { ChecklistItem } from '../shared/conditions.js';
import { Task } from '../shared/task.js';
import { PrecheckCompletedEvent } from './events.js';
import { PrecheckCache, precheckKey, type PrecheckInput } from './precheck-cache.js';

/** What the check says about an input, as far as it knows now. */
export type CheckState =
  | { kind: 'checking' }
  /** Every condition is met; `enterprise` names the account's enterprise when it has one. */
  | { kind: 'eligible'; checks: ChecklistItem[]; enterprise: string | undefined }
  | { kind: 'ineligible'; checks: ChecklistItem[] }
  | { kind: 'check-failed'; error: unknown };

/** Where an {@link AccountCheck} gets its inputs from. */
export interface AccountCheckOptions {
  api: () => Client | undefined;
  /** The input to check now, or undefined when there is nothing to check. */
  input: () => PrecheckInput | undefined;
  /** Quiet time after typing before checking, in ms. */
  debounce: () => number;
}

/** The client, and the input's cache key: the check runs again when either changes. */
type Args = [Client | undefined, string | undefined];
type Checked = { key: string; result: PrecheckResult };

/**
 * Prechecks the typed account as the user works: after a pause in typing (debounce), at once when
 * only the unit or payment method changed, never twice for the same input within the cache's
 * lifetime. A newer input (or the host leaving the page) aborts the request for an older one, and
 * only the newest run's answer is ever reported ({@link Task} drops stale runs): the host fires
 * `precheck-completed` with it.
 */
export class AccountCheck {
  readonly #cache = new PrecheckCache();
  readonly #task: Task<Args, Checked>;
  #lastAccount = '';

  constructor(host: ReactiveControllerHost & EventTarget, options: AccountCheckOptions) {
    this.#task = new Task<Args, Checked>(host, {
      args: () => {
        const input = options.input();
        return [options.api(), input && precheckKey(input)];
      },
      task: ([api], signal) => {
        const input = options.input();
        return api && input?.accountName
          ? this.#check(api, input, options.debounce(), signal)
          : undefined;
      },
      onComplete: ({ result }) => host.dispatchEvent(new PrecheckCompletedEvent(result)),
    });
  }

  /** Checks `input` (from the cache, or after `debounce` ms of quiet when the account changed). */
  async #check(
    api: Client,
    input: PrecheckInput,
    debounce: number,
    signal: AbortSignal,
  ): Promise<Checked> {
    const key = precheckKey(input);
    const cached = this.#cache.get(key);
    if (cached) return { key, result: cached };
    const typing = input.accountName !== this.#lastAccount;
    this.#lastAccount = input.accountName;
    if (typing) await delay(debounce, signal);
    const result = await api.invitations.precheck(
      {
        accountName: input.accountName,
        orgId: input.orgId || undefined,
        paymentMethod: input.paymentMethod || undefined,
      },
      { signal },
    );
    this.#cache.set(key, result);
    return { key, result };
  }

  /** What is known about `input`: its result once the check for exactly this input is done. */
  stateOf(input: PrecheckInput): CheckState {
    const task = this.#task;
    if (task.status === 'error' && !isAbortError(task.error)) {
      return { kind: 'check-failed', error: task.error };
    }
    if (task.status !== 'complete' || task.value?.key !== precheckKey(input)) {
      return { kind: 'checking' };
    }
    const { eligible, checks, invitee } = task.value.result;
    return eligible
      ? { kind: 'eligible', checks, enterprise: invitee?.enterpriseName }
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
