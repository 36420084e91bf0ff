// "Try these accounts": the mock package's fixture accounts with the conditions each fails when
// acme-group invites it; picking one fills the invite form.
import { html, render } from 'lit';
import { FIXTURE_ACCOUNTS } from '@enterprise-center/mock';

type FixtureAccount = (typeof FIXTURE_ACCOUNTS)[number];

function outcome(account: FixtureAccount) {
  if (account.failsForAcmeGroup.length === 0) {
    return html`<span class="account__ok">Eligible</span>`;
  }
  return html`<span class="account__fails">Fails ${account.failsForAcmeGroup.join(', ')}</span>`;
}

/** Lists the fixture accounts in `list`; `onPick(name)` runs when one is picked. */
export function renderTryAccounts(list: HTMLElement, onPick: (accountName: string) => void): void {
  render(
    FIXTURE_ACCOUNTS.map(
      (account) =>
        html`<li class="account">
          <span class="account__name">${account.name}</span>
          <span class="account__facts">
            ${account.differs || 'an ordinary enterprise account'} · ${outcome(account)}
          </span>
          <button
            type="button"
            class="button button--quiet button--small"
            @click=${() => onPick(account.name)}
          >
            Try<span class="visually-hidden"> ${account.name}</span>
          </button>
        </li>`,
    ),
    list,
  );
}
