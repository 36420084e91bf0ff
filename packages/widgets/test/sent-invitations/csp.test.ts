// <sent-invitations> under a strict Content-Security-Policy: Trusted Types required, and no inline
// styles (`style-src 'self'`, so a `style` attribute would be reported). The policy is in force
// before any of its code loads: nothing here may import lit, the SDK or the element before it (so
// no @open-wc/testing and no helpers.ts); the fake backend and its worker start first.
import { expect } from '@esm-bundle/chai';
import { setupWorker } from 'msw/browser';
import { createFakeBackend } from '@enterprise-center/mock';
import { describe, it } from '../shared/mocha.js';
import {
  applyPolicy,
  strictPolicy,
  button,
  pause,
  text,
  waitFor,
} from '../../../../test/browser/reliability/support/strict-page.js';

const POLICY = strictPolicy("style-src 'self'");

const backend = createFakeBackend();
const violations: string[] = [];

describe('<sent-invitations> under a CSP requiring Trusted Types and no inline styles', () => {
  it('lists, cancels, resends and shows failed conditions with zero policy violations', async () => {
    await setupWorker(...backend.handlers).start({ quiet: true, onUnhandledRequest: 'error' });
    backend.control.updateAccount('late-bloom', { frozen: true });
    applyPolicy(POLICY, violations);
    // Proof that the policy is enforced and that violations are heard.
    const probe = document.createElement('p');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await pause(50);
    expect(violations.splice(0), 'the inline style probe').to.have.length(1);
    probe.remove();

    const [{ createClient }] = await Promise.all([
      import('@enterprise-center/sdk'),
      import('../../src/define/sent-invitations.js'),
    ]);
    const el = document.createElement('sent-invitations') as HTMLElement & { client: unknown };
    el.setAttribute('locale', 'en');
    el.setAttribute('status', 'all');
    el.client = createClient({ baseUrl: backend.baseUrl, token: 'token-acme-group' });
    document.body.append(el);
    const root = el.shadowRoot!;
    await waitFor(() => root.querySelector('tbody tr'), 'the list');

    (await button(root, 'Cancel invitation to maple-foods')).click();
    const dialog = await waitFor(() => root.querySelector('dialog[open]'), 'the dialog');
    (await button(dialog, 'Cancel invitation')).click();
    await waitFor(() => text(root).includes('Its member slot is free again.'), 'the cancel');
    (await button(root, 'Resend invitation to late-bloom')).click();
    await waitFor(() => text(root).includes('Not frozen'), 'the failed conditions');

    await pause(50);
    expect(violations).to.deep.equal([]);
    el.remove();
  });
});
