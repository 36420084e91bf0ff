import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetBackend } from '../support/backend.js';
import {
  LATE_BLOOM,
  MAPLE,
  accessibleName,
  accountsShown,
  beforeEach,
  byRole,
  cellOf,
  deepActiveElement,
  describe,
  it,
  mount,
  seedInvitations,
  shadow,
  shows,
} from './helpers.js';

/** The accessible name of the focused control. */
const focused = () => {
  const active = deepActiveElement();
  return active ? accessibleName(active) : '';
};

describe('<sent-invitations> with the keyboard only', () => {
  beforeEach(resetBackend);

  it('filters with the arrow keys and reaches each row action with Tab', async () => {
    const el = await mount();
    byRole(shadow(el), 'combobox', 'Status').focus();
    await sendKeys({ press: 'ArrowUp' }); // Pending → All
    await waitUntil(() => accountsShown(el).length === 2, 'the filter did not change');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Cancel invitation to maple-foods');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Resend invitation to maple-foods');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Resend invitation to late-bloom');
  });

  it('cancels: Enter opens the dialog on "Keep invitation", Shift+Tab and Enter confirm', async () => {
    const el = await mount();
    byRole(shadow(el), 'button', 'Cancel invitation to maple-foods').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'Keep invitation', 'the dialog did not take the focus');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused()).to.equal('Cancel invitation');
    await sendKeys({ press: 'Enter' });
    await shows(el, 'Its member slot is free again.');
    await waitUntil(() => deepActiveElement()?.matches('[part~="feedback"]'));
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Cancelled');
  });

  it('keeps the invitation on Escape, with the focus back on Cancel', async () => {
    const el = await mount();
    byRole(shadow(el), 'button', 'Cancel invitation to maple-foods').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === 'Keep invitation');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused() === 'Cancel invitation to maple-foods');
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Pending');
  });

  it('resends with Space, then reads on with Tab from the outcome', async () => {
    const el = await mount({ status: 'expired' });
    byRole(shadow(el), 'button', 'Resend invitation to late-bloom').focus();
    await sendKeys({ press: 'Space' });
    await shows(el, 'was sent again');
    await waitUntil(() => deepActiveElement()?.matches('[part~="feedback"]'));
    expect(cellOf(el, LATE_BLOOM, 'Status')).to.equal('Pending');
  });

  it('loads more with Enter and continues at the first new row', async () => {
    const seeded = seedInvitations(25);
    const el = await mount();
    byRole(shadow(el), 'button', 'Load more').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => deepActiveElement()?.closest('tr')?.dataset['invitation'] === seeded[20],
      'the focus did not move to the first new row',
    );
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(`Cancel invitation to ${accountsShown(el)[20]}`);
  });
});
