import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';
import { backend, clientFor, resetBackend } from '../support/backend.js';
import {
  afterEach,
  beforeEach,
  describe,
  it,
  loaded,
  mount,
  seedInvitations,
  shadow,
} from './helpers.js';
import { screen320, showOnDesktop } from '../shared/reflow-checks.js';

/** An account with a long name (64 characters, the most the API allows) acme-group invited. */
function inviteLongName(): string {
  const name = 'northern-lights-renewable-energy-holdings-asia-pacific-operation';
  const snapshot = backend.snapshot();
  const template = snapshot.state.accounts['river-analytics']!;
  snapshot.state.accounts[name] = { ...template, id: 'f'.repeat(32), name };
  backend.restore(snapshot);
  seedInvitations(1, { invitees: [name] });
  return name;
}

/** Fails when anything in the element is wider than the element. */
function expectNoOverflow(el: SentInvitations): void {
  const width = el.getBoundingClientRect().width;
  for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
    const { right, left, width: own, height } = node.getBoundingClientRect();
    if (own === 0 && height === 0) continue; // not rendered (display: none)
    if (node.matches('thead, thead *, .visually-hidden, dialog, dialog *')) continue;
    expect(right - el.getBoundingClientRect().left, `${node.className} overflows`).to.be.at.most(
      width + 1,
    );
    expect(left).to.be.at.least(el.getBoundingClientRect().left - 1);
  }
}

/** The width of the narrowest of `selector` in the element: none squeezed to a few letters. */
function narrowest(el: SentInvitations, selector: string): number {
  const boxes = shadow(el).querySelectorAll<HTMLElement>(selector);
  return Math.min(...[...boxes].map((box) => box.getBoundingClientRect().width));
}

describe('<sent-invitations> layout', () => {
  beforeEach(resetBackend);
  afterEach(showOnDesktop);

  it('stacks rows as cards at 320 px, with nothing wider than the screen', async () => {
    const long = inviteLongName();
    const el = await mount({ status: 'all', screen: screen320 });
    const row = shadow(el).querySelector('tbody tr.row')!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(row.textContent).to.include(long);
    // Each value has a line of its own beside its label, far wider than a few letters.
    expect(narrowest(el, 'tbody th, .cell__value')).to.be.above(120);
    // The column names show inside each card (the header row is for assistive technology).
    const label = row.querySelector<HTMLElement>('.cell__label')!;
    expect(getComputedStyle(label).display).to.not.equal('none');
    expectNoOverflow(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(
      document.documentElement.clientWidth,
    );
  });

  it('is a table on a wide screen, and cards in a narrow column of a wide screen', async () => {
    await setViewport({ width: 1200, height: 800 });
    const wide = await mount({ status: 'all' });
    expect(getComputedStyle(shadow(wide).querySelector('tbody tr.row')!).display).to.equal(
      'table-row',
    );
    expect(getComputedStyle(shadow(wide).querySelector('.cell__label')!).display).to.equal('none');
    expect(narrowest(wide, 'tbody th, tbody td')).to.be.above(80);
    expectNoOverflow(wide);

    const column = await fixture<HTMLElement>(
      html`<div style="width: 340px">
        <sent-invitations locale="en" .client=${clientFor('acme-group', 8000)}></sent-invitations>
      </div>`,
    );
    const narrow = column.querySelector('sent-invitations') as SentInvitations;
    await loaded(narrow);
    expect(getComputedStyle(shadow(narrow).querySelector('tbody tr.row')!).display).to.equal(
      'block',
    );
    expectNoOverflow(narrow);
  });
});
