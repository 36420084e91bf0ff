import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Invitation, InvitationStatus } from '@enterprise-center/sdk';
import {
  appendPage,
  emptyList,
  prependRow,
  remaining,
  removeRow,
  replaceRow,
  type ListQuery,
  type ListState,
} from '../../src/sent-invitations/list-state.js';
import { describe, it } from './helpers.js';

/** A stand-in invitation: only `id`, `status` and `orgId` matter to the list's bookkeeping. */
const invitation = (n: number, status: InvitationStatus = 'pending'): Invitation =>
  ({ id: `inv-${String(n).padStart(8, '0')}`, status, orgId: '1' }) as Invitation;

/** What the server lists for the query: its invitations that match, newest (highest n) first. */
function serverPage(server: Invitation[], query: ListQuery, offset: number, limit: number) {
  const listed = server.filter((i) => query.status === 'all' || i.status === query.status);
  return { totalCount: listed.length, invitations: listed.slice(offset, offset + limit) };
}

/** One thing that happens while the list is shown. */
type Step =
  | { kind: 'more' }
  | { kind: 'cancel'; pick: number }
  | { kind: 'gone'; pick: number }
  | { kind: 'sent' };

const step = fc.oneof(
  fc.constant<Step>({ kind: 'more' }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('gone' as const), pick: fc.nat() }),
  fc.constant<Step>({ kind: 'sent' }),
);

describe('<sent-invitations> paging bookkeeping (list-state)', () => {
  it('never skips or repeats a row, whatever happens between pages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(step, { maxLength: 40 }),
        (size, limit, steps) => {
          const query: ListQuery = { status: 'pending', orgId: '' };
          // Newest first: the highest number on top.
          let server = Array.from({ length: size }, (_, i) => invitation(size - i));
          let next = size + 1;
          let list: ListState = appendPage(emptyList, serverPage(server, query, 0, limit));
          const changedHere = new Set<string>();
          for (const s of steps) {
            if (s.kind === 'more') {
              if (remaining(list) > 0) {
                list = appendPage(list, serverPage(server, query, list.next, limit));
              }
              continue;
            }
            if (s.kind === 'sent') {
              const fresh = invitation(next++);
              server = [fresh, ...server];
              list = prependRow(list, query, fresh);
              changedHere.add(fresh.id);
              continue;
            }
            const shown = list.rows.filter((row) => row.status === 'pending');
            const target = shown[s.pick % Math.max(1, shown.length)];
            if (!target) continue;
            if (s.kind === 'cancel') {
              const cancelled = { ...target, status: 'cancelled' as const };
              server = server.map((i) => (i.id === target.id ? cancelled : i));
              list = replaceRow(list, query, cancelled);
            } else {
              server = server.filter((i) => i.id !== target.id);
              list = removeRow(list, query, target.id);
            }
            changedHere.add(target.id);
          }
          while (remaining(list) > 0) {
            list = appendPage(list, serverPage(server, query, list.next, limit));
          }
          const ids = list.rows.map((row) => row.id);
          expect(new Set(ids).size, 'a row is repeated').to.equal(ids.length);
          // Every invitation the server lists now is shown, in its order…
          const listed = server.filter((i) => i.status === 'pending').map((i) => i.id);
          expect(ids.filter((id) => listed.includes(id))).to.deep.equal(listed);
          // …and every other row shown is one that changed here (kept so the user sees it).
          for (const id of ids) {
            if (!listed.includes(id)) expect(changedHere.has(id), `${id} shown`).to.equal(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
