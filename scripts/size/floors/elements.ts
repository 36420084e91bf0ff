// The least any element kit built on lit, @lit/task, ky and zod/mini weighs (a `floor-*` row of
// ../budgets.json): one element with a decorated property whose task reads one account through
// the SDK floor (./sdk.ts). The script-tag row minus this row is what the kit's own code costs
// (docs/bundle-budget.md, "Floors").
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { readAccount } from './sdk.js';

@customElement('floor-account')
export class FloorAccount extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property() accessor url = '';

  readonly #account = new Task(this, {
    task: ([url]) => readAccount(url),
    args: () => [this.url] as const,
  });

  override render() {
    return this.#account.render({ complete: (account) => html`<p>${account.id}</p>` });
  }
}
