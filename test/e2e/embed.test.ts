// The embedding kit in a third-party portal: demo/embed.html loads the one bundle under a strict
// Content-Security-Policy (Trusted Types required) and both flows work with zero violations.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { buildEmbedBundle, startDemoServer, type DemoServer } from './support/demo-server.js';
import { prepareInvitation, submitAndConfirm } from './support/demo-page.js';
import { watchProblems } from './support/page-problems.js';

const bundlePath = '/packages/widgets/dist/enterprise-center-widgets.js';

describe('demo/embed.html (one script tag under a strict CSP)', () => {
  let server: DemoServer;
  let browser: Browser;

  before(async () => {
    await buildEmbedBundle();
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('invites as the portal user and accepts as the invitee with zero CSP violations', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const problems = await watchProblems(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });

    await page.goto(`${server.origin}/demo/embed.html`);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.match(csp ?? '', /require-trusted-types-for 'script'/);
    assert.match(csp ?? '', /trusted-types lit-html /);
    assert.doesNotMatch(csp ?? '', /unsafe-inline|unsafe-eval/);

    await prepareInvitation(page, 'acme-robotics', 'Platform');
    await submitAndConfirm(page);
    await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });

    // The portal's session is now acme-robotics: the same tags show its side of the flow.
    await page.goto(`${server.origin}/demo/embed.html?as=acme-robotics`);
    await page.getByRole('heading', { name: 'Only a master account can invite' }).waitFor();
    await page.getByRole('heading', { name: /Invitation from Acme Group Co\., Ltd\./ }).waitFor();
    await page.getByRole('checkbox', { name: /I have read and agree/ }).check();
    await page.getByRole('button', { name: 'Accept' }).click();
    await page
      .getByRole('heading', { name: 'You are now a member account of Acme Group Co., Ltd.' })
      .waitFor();

    // The widgets came from the bundle alone: no widget, lit or SDK module was loaded.
    assert.ok(scripts.includes(bundlePath));
    const widgetSources = scripts.filter((path) =>
      /\/packages\/(widgets\/src|sdk)\/|\/node_modules\/(lit|lit-html|@lit|ky|zod)\//.test(path),
    );
    assert.deepEqual(widgetSources, []);

    // An English page never downloads the Chinese texts; a zh-CN element loads them from the chunk
    // beside the bundle (ADR 0453), under the same policy, and speaks Chinese.
    const chineseChunks = () => scripts.filter((path) => /zh-cn/i.test(path));
    assert.deepEqual(chineseChunks(), []);
    await page.evaluate(
      `document.querySelector('accept-invitation').setAttribute('locale', 'zh-CN')`,
    );
    await page.getByRole('heading', { name: '加入企业的邀请' }).waitFor();
    assert.equal(chineseChunks().length, 1);
    assert.match(
      chineseChunks()[0]!,
      /^\/packages\/widgets\/dist\/enterprise-center-widgets-zh-cn-[\w-]+\.js$/,
    );
    // Only the browser's own notes of the two 403s <invite-member> got for a non-master account.
    const unexpected = problems.consoleErrors.filter((text) => !/status of 403/.test(text));
    assert.deepEqual(
      { ...problems, consoleErrors: unexpected },
      {
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
      },
    );

    // The policy is really enforced: raw HTML sinks refuse plain strings (Trusted Types).
    // (A string, so the code reaches the page exactly as written, without build helpers.)
    const refused = await page.evaluate(`(() => {
      try { document.body.innerHTML = '<b>markup</b>'; return 'allowed'; }
      catch (error) { return error.name; }
    })()`);
    assert.equal(refused, 'TypeError');
    // ...and such a refusal is reported, so the zero above is not a deaf listener's zero.
    for (let i = 0; i < 50 && problems.cspViolations.length === 0; i += 1) await delay(20);
    assert.match(problems.cspViolations.join('\n'), /require-trusted-types-for/);
    await page.close();
  });
});
