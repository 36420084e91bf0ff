// Reading what an instrumented client (packages/widgets/test/invite-member/helpers.ts) sent.
import type { SentRequest } from '../../../../packages/widgets/test/invite-member/helpers.js';

/** The POSTs whose path ends with `pathEnd`, in the order they were sent. */
export const postsTo = (requests: readonly SentRequest[], pathEnd: string): SentRequest[] =>
  requests.filter((request) => request.method === 'POST' && request.path.endsWith(pathEnd));

/** The `trans_id` each of `posts` carried. */
export const transIds = (posts: readonly SentRequest[]): (string | undefined)[] =>
  posts.map((post) => (JSON.parse(post.body) as { trans_id?: string }).trans_id);
