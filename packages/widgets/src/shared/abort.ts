import { isEnterpriseCenterError } from '@enterprise-center/sdk';

/** Whether a failure only means the request was abandoned on purpose (input changed, element removed). */
export function isAbortError(error: unknown): boolean {
  if (isEnterpriseCenterError(error)) return error.code === 'ABORTED';
  return error instanceof DOMException && error.name === 'AbortError';
}
