import type { ReactiveControllerHost } from 'lit';
import type { Client, PrecheckResult } from '@enterprise-center/sdk';
import { delay, isAbortError } from '../shared/abort.js';
import { Task } from '../shared/task.js';
import type { RequestedPaymentMethod } from './payment-field.js';
import { PrecheckCache, precheckKey, type PrecheckInput } from './precheck-cache.js';

/** What the check says about an input, as far as it knows now. */
export type CheckState =
  | { kind: 'checking' }
  | { kind: 'eligible'; result: PrecheckResult }
  | { kind: 'ineligible'; result: PrecheckResult }
  | { kind: 'check-failed'; error: unknown };

/** Where an {@link AccountCheck} gets its inputs from. */
export interface AccountCheckOptions {
  api: () => Client | undefined;
  /** The input to check now, or undefined when there is nothing to check. */
  input: () => PrecheckInput | undefined;
  /** Quiet time after typing before checking, in ms. */
  debounce: () => number;
  /** A result is about to be shown for the current input (fresh or cached). */
  onResult: (result: PrecheckResult) => void;
}

type Args = [Client | undefined, string, string, RequestedPaymentMethod | ''];
type Checked = { key: string; result: PrecheckResult };

/**
 * Prechecks the typed account as the user works: after a pause in typing (debounce), at once when
 * only the unit or payment method changed, never twice for the same input within the cache's
 * lifetime. A newer input (or the host leaving the page) aborts the request for an older one, and
 * only the newest run's answer is ever reported ({@link Task} drops stale runs).
 */
export class AccountCheck {
  readonly #cache = new PrecheckCache();
  readonly #options: AccountCheckOptions;
  readonly #task: Task<Args, Checked>;
  #lastAccount = '';

  constructor(host: ReactiveControllerHost, options: AccountCheckOptions) {
    this.#options = options;
    this.#task = new Task<Args, Checked>(host, {
      args: () => {
        const input = options.input();
        return [
          options.api(),
          input?.accountName ?? '',
          input?.orgId ?? '',
          input?.paymentMethod ?? '',
        ];
      },
      task: ([api, accountName, orgId, paymentMethod], signal) =>
        api && accountName
          ? this.#check(api, { accountName, orgId, paymentMethod }, signal)
          : undefined,
      onComplete: ({ result }) => options.onResult(result),
    });
  }

  async #check(api: Client, input: PrecheckInput, signal: AbortSignal): Promise<Checked> {
    const key = precheckKey(input);
    const cached = this.#cache.get(key);
    if (cached) return { key, result: cached };
    const typing = input.accountName !== this.#lastAccount;
    this.#lastAccount = input.accountName;
    if (typing) await delay(this.#options.debounce(), signal);
    const result = await api.invitations.precheck(
      {
        accountName: input.accountName,
        ...(input.orgId ? { orgId: input.orgId } : {}),
        ...(input.paymentMethod ? { paymentMethod: input.paymentMethod } : {}),
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
    const { result } = task.value;
    return result.eligible ? { kind: 'eligible', result } : { kind: 'ineligible', result };
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
