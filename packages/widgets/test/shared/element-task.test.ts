import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { initialState } from '@lit/task';
import { ElementTask } from '../../src/shared/element-task.js';
import { describe, it } from './mocha.js';

const statusName = ['initial', 'pending', 'complete', 'error'] as const;

/** One call of the task: its args, its signal, and the means to settle it. */
interface Call {
  args: readonly [string];
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

/** A host whose task runs for `input` (nothing to do while it is empty) and records every call. */
class TaskHost extends LitElement {
  @property() accessor input = 'a';
  readonly calls: Call[] = [];
  readonly completed: string[] = [];
  readonly failures: unknown[] = [];
  renders = 0;
  readonly task = new ElementTask<readonly [string], string>(this, {
    args: () => [this.input],
    task: (args, { signal }) =>
      args[0]
        ? new Promise<string>((resolve, reject) => {
            this.calls.push({ args, signal, resolve, reject });
          })
        : initialState,
    rerunWhenBack: true,
    onComplete: (value) => this.completed.push(value),
    onFailure: (error) => this.failures.push(error),
  });

  /** The task's status by name. */
  get status() {
    return statusName[this.task.status];
  }

  override render() {
    this.renders += 1;
    return html`${this.status}`;
  }
}
customElements.define('task-host', TaskHost);

async function mountHost(): Promise<TaskHost> {
  const el = await fixture<TaskHost>(html`<task-host></task-host>`);
  await waitUntil(() => el.calls.length === 1, 'the first run did not start');
  return el;
}

/** Lets the settled promise's continuation and the host's update run. */
async function settle(el: TaskHost): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('ElementTask', () => {
  it('runs at the first update and reports pending, then the value', async () => {
    const el = await mountHost();
    expect(el.status).to.equal('pending');
    expect(el.calls[0]?.args).to.deep.equal(['a']);
    el.calls[0]?.resolve('A');
    await settle(el);
    expect(el.status).to.equal('complete');
    expect(el.task.value).to.equal('A');
    expect(el.completed).to.deep.equal(['A']);
    expect(el.shadowRoot?.textContent).to.equal('complete');
  });

  it('runs again only when an argument changed', async () => {
    const el = await mountHost();
    el.calls[0]?.resolve('A');
    await settle(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.calls).to.have.length(1);
    el.input = 'b';
    await el.updateComplete;
    expect(el.calls.map((call) => call.args[0])).to.deep.equal(['a', 'b']);
  });

  it('aborts the previous run and reports only the newest, whichever settles first', async () => {
    const el = await mountHost();
    el.input = 'b';
    await el.updateComplete;
    const [first, second] = el.calls;
    expect(first?.signal.aborted).to.equal(true);
    expect(second?.signal.aborted).to.equal(false);
    second?.resolve('B');
    await settle(el);
    first?.resolve('A');
    await settle(el);
    expect(el.task.value).to.equal('B');
    expect(el.completed).to.deep.equal(['B']);
  });

  it('ignores a superseded run that fails', async () => {
    const el = await mountHost();
    el.input = 'b';
    await el.updateComplete;
    el.calls[0]?.reject(new Error('late failure'));
    await settle(el);
    expect(el.status).to.equal('pending');
    el.calls[1]?.resolve('B');
    await settle(el);
    expect(el.status).to.equal('complete');
    expect(el.task.error).to.equal(undefined);
  });

  it('reports a failure of the newest run as error, and to onFailure', async () => {
    const el = await mountHost();
    const failure = new Error('no');
    el.calls[0]?.reject(failure);
    await settle(el);
    expect(el.status).to.equal('error');
    expect(el.task.error).to.equal(failure);
    expect(el.task.failed).to.equal(true);
    expect(el.completed).to.deep.equal([]);
    expect(el.failures).to.deep.equal([failure]);
  });

  it('goes back to initial when there is nothing to do, dropping the running run', async () => {
    const el = await mountHost();
    el.input = '';
    await settle(el);
    expect(el.status).to.equal('initial');
    expect(el.calls[0]?.signal.aborted).to.equal(true);
    el.calls[0]?.resolve('A');
    await settle(el);
    expect(el.status).to.equal('initial');
    expect(el.completed).to.deep.equal([]);
  });

  it('run() runs again with the same args and resolves once that run settled', async () => {
    const el = await mountHost();
    el.calls[0]?.reject(new Error('first'));
    await settle(el);
    const rerun = el.task.run();
    expect(el.status).to.equal('pending');
    expect(el.calls.map((call) => call.args[0])).to.deep.equal(['a', 'a']);
    el.calls[1]?.resolve('A');
    await rerun;
    expect(el.status).to.equal('complete');
  });

  it('aborts the running run when the host leaves the page, and runs again when it is back', async () => {
    const el = await mountHost();
    const parent = el.parentElement!;
    el.remove();
    expect(el.calls[0]?.signal.aborted).to.equal(true);
    parent.append(el);
    expect(el.calls).to.have.length(2);
    el.calls[0]?.reject(el.calls[0].signal.reason);
    el.calls[1]?.resolve('A');
    await settle(el);
    expect(el.status).to.equal('complete');
    expect(el.completed).to.deep.equal(['A']);
    expect(el.failures).to.deep.equal([]);
  });

  it('reports a run aborted by leaving the page as no failure, and without rerunWhenBack stays so', async () => {
    const el = await mountHost();
    el.task.abort();
    el.calls[0]?.reject(el.calls[0].signal.reason);
    await settle(el);
    expect(el.status).to.equal('error');
    expect(el.task.failed).to.equal(false);
    expect(el.failures).to.deep.equal([]);
  });

  it('does not run again after a move when its run had already settled', async () => {
    const el = await mountHost();
    el.calls[0]?.resolve('A');
    await settle(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.calls).to.have.length(1);
    expect(el.status).to.equal('complete');
  });

  it('asks the host to render on every status change', async () => {
    const el = await mountHost();
    const before = el.renders;
    el.calls[0]?.resolve('A');
    await settle(el);
    expect(el.renders).to.equal(before + 1);
    expect(el.shadowRoot?.textContent).to.equal('complete');
  });

  it('can be added to a host that is already on the page, and runs there', async () => {
    const el = await mountHost();
    const runs: string[] = [];
    const late = new ElementTask<readonly [string], string>(el, {
      args: () => [el.input],
      task: async ([input]) => {
        runs.push(input);
        return input.toUpperCase();
      },
      autoRun: false,
    });
    await late.run();
    expect(runs).to.deep.equal(['a']);
    expect(late.value).to.equal('A');
  });
});
