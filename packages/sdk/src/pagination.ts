import type { RequestOptions } from './options.js';

/**
 * Walks the pages of a list endpoint lazily: the next page is requested only once the consumer
 * has taken every item of the current one. Starts at `query.offset` (default 0), asks for
 * `query.limit` items a page, and stops at `totalCount` or at an empty page.
 */
export async function* paginate<Query extends { offset?: number }, Key extends string, Item>(
  list: (
    query: Query,
    options?: RequestOptions,
  ) => Promise<{ totalCount: number } & Record<Key, Item[]>>,
  key: Key,
  query: Query,
  options?: RequestOptions,
): AsyncGenerator<Item, void, undefined> {
  let offset = query.offset ?? 0;
  for (;;) {
    const page = await list({ ...query, offset }, options);
    const items = page[key];
    yield* items;
    offset += items.length;
    if (items.length === 0 || offset >= page.totalCount) return;
  }
}
