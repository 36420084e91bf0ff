import { isEnterpriseCenterError } from '@enterprise-center/sdk';

/** Whether a failure only means the request was abandoned on purpose (input changed, element removed). */
export function isAbortError(error: unknown): boolean {
  if (isEnterpriseCenterError(error)) return error.code === 'ABORTED';
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Waits `ms`; rejects with the signal's reason as soon as `signal` aborts. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
