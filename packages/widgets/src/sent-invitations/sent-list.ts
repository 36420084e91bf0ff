import type { ReactiveControllerHost } from 'lit';
import { initialState, TaskStatus, type StatusRenderer } from '@lit/task';
import type { Client, Invitation, InvitationPage, InvitationQuery } from '@enterprise-center/sdk';
import { ElementTask } from '../shared/element-task.js';
import {
  appendPage,
  emptyList,
  remaining,
  prependRow,
  removeRow,
  replaceRow,
  type ListQuery,
  type ListState,
} from './list-state.js';
import type { StatusFilter } from './status-filter.js';

/** Where a {@link SentList} gets its client and query from, and whom it tells. */
export interface SentListConfig {
  api: () => Client | undefined;
  query: () => ListQuery;
  pageSize: () => number;
  /** The first page failed (not only aborted). */
  onLoadFailed: (error: unknown) => void;
  /** A further page failed (not only aborted). */
  onMoreFailed: (error: unknown) => void;
  /** The first page arrived. */
  onLoaded: () => void;
  /** A further page arrived; `first` is its first row that was not shown before. */
  onMore: (first: Invitation | undefined) => void;
}

/** The SDK query for one page of `query`. */
function pageQuery(query: ListQuery, offset: number, limit: number): InvitationQuery {
  return {
    offset,
    limit,
    ...(query.status === 'all' ? {} : { status: query.status }),
    ...(query.orgId ? { orgId: query.orgId } : {}),
  };
}

/**
 * The invitations the master sent, one page at a time (API.md §3.6, newest first): the first page
 * loads by itself whenever the client, the filter, the unit or the page size changes (and again
 * when the element comes back after leaving mid-load); further pages load when asked. It never
 * loads everything, so thousands of invitations stay fast. Rows the element changes (cancelled,
 * resent, gone, newly sent) are kept in step through `list-state.ts`, so paging stays exact.
 */
export class SentList {
  readonly #host: ReactiveControllerHost;
  readonly #config: SentListConfig;
  #state: ListState = emptyList;

  readonly #first: ElementTask<
    readonly [Client | undefined, StatusFilter, string, number],
    InvitationPage
  >;
  readonly #more: ElementTask<readonly [Client, ListQuery, number, number], InvitationPage>;

  constructor(host: ReactiveControllerHost, config: SentListConfig) {
    this.#host = host;
    this.#config = config;
    this.#first = new ElementTask(host, {
      args: () => {
        const { status, orgId } = config.query();
        return [config.api(), status, orgId, config.pageSize()] as const;
      },
      task: ([api, status, orgId, limit], { signal }) => {
        // A page of the previous query must not land in the new list.
        this.#more.abort();
        if (!api) return initialState;
        return api.invitations.list(pageQuery({ status, orgId }, 0, limit), { signal });
      },
      rerunWhenBack: true,
      onComplete: (page) => {
        this.#state = appendPage(emptyList, page);
        config.onLoaded();
      },
      onFailure: config.onLoadFailed,
    });
    this.#more = new ElementTask(host, {
      autoRun: false,
      task: ([api, query, offset, limit], { signal }) =>
        api.invitations.list(pageQuery(query, offset, limit), { signal }),
      onComplete: (page) => {
        const shown = this.#state.rows.length;
        this.#state = appendPage(this.#state, page);
        config.onMore(this.#state.rows[shown]);
      },
      onFailure: config.onMoreFailed,
    });
  }

  /** The rows shown and the paging bookkeeping. */
  get state(): ListState {
    return this.#state;
  }

  /** The first page is loading. */
  get loading(): boolean {
    return this.#first.status === TaskStatus.PENDING;
  }

  /** A further page is loading. */
  get loadingMore(): boolean {
    return this.#more.status === TaskStatus.PENDING;
  }

  /** Why the last further page failed (not when it was only aborted); cleared by the next try. */
  get moreFailure(): unknown {
    return this.#more.failed ? this.#more.error : undefined;
  }

  /** How many invitations the server has that the list has not asked for yet. */
  get remaining(): number {
    return remaining(this.#state);
  }

  /** Loads the first page again (the rows already loaded are replaced). */
  reload(): void {
    void this.#first.run();
  }

  /** Loads the next page (nothing while one is loading or when there is none). */
  loadMore(): void {
    const api = this.#config.api();
    if (!api || this.loadingMore || this.remaining === 0) return;
    const { next } = this.#state;
    void this.#more.run([api, this.#config.query(), next, this.#config.pageSize()]);
  }

  /**
   * Loads further pages until a row is `wanted` or none is left, and returns that row, if any.
   * Waits for the first page of the current query first (a query changed just now starts loading
   * on the host's next update). Rejects when a page fails or the element leaves meanwhile.
   */
  async seek(wanted: (row: Invitation) => boolean): Promise<Invitation | undefined> {
    await this.#host.updateComplete;
    await this.#first.taskComplete;
    for (;;) {
      const row = this.#state.rows.find(wanted);
      if (row || this.remaining === 0) return row;
      this.loadMore();
      // Nothing started (the client was taken away): no page will come.
      if (!this.loadingMore) return undefined;
      await this.#more.taskComplete;
    }
  }

  /** Shows a newly sent invitation on top, if the query lists it. */
  prepend(invitation: Invitation): void {
    this.#change(prependRow(this.#state, this.#config.query(), invitation));
  }

  /** Puts the server's newer copy of a row in place. */
  replace(invitation: Invitation): void {
    this.#change(replaceRow(this.#state, this.#config.query(), invitation));
  }

  /** Removes a row that no longer exists on the server. */
  remove(id: string): void {
    this.#change(removeRow(this.#state, this.#config.query(), id));
  }

  /** The row of the invitation with `id`, if it is shown. */
  find(id: string): Invitation | undefined {
    return this.#state.rows.find((row) => row.id === id);
  }

  /** Renders where the first page stands (`complete` gets the current rows, not the first page). */
  render(renderer: StatusRenderer<ListState>): unknown {
    const { initial, pending, complete, error } = renderer;
    return this.#first.render({ initial, pending, error, complete: () => complete?.(this.#state) });
  }

  #change(state: ListState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#host.requestUpdate();
  }
}
