import { expect, waitUntil } from '@open-wc/testing';
import { backend, resetBackend } from '../support/backend.js';
import { move } from '../support/move.js';
import {
  accountStatus,
  beforeEach,
  chooseUnit,
  describe,
  fill,
  accountInput,
  instrumentedClient,
  mountLoading,
  it,
  loaded,
  mount,
  shadow,
} from './helpers.js';

describe('<invite-member> moved in the page', () => {
  beforeEach(resetBackend);

  it('moved while loading loads again and shows the form', async () => {
    const { el, requests } = await mountLoading('invite-member', 'acme-group', 300);
    move(el);
    expect(requests.slice(0, 2).map((request) => request.signal.aborted)).to.deep.equal([
      true,
      true,
    ]);
    await loaded(el);
    expect(shadow(el).querySelector('form')).not.to.equal(null);
    expect(el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal(
      'false',
    );
  });

  it('moved while checking the account checks it again and shows the result', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    chooseUnit(el, 'Engineering');
    backend.faults.setLatency(300, { path: '/invitations/precheck' });
    fill(accountInput(el), 'acme-robotics');
    const prechecks = () => requests.filter((request) => request.path.endsWith('/precheck'));
    await waitUntil(() => prechecks().length === 1, 'the check was not sent');
    move(el);
    expect(prechecks()[0]?.signal.aborted).to.equal(true);
    await waitUntil(
      () => accountStatus(el).includes('meets every condition'),
      `no check result after the move: ${accountStatus(el)}`,
      { timeout: 5000 },
    );
    expect(prechecks()).to.have.length(2);
  });
});
