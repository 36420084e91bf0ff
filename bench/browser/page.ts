// The in-page half of the browser benchmarks: the fake backend behind msw's service worker, both
// elements registered, and `window.bench`, which the Node half (bench/browser/*.ts) drives. Times
// are taken here, in the page, with performance.now().
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createFakeBackend, type RequestLogEntry } from '@enterprise-center/mock';
import { createClient } from '@enterprise-center/sdk';
import '@enterprise-center/widgets/define';

/** The elements measured. */
export type ElementKind = 'invite-member' | 'accept-invitation';

/** One request as the client saw it: sent at `start`, response headers at `end` (ms). */
export interface RequestInterval {
  method: string;
  path: string;
  start: number;
  end: number;
}

/** One load of an element: insertion to interactive, and the requests made meanwhile. */
export interface LoadSample {
  ms: number;
  requests: RequestInterval[];
}

/** What `window.bench` offers the Node half. */
export interface BenchApi {
  /** Fresh fixtures, an empty request log, `latencyMs` on every response, default handlers. */
  reset(latencyMs?: number): void;
  /** From now on the organization tree has `units` units (a one-off handler; undone by reset). */
  useLargeTree(units: number): void;
  /** The fake backend's request log. */
  requests(): RequestLogEntry[];
  /** Inserts a fresh element acting as `caller` and resolves once it is interactive. */
  load(kind: ElementKind, caller: string, options?: { minOptions?: number }): Promise<LoadSample>;
  /** Types `text` into the unit filter of the current `<invite-member>` at once; ms to render. */
  filterUnits(text: string): Promise<{ ms: number; options: number }>;
  /** Removes the current element. */
  remove(): void;
}

const backend = createFakeBackend();
const worker = setupWorker(...backend.handlers);
const apiBase = `${backend.baseUrl}/v2/enterprises/multi-accounts`;
const stage = document.getElementById('stage')!;

/** The requests of the current load, as the client saw them (sent → response headers). */
const intervals: RequestInterval[] = [];

/** `fetch` that records each request's interval in {@link intervals}. */
const timedFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const path = new URL(request.url).pathname.slice(new URL(apiBase).pathname.length);
  const interval = { method: request.method, path, start: performance.now(), end: NaN };
  intervals.push(interval);
  try {
    return await fetch(request);
  } finally {
    interval.end = performance.now();
  }
};

/** When each element counts as interactive (its shadow root given). */
const interactive: Record<ElementKind, (root: ShadowRoot, minOptions: number) => boolean> = {
  // Settings and tree loaded: the form with its account box and a unit picker listing the units.
  'invite-member': (root, minOptions) =>
    root.querySelector('[part~="base"][aria-busy="false"] form #account') !== null &&
    (root.querySelector('#org')?.querySelectorAll('option').length ?? 0) >= minOptions,
  // Received invitations and the association loaded: a pending invitation with its Accept button.
  'accept-invitation': (root) =>
    root.querySelector('[part~="base"][aria-busy="false"] [part~="accept-button"]') !== null,
};

/** A tree of `units` units below the root: 10 divisions, 100 departments, the rest as teams. */
function largeTree(units: number) {
  let nextId = 1;
  const node = (name: string) => ({
    relation_id: `rel-${nextId}`,
    id: String(100_000 + nextId++),
    name,
    child_nodes: [] as unknown[],
  });
  const divisions = Array.from({ length: Math.min(10, units) }, (_, d) => node(`Division ${d}`));
  const departments = [];
  for (let i = 0; divisions.length + departments.length < Math.min(110, units); i++) {
    const division = divisions[i % divisions.length]!;
    const department = node(
      `Department ${i % divisions.length}.${Math.floor(i / divisions.length)}`,
    );
    division.child_nodes.push(department);
    departments.push(department);
  }
  for (let i = 0; divisions.length + departments.length + i < units; i++) {
    const department = departments[i % departments.length]!;
    department.child_nodes.push(
      node(`Team ${department.name.slice(11)}.${department.child_nodes.length}`),
    );
  }
  return { root_id: '100000', root_name: 'Scale Corp', child_nodes: divisions };
}

let current: HTMLElement | undefined;

const bench: BenchApi = {
  reset(latencyMs = 0) {
    worker.resetHandlers();
    backend.reset();
    if (latencyMs > 0) backend.faults.setLatency(latencyMs);
  },
  useLargeTree(units) {
    const tree = largeTree(units);
    worker.use(http.get(`${apiBase}/enterprise-organizations`, () => HttpResponse.json(tree)));
  },
  requests: () => [...backend.requests],
  async load(kind, caller, { minOptions = 1 } = {}) {
    bench.remove();
    intervals.length = 0;
    const element = document.createElement(kind) as HTMLElement & { client: unknown };
    element.client = createClient({
      baseUrl: backend.baseUrl,
      token: `token-${caller}`,
      fetch: timedFetch,
    });
    const ready = interactive[kind];
    const started = performance.now();
    const ended = new Promise<number>((resolve) => {
      const check = (observer?: MutationObserver) => {
        if (!element.shadowRoot || !ready(element.shadowRoot, minOptions)) return false;
        observer?.disconnect();
        resolve(performance.now());
        return true;
      };
      stage.append(element);
      current = element;
      if (check()) return;
      const observer = new MutationObserver(() => check(observer));
      observer.observe(element.shadowRoot!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    const ms = (await ended) - started;
    return { ms, requests: intervals.map((interval) => ({ ...interval })) };
  },
  async filterUnits(text) {
    const element = current as HTMLElement & { updateComplete: Promise<boolean> };
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#org-filter')!;
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#org')!;
    const started = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    // Include style and layout of the updated picker, not only the DOM update.
    void select.getBoundingClientRect();
    return { ms: performance.now() - started, options: select.options.length };
  },
  remove() {
    current?.remove();
    current = undefined;
  },
};

await worker.start({ quiet: true, onUnhandledRequest: 'error' });
Object.assign(window, { bench, benchReady: true });
