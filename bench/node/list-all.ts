// `invitations.listAll` over 20,000 invitations in Node. Pages are generated on demand (nothing
// kept) and served either by a one-off MSW handler (msw/node) or by a loopback HTTP server. Reports
// the requests made, the time of a whole walk (several passes) and the heap sampled every 1,000
// invitations (after a forced GC when Node runs with --expose-gc): its slope shows whether memory
// stays flat. A control walk fetches the same pages with plain `fetch`, so that what the serving
// side keeps (msw/node keeps ~9–14 kB per intercepted request) is not blamed on the SDK.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createClient } from '@enterprise-center/sdk';
import { slope, summarize, type Summary } from '../lib/stats.js';

const PATH = '/v2/enterprises/multi-accounts/invitations';
const SAMPLE_EVERY = 1000;

/** Where the pages come from and who walks them. */
export type Walk = 'sdk-msw' | 'fetch-msw' | 'sdk-loopback';

/** What one kind of walk measured. */
export interface WalkResult {
  walk: Walk;
  invitations: number;
  requests: number;
  /** Wall time of a whole walk. */
  ms: Summary;
  heap: {
    /** Whether samples were taken after a forced GC (Node run with --expose-gc). */
    afterGc: boolean;
    /** Heap used in bytes: before the walk, then after every {@link SAMPLE_EVERY} invitations. */
    samples: number[];
    startBytes: number;
    maxBytes: number;
    endBytes: number;
    /** Least-squares growth of the heap per 1,000 invitations, over the samples taken while walking. */
    slopeBytesPer1000: number;
  };
}

/** A valid wire invitation, number `n`. */
function wireInvitation(n: number) {
  const time = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString().replace('.000', '');
  return {
    id: `inv-${n.toString(36).padStart(8, '0')}`,
    status: 'pending',
    master_account_id: 'm-0001',
    master_account_name: 'acme-group',
    enterprise_name: 'Acme Group Co., Ltd.',
    invitee_account_id: `a-${n}`,
    invitee_account_name: `account-${n}`,
    org_id: '1001',
    org_name: 'Engineering',
    payment_method: 'paid_by_master',
    unified_accounting: true,
    notes: null,
    agreements: [
      {
        id: 'em-member-association',
        name: 'Member Account Association Agreement',
        version: '2025-02-25',
        url: 'https://www.example.com/agreements/em-member-association',
      },
    ],
    created_at: time,
    updated_at: time,
    expired_at: time,
  };
}

/** The page of `total` invitations that `url` (with `offset` and `limit`) asks for. */
function pageFor(url: URL, total: number) {
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const limit = Number(url.searchParams.get('limit') ?? 10);
  const invitations = [];
  for (let n = offset; n < Math.min(total, offset + limit); n++)
    invitations.push(wireInvitation(n));
  return { total_count: total, invitations };
}

/** A source of pages: its base URL, how many requests it served, and how to stop it. */
interface PageSource {
  baseUrl: string;
  served: { requests: number };
  close(): Promise<void>;
}

function mswSource(total: number): PageSource {
  const baseUrl = 'https://bench.example.test';
  const served = { requests: 0 };
  const server = setupServer(
    http.get(`${baseUrl}${PATH}`, ({ request }) => {
      served.requests += 1;
      return HttpResponse.json(pageFor(new URL(request.url), total));
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  return { baseUrl, served, close: async () => server.close() };
}

async function loopbackSource(total: number): Promise<PageSource> {
  const served = { requests: 0 };
  const server = createServer((request, response) => {
    served.requests += 1;
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(pageFor(url, total)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Walks every invitation once, calling `onItem` with each one's index; returns the count. */
type Walker = (onItem?: (index: number) => void) => Promise<number>;

function sdkWalker(baseUrl: string, pageSize: number): Walker {
  const client = createClient({ baseUrl, token: 'token-bench', retry: 0 });
  return async (onItem) => {
    let count = 0;
    for await (const invitation of client.invitations.listAll({ limit: pageSize })) {
      if (!invitation.id) throw new Error('an invitation without an id');
      onItem?.(count);
      count += 1;
    }
    return count;
  };
}

/** The control: the same pages with plain `fetch` and `JSON.parse`, no SDK. */
function fetchWalker(baseUrl: string, pageSize: number): Walker {
  return async (onItem) => {
    let count = 0;
    for (let offset = 0; ; offset += pageSize) {
      const response = await fetch(`${baseUrl}${PATH}?offset=${offset}&limit=${pageSize}`);
      const page = (await response.json()) as { total_count: number; invitations: unknown[] };
      for (let i = 0; i < page.invitations.length; i++) {
        onItem?.(count);
        count += 1;
      }
      if (page.invitations.length === 0 || offset + pageSize >= page.total_count) return count;
    }
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** One kind of walk over `total` invitations: `passes` timed walks, then one sampled walk. */
export async function benchListAll(
  walk: Walk,
  { total = 20_000, pageSize = 100, passes = 3 } = {},
): Promise<WalkResult> {
  const source = walk === 'sdk-loopback' ? await loopbackSource(total) : mswSource(total);
  try {
    const walker = (walk === 'fetch-msw' ? fetchWalker : sdkWalker)(source.baseUrl, pageSize);
    const times: number[] = [];
    let invitations = 0;
    let requests = 0;
    for (let pass = 0; pass < passes; pass++) {
      source.served.requests = 0;
      const started = performance.now();
      invitations = await walker();
      times.push(performance.now() - started);
      requests = source.served.requests;
    }

    const samples: number[] = [];
    const sample = () => {
      gc?.();
      samples.push(process.memoryUsage().heapUsed);
    };
    sample();
    await walker((index) => {
      if ((index + 1) % SAMPLE_EVERY === 0) sample();
    });
    return {
      walk,
      invitations,
      requests,
      ms: summarize(times),
      heap: {
        afterGc: gc !== undefined,
        samples,
        startBytes: samples[0]!,
        maxBytes: Math.max(...samples),
        endBytes: samples[samples.length - 1]!,
        slopeBytesPer1000: Math.round(slope(samples.slice(1).map((y, x) => ({ x, y })))),
      },
    };
  } finally {
    await source.close();
  }
}
