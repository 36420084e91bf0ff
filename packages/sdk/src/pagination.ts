import type { RequestOptions } from './options.js';

/**
 * Walks the pages of a list endpoint lazily: the next page is requested only once the consumer
 * has taken every item of the current one. Starts at `query.offset` (default 0), asks for
 * `query.limit` items a page, and stops at `totalCount` or at an empty page.
 *
 * The pages are offsets into a list that may change during the walk. An item created meanwhile
 * (lists are newest first) pushes the others one place on, so the next page starts with items the
 * previous one gave: those are not yielded again (for up to a page of new items between two
 * pages; only the previous page's ids are kept, so a long walk holds constant memory). An item
 * that leaves a filtered list meanwhile (e.g. a pending invitation accepted during a walk of
 * pending ones) pulls the others one place back, so one may be passed over; list again for an
 * exact snapshot.
 */
export async function* paginate<
  Query extends { offset?: number },
  Key extends string,
  Item extends { id: string },
>(
  list: (
    query: Query,
    options?: RequestOptions,
  ) => Promise<{ totalCount: number } & Record<Key, Item[]>>,
  key: Key,
  query: Query,
  options?: RequestOptions,
): AsyncGenerator<Item, void, undefined> {
  let offset = query.offset ?? 0;
  let previousPage = new Set<string>();
  for (;;) {
    const page = await list({ ...query, offset }, options);
    const items = page[key];
    for (const item of items) if (!previousPage.has(item.id)) yield item;
    previousPage = new Set(items.map((item) => item.id));
    offset += items.length;
    if (items.length === 0 || offset >= page.totalCount) return;
  }
}
