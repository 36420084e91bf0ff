// The embedding kit in a real third-party portal (demo/portal): the sign-in sets an HttpOnly
// session cookie; the page loads only the shipped bundle under a strict Content-Security-Policy
// sent by the server; the elements call the portal's @enterprise-center/proxy, which adds the
// account's credentials (AK/SK for a master, a token for an invitee) on the way to the fake
// backend over HTTP. Run in Chromium, in Firefox, and in Firefox without Trusted Types.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { ACCESS_KEYS } from '@enterprise-center/mock';
import { axeViolations } from './support/axe.js';
import { ENGINES, launch } from './support/browsers.js';
import { watchProblems } from './support/page-problems.js';
import { usePortalStack } from './support/portal-stack.js';
import {
  acceptInvitation,
  byRole,
  invite,
  readableByScript,
  signIn,
  signOut,
} from './support/portal-page.js';

const bundlePath = '/assets/enterprise-center-widgets.js';

/** Secrets that must never reach the page: fixture tokens, access keys and secret keys. */
const secrets = [/token-[a-z]/, ...ACCESS_KEYS.flatMap(({ ak, sk }) => [ak, sk])];

describe('the sample portal (demo/portal) with the shipped bundle', () => {
  const stack = usePortalStack();

  for (const engine of ENGINES) {
    it(`${engine}: signs in, invites, accepts as the invitee; no error, no token in the page`, async () => {
      const { backend } = stack;
      const browser = await launch(engine);
      try {
        const page = await browser.newPage();
        page.setDefaultTimeout(15_000);
        const problems = await watchProblems(page);
        const scripts: string[] = [];
        page.on('request', (request) => {
          // By name: Firefox's WebDriver BiDi does not tell resource types.
          const { pathname } = new URL(request.url());
          if (pathname.endsWith('.js')) scripts.push(pathname);
        });
        // Every answer the proxy gave the page, headers and body, to search for credentials.
        const answers: Promise<string>[] = [];
        page.on('response', (answer) => {
          if (!new URL(answer.url()).pathname.startsWith('/api/')) return;
          const headers = JSON.stringify(answer.headers());
          answers.push(
            answer.text().then(
              (body) => `${headers}\n${body}`,
              () => headers,
            ),
          );
        });

        // Signed out, the portal shows its sign-in page; signing in sets the session cookie.
        await page.goto(`${stack.origin}/`);
        assert.equal(new URL(page.url()).pathname, '/sign-in');
        // Accessibility is the same in every engine: axe checks each page once, in Chromium.
        const axe = async () => (engine === 'chromium' ? axeViolations(page) : []);
        assert.deepEqual(await axe(), [], 'the sign-in page');
        await signIn(page, 'acme-group');
        const [session] = await page.cookies();
        assert.equal(session?.name, 'ec_portal_session');
        assert.deepEqual([session?.httpOnly, session?.sameSite], [true, 'Lax']);
        // HttpOnly: the browser sends it, and script in the page cannot read it.
        assert.equal(await page.evaluate('document.cookie'), '');

        // The server sends the policy; the page has one script, the bundle.
        const response = await page.reload();
        const csp = response?.headers()['content-security-policy'] ?? '';
        assert.match(csp, /script-src 'self';/);
        assert.match(csp, /require-trusted-types-for 'script'; trusted-types lit-html/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

        await invite(page, 'acme-robotics', 'Platform');
        // <sent-invitations> beside the form lists the new invitation at once.
        await byRole(page, 'button', 'Cancel invitation to acme-robotics');
        // Typed again, the account is found pending; the link leads to its row in the list.
        await (await byRole(page, 'button', 'Invite another account')).click();
        await (await byRole(page, 'textbox', 'Account name')).type('acme-robotics');
        await (await byRole(page, 'link', 'Show the pending invitations')).click();
        await page.waitForFunction(`(() => {
          const list = document.querySelector('sent-invitations').shadowRoot;
          return list.activeElement?.matches('th[scope="row"]') &&
            list.activeElement.textContent.trim() === 'acme-robotics';
        })()`);
        assert.deepEqual(await axe(), [], "acme-group's members page");
        const trustedTypes = await page.evaluate(`typeof trustedTypes !== 'undefined'`);
        assert.equal(trustedTypes, engine !== 'firefox without Trusted Types');
        const readable = await readableByScript(page);
        assert.ok(readable.includes('acme-robotics'), 'the probe reads the elements');
        for (const secret of secrets) assert.doesNotMatch(readable, new RegExp(secret));

        // The same page for the invitee: its side of the flow.
        await signOut(page);
        await signIn(page, 'acme-robotics');
        await acceptInvitation(page, 'Acme Group Co., Ltd.', 'acme-group');
        assert.deepEqual(await axe(), [], "acme-robotics' members page");

        // Upstream, the master's calls were AK/SK-signed and the invitee's carried its token.
        const credentials = new Set(
          backend.requests.map(({ caller, credential }) => `${caller} ${credential}`),
        );
        assert.deepEqual([...credentials].sort(), ['acme-group ak-sk', 'acme-robotics token']);

        const received = (await Promise.all(answers)).join('\n');
        assert.match(received, /acme-robotics/, 'the probe reads the answers');
        for (const secret of secrets) assert.doesNotMatch(received, new RegExp(secret));

        // Nothing in the tab fakes a server: no worker, and the widgets came from the bundle.
        const workers = await page.evaluate(
          `navigator.serviceWorker.getRegistrations().then((all) => all.length)`,
        );
        assert.equal(workers, 0);
        assert.deepEqual([...new Set(scripts)], [bundlePath]);

        // A zh-CN element loads the Chinese texts from the chunk beside the bundle (ADR 0453).
        await page.evaluate(
          `document.querySelector('accept-invitation').setAttribute('locale', 'zh-CN')`,
        );
        await byRole(page, 'heading', '加入企业的邀请');
        assert.match(
          scripts.at(-1) ?? '',
          /^\/assets\/enterprise-center-widgets-zh-cn-[\w-]+\.js$/,
        );
        assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
        // ...and the zero is not a deaf listener's: this engine reports both kinds.
        await page.evaluate(
          `console.error('probe'); setTimeout(() => { throw new Error('probe'); })`,
        );
        for (let i = 0; i < 50 && problems.pageErrors.length === 0; i += 1) await delay(20);
        assert.deepEqual(problems.consoleErrors, ['probe']);
        assert.match(problems.pageErrors.join('\n'), /^(Error: )?probe$/);

        if (trustedTypes) {
          // The policy is enforced: a raw HTML sink refuses a plain string, and says so.
          const refused = await page.evaluate(`(() => {
            try { document.body.innerHTML = '<b>markup</b>'; return 'allowed'; }
            catch (error) { return error.name; }
          })()`);
          assert.equal(refused, 'TypeError');
          for (let i = 0; i < 50 && problems.cspViolations.length === 0; i += 1) await delay(20);
          assert.match(problems.cspViolations.join('\n'), /require-trusted-types-for/);
        }
      } finally {
        await browser.close();
      }
    });
  }
});
