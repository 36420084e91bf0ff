// What browsers enforce, in Chromium: a same-origin portal page with its session cookie gets
// through; a listed partner origin passes the preflight and can read the proxy's answers; an
// unlisted origin can neither read an answer nor get a POST past its preflight.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { serveFakeBackend, type FakeBackendServer } from '@enterprise-center/mock/node';
import { createProxy, type Grant } from '@enterprise-center/proxy';
import { toNodeListener } from '@enterprise-center/proxy/node';
import { launchChromium } from '../../../../test/e2e/support/chromium.js';
import { listen } from '../support/raw-http.js';

type Server = Awaited<ReturnType<typeof listen>>;
const API = '/api/enterprise-center/v2/enterprises/multi-accounts';
const PAGE = '<!doctype html><html lang="en"><title>page</title></html>';

/** A server with one empty page at `/`, on an origin of its own. */
const pageServer = () =>
  listen(
    createServer((_, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE),
    ),
  );

/** What a page's `fetch` of the proxy ended with: an answer it could read, or a network error. */
type Outcome = { status: number; requestId: string | null; body: unknown } | { error: string };

const callFrom = (page: Page, url: string, method: 'GET' | 'POST'): Promise<Outcome> =>
  page.evaluate(
    async ({ url, method }) => {
      try {
        const response = await fetch(url, {
          method,
          credentials: 'include',
          headers: {
            Accept: 'application/json',
            'X-Request-Id': 'page-request-1',
            ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
          },
          body: method === 'POST' ? JSON.stringify({ account_name: 'acme-robotics' }) : undefined,
        });
        return {
          status: response.status,
          requestId: response.headers.get('x-request-id'),
          body: await response.json(),
        };
      } catch (error) {
        return { error: String(error) };
      }
    },
    { url, method },
  );

describe('the proxy as Chromium sees it', () => {
  let fake: FakeBackendServer;
  let portal: Server;
  let partner: Server;
  let stranger: Server;
  let browser: Browser;

  before(async () => {
    [fake, partner, stranger, browser] = await Promise.all([
      serveFakeBackend(),
      pageServer(),
      pageServer(),
      launchChromium(),
    ]);
    // The partner page lives on http://localhost:<port>, another site than the portal's 127.0.0.1.
    partner = { ...partner, origin: partner.origin.replace('127.0.0.1', 'localhost') };
    const handle = createProxy({
      upstream: fake.url,
      allowedOrigins: [partner.origin],
      authorize: (request): Grant | null =>
        /(?:^|; )portal-session=acme-group(?:;|$)/.test(request.headers.get('cookie') ?? '')
          ? { subject: 'acme-admin', scopes: ['invite'], token: 'token-acme-group' }
          : null,
    });
    const app = express();
    app.use('/api/enterprise-center', toNodeListener(handle));
    app.get('/sign-in', (_, response) => {
      response
        .cookie('portal-session', 'acme-group', { httpOnly: true, sameSite: 'lax' })
        .type('html')
        .send(PAGE);
    });
    portal = await listen(createServer(app));
  });

  after(async () => {
    await browser?.close();
    await Promise.all([fake, portal, partner, stranger].map((server) => server?.close()));
  });

  it('lets the signed-in portal page call its own proxy with its HttpOnly cookie', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.origin}/sign-in`);
    const outcome = await callFrom(page, `${API}/invitations/precheck`, 'POST');
    assert.ok('status' in outcome, JSON.stringify(outcome));
    assert.equal(outcome.status, 200);
    assert.equal((outcome.body as { eligible: boolean }).eligible, true);
    assert.deepEqual(
      fake.backend.requests.map(({ path, caller }) => [path, caller]),
      [['/invitations/precheck', 'acme-group']],
    );
    await page.close();
  });

  /**
   * From a page at `origin`: a POST that needs a preflight (JSON, X-Request-Id) and a GET, both
   * with credentials; the fake must not have seen either.
   */
  const callCrossOrigin = async (origin: string): Promise<[string, Outcome][]> => {
    fake.backend.clearRequests();
    const page = await browser.newPage();
    await page.goto(origin);
    const outcomes: [string, Outcome][] = [
      ['POST', await callFrom(page, `${portal.origin}${API}/invitations/precheck`, 'POST')],
      ['GET', await callFrom(page, `${portal.origin}${API}/invitations`, 'GET')],
    ];
    await page.close();
    assert.deepEqual(fake.backend.requests, []);
    return outcomes;
  };

  it('lets a listed partner page pass the preflight and read the answer and its X-Request-Id', async () => {
    // No portal cookie travels cross-site (SameSite=Lax): the proxy's 401 is what the page must read.
    for (const [method, outcome] of await callCrossOrigin(partner.origin)) {
      assert.ok('status' in outcome, `${method}: ${JSON.stringify(outcome)}`);
      assert.equal(outcome.status, 401);
      assert.equal((outcome.body as { error_code: string }).error_code, 'APIG.0301');
      assert.equal(outcome.requestId, 'page-request-1');
    }
  });

  it('gives an unlisted origin nothing to read, and its POST never leaves the preflight', async () => {
    for (const [method, outcome] of await callCrossOrigin(
      stranger.origin.replace('127.0.0.1', 'localhost'),
    )) {
      assert.ok('error' in outcome, `${method}: ${JSON.stringify(outcome)}`);
      assert.match(outcome.error, /TypeError: Failed to fetch/);
    }
  });
});
