import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { backend, clientWithoutRetry, resetBackend } from '../support/backend.js';
import {
  allByRole,
  beforeEach,
  byRole,
  describe,
  fill,
  instrumentedClient,
  mountLoading,
  it,
  loaded,
  mount,
  shadow,
  textOf,
  clientAs,
} from './helpers.js';

/** The id of acme-group's unit named `name`. */
async function unitId(name: string): Promise<string> {
  const tree = await clientAs('acme-group').organizations.tree({ recursive: true });
  const find = (nodes: typeof tree.childNodes): string | undefined => {
    for (const node of nodes) {
      if (node.name === name) return node.id;
      const below = find(node.childNodes);
      if (below) return below;
    }
    return undefined;
  };
  const id = find(tree.childNodes);
  if (!id) throw new Error(`acme-group has no unit ${name}`);
  return id;
}

/** A tree of `count` units: 50 departments of teams under the root. */
function bigTree(count: number) {
  const perDepartment = Math.ceil(count / 50);
  return {
    rootId: '1',
    rootName: 'Big Corp',
    childNodes: Array.from({ length: 50 }, (_, d) => ({
      relationId: `r${d}`,
      id: `${1000 + d}`,
      name: `Department ${d}`,
      childNodes: Array.from({ length: perDepartment - 1 }, (_, u) => ({
        relationId: `r${d}-${u}`,
        id: `${100000 + d * 1000 + u}`,
        name: `Team ${d}-${u}`,
        childNodes: [],
      })),
    })),
  };
}

/** A client acting as acme-group whose organization tree is {@link bigTree}`(count)`. */
function clientWithTree(count: number) {
  const base = clientAs('acme-group');
  return { ...base, organizations: { ...base.organizations, tree: async () => bigTree(count) } };
}

