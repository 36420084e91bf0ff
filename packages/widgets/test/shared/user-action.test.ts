import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createClient } from '@enterprise-center/sdk';
import { UserAction } from '../../src/shared/user-action.js';
import { describe, it } from './mocha.js';

/** The outcome of one attempt, settled by the test. */
interface Attempt {
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/**
 * A host whose action dismisses a failure it shows elsewhere (as `<invite-member>` does when the
 * server refuses the account: the account field says why), and records what its callbacks saw.
 */
class ActionHost extends LitElement {
  readonly attempts: Attempt[] = [];
  /** Whether the action still said "pending" while its callback ran. */
  readonly pendingInCallback: boolean[] = [];
  readonly action = new UserAction<string, string>(this, {
    api: () => createClient({ baseUrl: 'https://api.example.test' }),
    identify: (input) => input,
    perform: () =>
      new Promise<string>((resolve, reject) => this.attempts.push({ resolve, reject })),
    onComplete: () => this.pendingInCallback.push(this.action.pending),
    onFailure: () => {
      this.pendingInCallback.push(this.action.pending);
      this.action.dismiss();
    },
  });

  override render() {
    return html`${this.action.render({
      initial: () => 'idle',
      pending: () => 'sending',
      complete: (value) => `sent ${value}`,
      error: () => 'failed',
    })}`;
  }
}
customElements.define('action-host', ActionHost);

async function shows(el: ActionHost, text: string): Promise<void> {
  await waitUntil(() => el.shadowRoot?.textContent === text, `never showed "${text}"`);
}

describe('UserAction', () => {
  it('lets the failure callback dismiss the failure, so it is shown in one place only', async () => {
    const el = await fixture<ActionHost>(html`<action-host></action-host>`);
    el.action.run('a');
    await shows(el, 'sending');
    el.attempts[0]?.reject(new Error('refused'));
    await shows(el, 'idle');
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('idle');
    expect(el.pendingInCallback).to.deep.equal([false]);
    expect(el.action.input).to.equal(undefined);
  });

  it('is no longer pending when its completion callback runs', async () => {
    const el = await fixture<ActionHost>(html`<action-host></action-host>`);
    el.action.run('a');
    el.attempts[0]?.resolve('A');
    await shows(el, 'sent A');
    expect(el.pendingInCallback).to.deep.equal([false]);
    expect(el.action.value).to.equal('A');
  });
});
