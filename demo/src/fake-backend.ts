// The fake backend every demo page runs on: the mock package's handlers behind MSW's service
// worker, its state kept in this tab's sessionStorage so it survives reloads and page changes.
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { createFakeBackend, type FakeBackend } from '@enterprise-center/mock';
import { registerMockServiceWorker, workerUrl } from './mock-service-worker.js';

export type { FakeBackend };

const snapshotKey = 'ec-demo:backend';

/** The running fake backend and the demo's hooks around it. */
export interface DemoBackend {
  readonly backend: FakeBackend;
  /** Calls `listener` after every request the backend served and after `change()`/`reset()`. */
  onChange(listener: () => void): void;
  /** Changes the backend behind the widgets' back (e.g. freezes an account), then saves. */
  change(edit: (backend: FakeBackend) => void): void;
  /** Back to the fixtures (FIXTURES.md) with no faults, and saves that. */
  reset(): void;
}

function restoreSaved(backend: FakeBackend): void {
  const saved = sessionStorage.getItem(snapshotKey);
  if (!saved) return;
  try {
    backend.restore(JSON.parse(saved));
  } catch (error) {
    // A snapshot from an older version of the mock package: start from the fixtures instead.
    console.warn('Ignoring the saved fake-backend state:', error);
    sessionStorage.removeItem(snapshotKey);
    backend.reset();
  }
}

/**
 * Starts the fake backend behind MSW's worker (served at `/mockServiceWorker.js`), restored from
 * this tab's last snapshot. `extraHandlers(backend)` run first (the embed page's stand-in proxy).
 * Requests no handler answers go to the network.
 */
export async function startDemoBackend(
  extraHandlers: (backend: FakeBackend) => RequestHandler[] = () => [],
): Promise<DemoBackend> {
  const backend = createFakeBackend();
  restoreSaved(backend);
  const listeners = new Set<() => void>();
  const save = () => sessionStorage.setItem(snapshotKey, JSON.stringify(backend.snapshot()));

  const saveAndNotify = () => {
    save();
    listeners.forEach((listener) => listener());
  };

  const worker = setupWorker(...extraHandlers(backend), ...backend.handlers);
  worker.events.on('request:end', saveAndNotify);
  addEventListener('pagehide', save);
  await registerMockServiceWorker();
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: workerUrl },
  });

  return {
    backend,
    onChange: (listener) => void listeners.add(listener),
    change(edit) {
      edit(backend);
      saveAndNotify();
    },
    reset() {
      backend.reset();
      saveAndNotify();
    },
  };
}
