// The sample portal's server (demo/portal) over HTTP: its demo sign-in and session cookie, the
// refusals around them, and its proxy's grants per signed-in account (no browser needed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePortalStack } from './support/portal-stack.js';

describe('the sample portal server', () => {
  const stack = usePortalStack();

  /** Posts the sign-in form as a same-origin page would. */
  function postForm(path: string, fields: Record<string, string>, cookie = '') {
    return fetch(`${stack.origin}${path}`, {
      method: 'POST',
      headers: { Origin: stack.origin, Cookie: cookie },
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });
  }

  /** Signs in as `account` and returns the session cookie (`name=value`). */
  async function signIn(account: string): Promise<string> {
    const answer = await postForm('/sign-in', { account });
    assert.equal(answer.status, 303);
    return (answer.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  }

  /** A call through the proxy as the elements make it. */
  function api(path: string, cookie: string, init: RequestInit = {}) {
    return fetch(`${stack.origin}/api/enterprise-center/v2/enterprises/multi-accounts${path}`, {
      ...init,
      headers: { Cookie: cookie, Origin: stack.origin, 'Content-Type': 'application/json' },
    });
  }

  it('sends a visitor without a session to the sign-in page', async () => {
    const answer = await fetch(`${stack.origin}/`, { redirect: 'manual' });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('Location'), '/sign-in');
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie that names no account', async () => {
    const answer = await postForm('/sign-in', { account: 'acme-group' });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('Location'), '/');
    const cookie = answer.headers.get('Set-Cookie') ?? '';
    assert.match(cookie, /^ec_portal_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    assert.doesNotMatch(cookie, /acme|token/);

    const page = await fetch(`${stack.origin}/`, {
      headers: { Cookie: cookie.split(';')[0] ?? '' },
    });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('Cache-Control'), 'no-store');
    assert.match(page.headers.get('Content-Security-Policy') ?? '', /trusted-types lit-html/);
    const html = await page.text();
    assert.match(html, /Signed in as <strong>acme-group<\/strong>/);
    assert.match(
      html,
      /<invite-member\s+base-url="\/api\/enterprise-center"\s+credentials="include"/,
    );
    assert.match(
      html,
      /<sent-invitations base-url="\/api\/enterprise-center" credentials="include">/,
    );
    assert.doesNotMatch(html, /<accept-invitation|token-/);
  });

  it('refuses an unknown account and a sign-in posted from another site', async () => {
    const unknown = await postForm('/sign-in', { account: 'token-acme-group' });
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /role="alert">Choose one of the listed accounts\./);
    assert.equal(unknown.headers.get('Set-Cookie'), null);

    const crossSite = await fetch(`${stack.origin}/sign-in`, {
      method: 'POST',
      headers: { Origin: 'https://attacker.example' },
      body: new URLSearchParams({ account: 'acme-group' }),
      redirect: 'manual',
    });
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.headers.get('Set-Cookie'), null);
  });

  it('lets the proxy through only for a session, with the scope of its account', async () => {
    const noSession = await api('/invitation-settings', '');
    assert.equal(noSession.status, 401);
    assert.equal(((await noSession.json()) as { error_code: string }).error_code, 'APIG.0301');

    const invitee = await signIn('acme-robotics');
    const outOfScope = await api('/invitation-settings', invitee);
    assert.equal(outOfScope.status, 403);
    assert.equal(((await outOfScope.json()) as { error_code: string }).error_code, 'CBC.0151');
    assert.equal((await api('/received-invitations', invitee)).status, 200);

    const master = await signIn('acme-group');
    assert.equal((await api('/invitation-settings', master)).status, 200);
    // Refusals never reached the backend; the rest carried each account's own credentials.
    assert.deepEqual(
      stack.backend.requests.map(({ path, caller, credential }) => [path, caller, credential]),
      [
        ['/received-invitations', 'acme-robotics', 'token'],
        ['/invitation-settings', 'acme-group', 'ak-sk'],
      ],
    );
  });

  it('ends the session on sign-out, so the old cookie no longer reaches the API', async () => {
    const cookie = await signIn('acme-group');
    const out = await postForm('/sign-out', {}, cookie);
    assert.equal(out.status, 303);
    assert.equal(out.headers.get('Location'), '/sign-in');
    assert.match(out.headers.get('Set-Cookie') ?? '', /^ec_portal_session=; Max-Age=0/);
    assert.equal((await api('/invitation-settings', cookie)).status, 401);
  });

  it('serves the shipped bundle and nothing else from its assets', async () => {
    const bundle = await fetch(`${stack.origin}/assets/enterprise-center-widgets.js`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('Content-Type') ?? '', /javascript/);
    assert.match(await bundle.text(), /customElements/);
    for (const path of [
      '/assets/index.js',
      '/assets/../package.json',
      '/assets/custom-elements.json',
    ]) {
      assert.equal((await fetch(`${stack.origin}${path}`)).status, 404, path);
    }
  });
});
