// The sample portal for one suite of end-to-end tests: the fake backend over HTTP and the portal
// server in front of it (as `npm start` runs them, on free ports), started before the suite's
// tests and stopped after them; the backend's state and request log start fresh for each test.
import { after, before, beforeEach } from 'node:test';
import type { FakeBackend } from '@enterprise-center/mock';
import { startPortalStack, type PortalStack } from '../../../scripts/demo/portal-stack.js';

/** Call inside `describe`; read `origin` and `backend` inside its tests. */
export function usePortalStack(): { readonly origin: string; readonly backend: FakeBackend } {
  let stack: PortalStack | undefined;
  const started = (): PortalStack => {
    if (!stack) throw new Error('The portal stack is read before the suite started it');
    return stack;
  };

  before(async () => {
    stack = await startPortalStack({ portalPort: 0, backendPort: 0, host: 'localhost' });
  });
  after(async () => {
    await stack?.close();
  });
  beforeEach(() => {
    started().backend.backend.reset();
    started().backend.backend.clearRequests();
  });

  return {
    get origin() {
      return started().portal.origin;
    },
    get backend() {
      return started().backend.backend;
    },
  };
}
