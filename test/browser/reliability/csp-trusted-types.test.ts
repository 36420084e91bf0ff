// Both elements, and the SDK they embed, under a strict Content-Security-Policy with Trusted Types
// required: the policy is put in place before any of their code loads (a <meta> inserted, then the
// modules imported), and the whole flow — invite an account whose name is markup, accept, decline —
// runs with zero `securitypolicyviolation` reports.
//
// Nothing here may load lit or the SDK before the policy: so no @open-wc/testing (it loads lit)
// and no widget test helpers (they import the SDK and define the elements). The fake backend and
// its MSW worker are test infrastructure and start first.
import { expect } from '@esm-bundle/chai';
import { setupWorker } from 'msw/browser';
import { createFakeBackend } from '@enterprise-center/mock';
import type { createClient as CreateClient } from '@enterprise-center/sdk';
import { describe, it } from '../../../packages/widgets/test/shared/mocha.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { applyPolicy, button, pause, strictPolicy, text, waitFor } from './support/strict-page.js';

failOnUnhandledRejections();

const POLICY = strictPolicy();

const backend = createFakeBackend();
const violations: string[] = [];

/** Starts the fake backend's worker, then puts the policy in force and checks that it is. */
async function enforcePolicy(): Promise<void> {
  await setupWorker(...backend.handlers).start({ quiet: true, onUnhandledRequest: 'error' });
  applyPolicy(POLICY, violations);
  // Proof that the policy is enforced and that violations are heard: a raw HTML sink refuses.
  expect(() => {
    document.createElement('div').innerHTML = '<b>probe</b>';
  }).to.throw(TypeError);
  await pause(50);
  expect(violations.splice(0)).to.have.length(1);
}

type ClientElement = HTMLElement & { client: unknown; debounce?: number };

/** Adds `<tag locale="en">` to the page with a client acting as `account`. */
function place(tag: string, createClient: typeof CreateClient, account: string): ShadowRoot {
  const el = document.createElement(tag) as ClientElement;
  el.setAttribute('locale', 'en');
  el.client = createClient({ baseUrl: backend.baseUrl, token: `token-${account}` });
  if (tag === 'invite-member') el.debounce = 30;
  document.body.append(el);
  if (!el.shadowRoot) throw new Error(`<${tag}> has no shadow root`);
  return el.shadowRoot;
}

/** Invites markup-probe (whose enterprise name is markup) into Engineering as acme-group. */
async function invite(createClient: typeof CreateClient): Promise<void> {
  const root = place('invite-member', createClient, 'acme-group');
  const select = await waitFor(() => root.querySelector('select'), 'the form');
  const engineering = [...select.options].find((option) => text(option) === 'Engineering');
  select.value = engineering?.value ?? '';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const account = root.querySelector<HTMLInputElement>('#account')!;
  account.value = 'markup-probe';
  account.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitFor(() => text(root).includes('meets every condition'), 'the check result');
  expect(text(root)).to.include('<img src=x onerror="window.__pwned=1">Markup & "Probe" Ltd.');
  root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  (await button(root, 'Submit')).click();
  await waitFor(() => root.querySelector('dialog[open]'), 'the confirmation dialog');
  (await button(root, 'OK')).click();
  await waitFor(() => text(root).includes('Invitation sent'), 'the invitation to be sent');
}

/** Accepts acme-group's invitation as markup-probe. */
async function accept(createClient: typeof CreateClient): Promise<void> {
  const root = place('accept-invitation', createClient, 'markup-probe');
  const box = await waitFor(
    () => root.querySelector<HTMLInputElement>('input[type="checkbox"]'),
    'the invitation',
  );
  box.click();
  (await button(root, 'Accept')).click();
  await waitFor(
    () => text(root).includes('You are now a member account of Acme Group Co., Ltd.'),
    'the acceptance',
  );
}

/** Declines helio-group's invitation as maple-foods. */
async function decline(createClient: typeof CreateClient): Promise<void> {
  const root = place('accept-invitation', createClient, 'maple-foods');
  const card = await waitFor(
    () => [...root.querySelectorAll('article')].find((a) => text(a).includes('helio-group')),
    'the invitation from helio-group',
  );
  (await button(card, 'Decline')).click();
  const dialog = await waitFor(() => root.querySelector('dialog[open]'), 'the decline dialog');
  (await button(dialog, 'Decline invitation')).click();
  await waitFor(() => text(card).includes('You declined this invitation.'), 'the decline');
}

describe('the elements under a CSP requiring Trusted Types', () => {
  it('invite, accept and decline with zero policy violations', async () => {
    await enforcePolicy();
    const [{ createClient }] = await Promise.all([
      import('@enterprise-center/sdk'),
      import('../../../packages/widgets/src/define.js'),
    ]);
    await invite(createClient);
    await accept(createClient);
    await decline(createClient);
    expect(backend.control.invitations({ to: 'markup-probe', status: 'accepted' })).to.have.length(
      1,
    );
    expect(backend.control.invitations({ from: 'helio-group' })[0]?.status).to.equal('declined');
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    await pause(50);
    expect(violations).to.deep.equal([]);
  });
});