describe('<invite-member> loading', () => {
  beforeEach(resetBackend);

  it('loads the settings and the whole organization tree in parallel', async () => {
    backend.faults.setLatency(150);
    const { client, requests } = instrumentedClient('acme-group');
    await mount('acme-group', { client });
    expect(requests.map((r) => r.path).sort()).to.deep.equal([
      '/enterprise-organizations',
      '/invitation-settings',
    ]);
    // Both were on the way before either came back: one round trip of latency.
    const lastStart = Math.max(...requests.map((r) => r.started));
    const firstEnd = Math.min(...requests.map((r) => r.ended ?? Infinity));
    expect(lastStart).to.be.below(firstEnd);
    expect(backend.requests.find((r) => r.path === '/enterprise-organizations')?.query).to.include({
      recursive_query: '1',
    });
  });

  it('shows the member quota: used, pending and the maximum', async () => {
    const el = await mount('acme-group');
    expect(textOf(shadow(el).querySelector('[part~="quota"]'))).to.equal(
      'Member quota: 6 of 10 used, 1 pending',
    );
  });

  it('offers the organization tree with nested units indented under their parents', async () => {
    const el = await mount('acme-group');
    const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    const options = [...select.options].map((o) => o.text);
    expect(options).to.deep.equal([
      'Choose an organization unit',
      'Acme Group',
      '\u00a0\u00a0\u00a0Engineering',
      '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Platform',
      '\u00a0\u00a0\u00a0Sales',
      '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0APAC',
      '\u00a0\u00a0\u00a0Finance',
    ]);
    expect(select.value).to.equal('');
  });

  it('preselects the organization unit given by org-id', async () => {
    const engineering = await unitId('Engineering');
    const el = await mount('acme-group', { orgId: engineering });
    const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    expect(select.value).to.equal(engineering);
    expect(select.selectedOptions[0]?.text.trim()).to.equal('Engineering');
  });

  it('says so when org-id names a unit outside the enterprise', async () => {
    const el = await mount('acme-group', { orgId: '999999' });
    expect(textOf(shadow(el))).to.include(
      'The organization unit 999999 is not in your enterprise. Choose another one.',
    );
    expect(byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit').value).to.equal(
      '',
    );
  });

  it('prefills the account from account-name and checks it', async () => {
    const el = await mount('acme-group', { accountName: 'frost-retail' });
    expect(byRole<HTMLInputElement>(shadow(el), 'textbox', 'Account name').value).to.equal(
      'frost-retail',
    );
    await waitUntil(() => textOf(shadow(el)).includes('frost-retail cannot be invited'));
  });

  it('stays quick with 5,000 organization units and filters them by name', async () => {
    const client = clientWithTree(5000);
    const started = performance.now();
    const el = await mount('acme-group', { client });
    const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    expect(select.options.length).to.equal(5002); // the placeholder, the root, 5,000 units below
    expect(performance.now() - started, 'ms to show the form').to.be.below(2000);

    const filter = byRole<HTMLInputElement>(shadow(el), 'searchbox', 'Filter organization units');
    const typed = performance.now();
    fill(filter, 'team 7-9');
    await el.updateComplete;
    expect(performance.now() - typed, 'ms to filter').to.be.below(300);
    // Asked for again: a new list may stand in the old one's place.
    const filtered = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    const names = [...filtered.options].map((o) => o.text);
    expect(names).to.deep.equal([
      'Choose an organization unit',
      'Big Corp › Department 7 › Team 7-9',
      'Big Corp › Department 7 › Team 7-90',
      'Big Corp › Department 7 › Team 7-91',
      'Big Corp › Department 7 › Team 7-92',
      'Big Corp › Department 7 › Team 7-93',
      'Big Corp › Department 7 › Team 7-94',
      'Big Corp › Department 7 › Team 7-95',
      'Big Corp › Department 7 › Team 7-96',
      'Big Corp › Department 7 › Team 7-97',
      'Big Corp › Department 7 › Team 7-98',
    ]);
    expect(textOf(shadow(el))).to.include('10 of 5001 units match.');
  });

  it('keeps the chosen unit listed while a filter hides the others', async () => {
    const client = clientWithTree(100);
    const el = await mount('acme-group', { client });
    const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    select.value = '1003';
    select.dispatchEvent(new Event('change'));
    fill(byRole<HTMLInputElement>(shadow(el), 'searchbox', 'Filter organization units'), 'zzz');
    await el.updateComplete;
    const filtered = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    expect([...filtered.options].map((o) => o.value)).to.deep.equal(['1003']);
    expect(filtered.value).to.equal('1003');
    expect(textOf(shadow(el))).to.include('No organization unit matches “zzz”.');
  });

  it('moves focus to the list a filter rebuilt when Submit finds no unit chosen', async () => {
    const client = clientWithTree(100);
    const el = await mount('acme-group', { client });
    const before = byRole(shadow(el), 'combobox', 'Organization unit');
    fill(byRole<HTMLInputElement>(shadow(el), 'searchbox', 'Filter organization units'), 'team 1-');
    await el.updateComplete;
    const filtered = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    expect(filtered, 'the filter renders a new list').not.to.equal(before);
    byRole(shadow(el), 'button', 'Submit').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(filtered);
    expect(filtered.getAttribute('aria-invalid')).to.equal('true');
  });

  it('tells a master whose member slots are all taken, and offers no form', async () => {
    const el = await mount('nova-holdings');
    const text = textOf(shadow(el));
    expect(text).to.include('Member quota: 3 of 3 used, 0 pending');
    expect(text).to.include('No member slot left');
    expect(text).to.include('Cancel a pending invitation, remove a member account');
    expect(shadow(el).querySelector('form')).to.equal(null);
  });

  it('tells an account that is not a master account plainly, and offers no form', async () => {
    const el = await mount('acme-robotics');
    const text = textOf(shadow(el));
    expect(text).to.include('Only a master account can invite');
    expect(text).to.include('is not an enterprise master account');
    expect(shadow(el).querySelector('form')).to.equal(null);
    expect(allByRole(shadow(el), 'button', 'Retry')).to.have.length(0);
  });

  it('offers a Retry after a failed load, and loads on Retry', async () => {
    backend.faults.failNext({ type: 'status', status: 503 }, { path: '/invitation-settings' });
    const el = await mount('acme-group', { client: clientWithoutRetry('acme-group') });
    expect(textOf(shadow(el))).to.include('The invitation form could not be loaded.');
    byRole(shadow(el), 'button', 'Retry').click();
    await waitUntil(() => shadow(el).querySelector('form'), 'the form did not load on Retry');
  });

  it('offers a Retry after a load timed out', async () => {
    // A slow answer rather than the `timeout` fault, whose never-ending request would outlive
    // the test and can keep the test runner from closing the page.
    backend.faults.setLatency(800, { path: '/enterprise-organizations' });
    const el = await mount('acme-group', {
      client: clientWithoutRetry('acme-group', { timeout: 300 }),
    });
    expect(textOf(shadow(el))).to.include('The server took too long to answer.');
    backend.faults.setLatency(0);
    byRole(shadow(el), 'button', 'Retry').click();
    await waitUntil(() => shadow(el).querySelector('form'), 'the form did not load on Retry');
  });

  it('asks for configuration when it has neither a client nor a base-url', async () => {
    const el = await fixture<InviteMember>(html`<invite-member locale="en"></invite-member>`);
    expect(textOf(shadow(el))).to.include('This component is not configured');
  });

  it('builds its own client from base-url', async () => {
    // The fake backend answers 401 to a request without a token: the client was built and used.
    const el = await fixture<InviteMember>(
      html`<invite-member locale="en" base-url=${backend.baseUrl}></invite-member>`,
    );
    await loaded(el);
    expect(textOf(shadow(el))).to.include('Your sign-in has expired or is not valid.');
  });

  it('aborts its requests when it is removed from the page', async () => {
    const { el, requests } = await mountLoading('invite-member', 'acme-group', 2000);
    el.remove();
    expect(requests.map((r) => r.signal.aborted)).to.deep.equal([true, true]);
  });

  it('aborts a running precheck when it is removed', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    backend.faults.setLatency(2000);
    fill(byRole<HTMLInputElement>(shadow(el), 'textbox', 'Account name'), 'acme-robotics');
    await waitUntil(() => requests.some((r) => r.path === '/invitations/precheck'));
    el.remove();
    expect(requests.find((r) => r.path === '/invitations/precheck')?.signal.aborted).to.equal(true);
  });
});
