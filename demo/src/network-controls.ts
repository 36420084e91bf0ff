// "Network conditions": added latency and one-shot faults on the fake backend, plus the log of
// the latest requests it served so retries are visible.
import { html, render } from 'lit';
import type { Fault, FaultMatch } from '@enterprise-center/mock';
import { requestTimeoutMs } from './clients.js';
import type { DemoBackend, FakeBackend } from './fake-backend.js';

/** The failures the demo offers, by `<option value>`. */
const faults: Record<string, { fault: Fault; label: string }> = {
  'status-500': { fault: { type: 'status', status: 500 }, label: 'a server error (500)' },
  'status-503': { fault: { type: 'status', status: 503 }, label: 'service unavailable (503)' },
  throttle: { fault: { type: 'throttle', retryAfter: 2 }, label: 'too many requests (429)' },
  timeout: {
    fault: { type: 'timeout' },
    label: `no answer (an attempt times out after ${requestTimeoutMs / 1000} s)`,
  },
  drop: { fault: { type: 'drop' }, label: 'a lost response' },
};

/** Which requests a fault applies to, by `<option value>` (paths below the API base). */
const targets: Record<string, { match?: FaultMatch; what: string }> = {
  any: { what: 'any request' },
  precheck: {
    match: { method: 'POST', path: '/invitations/precheck' },
    what: 'checking an account',
  },
  create: { match: { method: 'POST', path: '/invitations' }, what: 'sending an invitation' },
  accept: {
    match: { method: 'POST', path: /^\/received-invitations\/[^/]+\/accept$/ },
    what: 'accepting an invitation',
  },
  decline: {
    match: { method: 'POST', path: /^\/received-invitations\/[^/]+\/decline$/ },
    what: 'declining an invitation',
  },
};

const shownRequests = 8;

export interface NetworkControls {
  latency: HTMLSelectElement;
  kind: HTMLSelectElement;
  target: HTMLSelectElement;
  count: HTMLInputElement;
  arm: HTMLButtonElement;
  clear: HTMLButtonElement;
  status: HTMLElement;
  requestLog: HTMLElement;
}

function renderRequests(backend: FakeBackend, list: HTMLElement): void {
  const latest = backend.requests.slice(-shownRequests).reverse();
  render(
    latest.length === 0
      ? html`<li class="hint">No requests yet.</li>`
      : latest.map(
          (request) =>
            html`<li>
              <span class=${request.status >= 400 || request.status === 0 ? 'failed' : ''}>
                ${request.status === 0 ? 'no response' : request.status}
              </span>
              <span>${request.method} ${request.path}</span>
            </li>`,
        ),
    list,
  );
}

/**
 * Wires the network panel to the fake backend. `latency` starts at `initialLatency`;
 * `onLatency` is told whenever the user changes it (to remember it across reloads).
 */
export function wireNetworkControls(
  demo: DemoBackend,
  controls: NetworkControls,
  initialLatency: number,
  onLatency: (ms: number) => void,
): { resetControls(): void } {
  const { backend } = demo;
  const setLatency = (ms: number) => {
    backend.faults.setLatency(ms);
    controls.latency.value = String(ms);
    onLatency(ms);
  };
  setLatency(initialLatency);

  controls.latency.addEventListener('change', () => setLatency(Number(controls.latency.value)));
  controls.arm.addEventListener('click', () => {
    const choice = faults[controls.kind.value];
    const target = targets[controls.target.value];
    if (!choice || !target) return;
    const count = Math.min(5, Math.max(1, Math.round(Number(controls.count.value)) || 1));
    controls.count.value = String(count);
    for (let i = 0; i < count; i += 1) backend.faults.failNext(choice.fault, target.match);
    const times = count === 1 ? 'once' : `${count} times in a row`;
    controls.status.textContent = `Armed: ${choice.label}, ${times}, for ${target.what}.`;
  });
  controls.clear.addEventListener('click', () => {
    backend.faults.clear();
    setLatency(0);
    controls.status.textContent = 'No faults and no added latency.';
  });
  demo.onChange(() => renderRequests(backend, controls.requestLog));
  renderRequests(backend, controls.requestLog);

  return {
    /** After a data reset (which also clears faults): show the controls' defaults. */
    resetControls() {
      setLatency(0);
      controls.status.textContent = '';
    },
  };
}
