import { expect, waitUntil } from '@open-wc/testing';
import { backend, requestsTo, resetBackend } from '../support/backend.js';
import {
  MAPLE,
  accountsShown,
  invitationIdOf,
  announced,
  beforeEach,
  byRole,
  deepActiveElement,
  describe,
  it,
  mount,
  openDialog,
  seedInvitations,
  shadow,
  shows,
  textOf,
} from './helpers.js';

/** The ids of the rows shown, top to bottom. */
function idsShown(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr.row')].map(
    (row) => row.dataset['invitation'] ?? '',
  );
}

/** The count line under the table. */
const count = (el: HTMLElement) => textOf(el.shadowRoot!.querySelector('[part~="count"]'));

/** Clicks "Load more" and waits until `rows` rows are shown. */
async function loadMore(el: HTMLElement, rows: number): Promise<void> {
  byRole(el.shadowRoot!, 'button', 'Load more').click();
  await waitUntil(() => idsShown(el).length === rows, `never showed ${rows} rows`, {
    timeout: 8000,
  });
}

describe('<sent-invitations> paging', () => {
  beforeEach(resetBackend);

  it('loads 20 at a time from hundreds, newest first, and never all of them', async () => {
    const seeded = seedInvitations(300);
    const el = await mount();
    expect(idsShown(el)).to.deep.equal(seeded.slice(0, 20));
    expect(count(el)).to.equal('Showing 20 of 301 invitations');
    expect(requestsTo('/invitations', 'GET').map((r) => r.query)).to.deep.equal([
      { status: 'pending', offset: '0', limit: '20' },
    ]);

    await loadMore(el, 40);
    expect(idsShown(el)).to.deep.equal(seeded.slice(0, 40));
    expect(count(el)).to.equal('Showing 40 of 301 invitations');
    expect(announced(el)).to.equal('Showing 40 of 301 invitations');
    // The focus goes to the first row that was added, so the user reads on from there.
    await waitUntil(
      () => deepActiveElement()?.closest('tr')?.dataset['invitation'] === seeded[20],
      'the focus did not move to the first added row',
    );
    expect(deepActiveElement()?.getAttribute('scope')).to.equal('row');
    expect(requestsTo('/invitations', 'GET').at(-1)?.query).to.include({ offset: '20' });
  });

  it('pages to the end with page-size 100, then offers no "Load more"', async () => {
    const seeded = seedInvitations(250);
    const el = await mount({ pageSize: 100 });
    await loadMore(el, 200);
    await loadMore(el, 251);
    expect(idsShown(el)).to.deep.equal([...seeded, invitationIdOf(MAPLE)]);
    expect(new Set(idsShown(el)).size).to.equal(251);
    expect(count(el)).to.equal('Showing 251 of 251 invitations');
    expect(shadow(el).querySelector('[part~="load-more-button"]')).to.equal(null);
    expect(requestsTo('/invitations', 'GET')).to.have.length(3);
  });

  it('neither skips nor repeats rows after cancelling some under "Pending"', async () => {
    const seeded = seedInvitations(11);
    const el = await mount({ pageSize: 5 });
    for (const id of [seeded[0]!, seeded[3]!]) {
      const row = shadow(el).querySelector(`tr[data-invitation="${id}"]`)!;
      byRole<HTMLButtonElement>(row, 'button', 'Cancel invitation').click();
      byRole(await openDialog(el), 'button', 'Cancel invitation').click();
      await waitUntil(() => textOf(row).includes('Cancelled'));
    }
    // The two cancelled rows stay; the server's pending list is two shorter.
    expect(count(el)).to.equal('Showing 5 of 12 invitations');
    await loadMore(el, 10);
    expect(idsShown(el)).to.deep.equal(seeded.slice(0, 10));
    await loadMore(el, 12);
    expect(idsShown(el)).to.deep.equal([...seeded, invitationIdOf(MAPLE)]);
    expect(shadow(el).querySelector('[part~="load-more-button"]')).to.equal(null);
  });

  it('explains a failed page and loads it on the next click', async () => {
    seedInvitations(30);
    const el = await mount();
    backend.faults.failNext(
      { type: 'status', status: 400 },
      { method: 'GET', path: '/invitations' },
    );
    byRole(shadow(el), 'button', 'Load more').click();
    await shows(el, 'More invitations could not be loaded.');
    expect(idsShown(el)).to.have.length(20);
    await loadMore(el, 31);
    expect(textOf(shadow(el))).to.not.include('More invitations could not be loaded.');
  });

  it('stays one request per page with thousands of invitations', async () => {
    seedInvitations(3000);
    const started = performance.now();
    const el = await mount();
    const firstPage = performance.now() - started;
    expect(idsShown(el)).to.have.length(20);
    expect(count(el)).to.equal('Showing 20 of 3,001 invitations');
    expect(requestsTo('/invitations', 'GET')).to.have.length(1);
    // Generous: a page of 20 renders in a few ms; the bound only catches rendering everything.
    expect(firstPage).to.be.below(3000);
  });

  it('starts from the first page of the new filter, and says how many there are', async () => {
    seedInvitations(50, { statuses: ['pending', 'declined'] });
    const el = await mount();
    await loadMore(el, 26);
    const select = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Status');
    select.value = 'declined';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => announced(el) === 'Showing 20 of 25 invitations');
    expect(el.status).to.equal('declined');
    expect(accountsShown(el)).to.have.length(20);
    expect(shadow(el).querySelectorAll('[part~="status-badge"]')[0]?.textContent).to.equal(
      'Declined',
    );
    expect(requestsTo('/invitations', 'GET').at(-1)?.query).to.deep.equal({
      status: 'declined',
      offset: '0',
      limit: '20',
    });
  });
});
