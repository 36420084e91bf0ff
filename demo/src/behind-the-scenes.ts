// "Behind the scenes": change facts on the fake backend without the widgets knowing (freeze an
// account, expire or cancel a pending invitation) to show how they handle a server that disagrees.
import { html, render } from 'lit';
import type { DemoBackend } from './fake-backend.js';

export interface SceneControls {
  account: HTMLSelectElement;
  freeze: HTMLButtonElement;
  unfreeze: HTMLButtonElement;
  pending: HTMLElement;
  status: HTMLElement;
}

function renderPending(demo: DemoBackend, controls: SceneControls, afterChange: () => void): void {
  const pending = demo.backend.control.invitations({ status: 'pending' });
  const act = (verb: string, label: string, edit: () => void) => () => {
    demo.change(edit);
    controls.status.textContent = `${label}: ${verb}.`;
    afterChange();
  };
  render(
    pending.length === 0
      ? html`<li class="hint">No pending invitations.</li>`
      : pending.map((invitation) => {
          const label = `${invitation.master_account_name} → ${invitation.invitee_account_name}`;
          const spoken = `the invitation from ${invitation.master_account_name} to ${invitation.invitee_account_name}`;
          const { control } = demo.backend;
          return html`<li>
            <span class="pending__label">${label}</span>
            <button
              type="button"
              class="button button--quiet button--small"
              aria-label=${`Expire ${spoken}`}
              @click=${act('expired', label, () => control.expireInvitation(invitation.id))}
            >
              Expire
            </button>
            <button
              type="button"
              class="button button--quiet button--small"
              aria-label=${`Cancel ${spoken}`}
              @click=${act('cancelled by the inviter', label, () =>
                control.cancelInvitation(invitation.id),
              )}
            >
              Cancel
            </button>
          </li>`;
        }),
    controls.pending,
  );
}

/**
 * Wires the panel; `accounts` are the names offered for freezing, `afterChange` runs after each
 * change (to refresh what the page lists).
 */
export function wireBehindTheScenes(
  demo: DemoBackend,
  controls: SceneControls,
  accounts: readonly string[],
  afterChange: () => void,
): void {
  render(
    accounts.map((name) => html`<option value=${name}>${name}</option>`),
    controls.account,
  );
  const setFrozen = (frozen: boolean) => {
    const name = controls.account.value;
    demo.change((backend) => backend.control.updateAccount(name, { frozen }));
    controls.status.textContent = `${name} is ${frozen ? 'frozen' : 'no longer frozen'}.`;
    afterChange();
  };
  controls.freeze.addEventListener('click', () => setFrozen(true));
  controls.unfreeze.addEventListener('click', () => setFrozen(false));
  const show = () => renderPending(demo, controls, afterChange);
  demo.onChange(show);
  show();
}
