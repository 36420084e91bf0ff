// A client whose network can go offline: while offline, every request fails the way `fetch`
// fails in a browser without a connection (a TypeError), without reaching the backend.
import { createClient } from '@enterprise-center/sdk';
import { backend } from '../../../../packages/widgets/test/support/backend.js';

/** A client acting as `account` (no SDK retries) and the switch of its network. */
export function switchableClient(account: string) {
  let online = true;
  let refused = 0;
  const client = createClient({
    baseUrl: backend.baseUrl,
    token: `token-${account}`,
    retry: 0,
    timeout: 2000,
    fetch: (input, init) => {
      if (online) return fetch(input, init);
      refused += 1;
      return Promise.reject(new TypeError('Failed to fetch'));
    },
  });
  return {
    client,
    goOffline: () => void (online = false),
    goOnline: () => void (online = true),
    /** Requests that failed for want of a network. */
    get refused() {
      return refused;
    },
  };
}
