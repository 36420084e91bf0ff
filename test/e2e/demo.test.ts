// The demo page driven the way a product manager would use it: invite as a master account,
// accept as the invitee, watch quota and lists move, try failing accounts and network faults.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { startDemoServer, type DemoServer } from './support/demo-server.js';
import {
  actAs,
  loggedEvents,
  prepareInvitation,
  quotaLine,
  region,
  sentRow,
  submitAndConfirm,
} from './support/demo-page.js';
import { watchProblems, type PageProblems } from './support/page-problems.js';
import { axeViolations } from './support/axe.js';
import { brokenWords } from './support/layout.js';

describe('demo page', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
    // One context: the service worker installs once; each page (tab) has its own sessionStorage.
    context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh tab (fresh sessionStorage, so the fixtures) on the demo as acme-group. */
  async function openDemo(width = 1280): Promise<{ page: Page; problems: PageProblems }> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.setDefaultTimeout(10_000);
    const problems = await watchProblems(page);
    await page.goto(`${server.origin}/`);
    await region(page, 'acme-group invites an existing account').waitFor();
    await quotaLine(page, 'acme-group').waitFor();
    return { page, problems };
  }

  it('invites acme-robotics, accepts as acme-robotics, and shows the quota and list move', async () => {
    const { page, problems } = await openDemo();
    assert.match(await quotaLine(page, 'acme-group').innerText(), /6 of 10 used, 1 pending/);

    await prepareInvitation(page, 'acme-robotics', 'Engineering');
    await submitAndConfirm(page);
    await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    await sentRow(page, 'acme-group', 'acme-robotics').getByText('Pending').waitFor();
    await quotaLine(page, 'acme-group').filter({ hasText: '6 of 10 used, 2 pending' }).waitFor();

    await actAs(page, 'acme-robotics');
    const widget = region(page, 'acme-robotics: invitations received');
    await widget.getByRole('checkbox', { name: /I have read and agree/ }).check();
    await widget.getByRole('button', { name: 'Accept' }).click();
    await widget
      .getByRole('heading', { name: 'You are now a member account of Acme Group Co., Ltd.' })
      .waitFor();

    await actAs(page, 'acme-group');
    await sentRow(page, 'acme-group', 'acme-robotics').getByText('Accepted').waitFor();
    await quotaLine(page, 'acme-group').filter({ hasText: '7 of 10 used, 1 pending' }).waitFor();

    const events = await loggedEvents(page);
    for (const name of ['precheck-completed', 'invitation-submit', 'invitation-sent']) {
      assert.ok(events.includes(name), `the log shows ${name}`);
    }
    assert.ok(events.includes('invitation-accept') && events.includes('invitation-accepted'));
    const sentDetail = region(page, 'Event log').locator('li', { hasText: 'invitation-sent' });
    assert.match(await sentDetail.innerText(), /"inviteeAccountName": "acme-robotics"/);

    await page.reload();
    await sentRow(page, 'acme-group', 'acme-robotics').getByText('Accepted').waitFor();

    await page.getByRole('button', { name: 'Reset data' }).click();
    await quotaLine(page, 'acme-group').filter({ hasText: '6 of 10 used, 1 pending' }).waitFor();
    assert.equal(await sentRow(page, 'acme-group', 'acme-robotics').count(), 0);

    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });

  it('fills a failing account from "Try these accounts", shows its condition, copies a snippet', async () => {
    const { page, problems } = await openDemo();
    await page.getByRole('button', { name: 'Try frost-retail' }).click();

    const widget = region(page, 'acme-group invites an existing account');
    await widget.getByText('frost-retail cannot be invited: 2 conditions not met.').waitFor();
    await widget.getByText('The account is frozen.').waitFor();
    assert.equal(await page.getByLabel('Account name').inputValue(), 'frost-retail');
    assert.ok((await loggedEvents(page)).includes('precheck-completed'));

    const embed = region(page, 'Put it in your page');
    await embed.getByRole('button', { name: 'Copy' }).first().click();
    await embed.getByText('Copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(
      copied,
      /^<script type="module" src="[^"]+enterprise-center-widgets\.js"><\/script>/,
    );
    assert.match(copied, /<invite-member base-url="[^"]+" credentials="include"><\/invite-member>/);

    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });

  it('makes sending fail with a server error until the person retries', async () => {
    const { page, problems } = await openDemo();
    await prepareInvitation(page, 'river-analytics', 'Finance');

    const network = region(page, 'Network conditions');
    await network.getByLabel('Failure').selectOption({ label: 'Server error (500)' });
    await network.getByLabel('Which request').selectOption({ label: 'Sending an invitation' });
    await network.getByLabel('How many requests in a row').fill('3');
    await network.getByRole('button', { name: 'Fail next request' }).click();

    await submitAndConfirm(page);
    await page.getByText('The invitation could not be sent.').waitFor();
    const failed = region(page, 'Event log').locator('li', { hasText: 'invitation-failed' });
    assert.match(await failed.innerText(), /"code": "CBC\.0999"/);
    const requests = network.getByRole('list', { name: 'Latest requests' }).getByRole('listitem');
    assert.equal(await requests.filter({ hasText: /^\s*500\s+POST \/invitations\s*$/ }).count(), 3);

    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
    await sentRow(page, 'acme-group', 'river-analytics').getByText('Pending').waitFor();

    // The browser reports each 500 it received; nothing else may reach the console.
    const unexpected = problems.consoleErrors.filter((text) => !/status of 500/.test(text));
    assert.deepEqual(unexpected, []);
    assert.deepEqual([problems.pageErrors, problems.cspViolations], [[], []]);
    await page.close();
  });

  it('shows the invitee that an invitation expired while it was on screen', async () => {
    const { page, problems } = await openDemo();
    await actAs(page, 'maple-foods');
    const widget = region(page, 'maple-foods: invitations received');
    const card = widget.getByRole('article').filter({ hasText: 'Acme Group Co., Ltd.' });
    await card.getByRole('button', { name: 'Accept' }).waitFor();

    await region(page, 'Behind the scenes')
      .getByRole('button', { name: 'Expire the invitation from acme-group to maple-foods' })
      .click();
    await card.getByRole('checkbox', { name: /I have read and agree/ }).check();
    await card.getByRole('button', { name: 'Accept' }).click();
    await widget
      .getByRole('paragraph')
      .filter({ hasText: 'This invitation expired before you accepted it.' })
      .waitFor();
    assert.ok((await loggedEvents(page)).includes('invitation-failed'));

    // The browser notes the 409 the server answered; nothing else may reach the console.
    const unexpected = problems.consoleErrors.filter((text) => !/status of 409/.test(text));
    assert.deepEqual([unexpected, problems.pageErrors, problems.cspViolations], [[], [], []]);
    await page.close();
  });

  it('reloads the sent list after a change behind its back, and takes the form to it', async () => {
    const { page, problems } = await openDemo();
    await sentRow(page, 'acme-group', 'maple-foods').getByText('Pending').waitFor();
    await region(page, 'Behind the scenes')
      .getByRole('button', { name: 'Expire the invitation from acme-group to maple-foods' })
      .click();
    await sentRow(page, 'acme-group', 'maple-foods').getByText('Expired').waitFor();

    // Resend it from the list; the form then finds it pending and links to the list.
    await sentRow(page, 'acme-group', 'maple-foods')
      .getByRole('button', { name: 'Resend invitation to maple-foods' })
      .click();
    await sentRow(page, 'acme-group', 'maple-foods').getByText('Pending').waitFor();
    await page.getByRole('button', { name: 'Try maple-foods' }).click();
    const widget = region(page, 'acme-group invites an existing account');
    await widget.getByRole('link', { name: 'Show the pending invitations' }).click();
    // The link leads to the list on this page: the list shows that invitation and focuses its row.
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const root = active?.getRootNode();
      return (
        root instanceof ShadowRoot &&
        root.host.localName === 'sent-invitations' &&
        active?.matches('th[scope="row"]') &&
        active.textContent?.trim() === 'maple-foods'
      );
    });
    assert.ok((await loggedEvents(page)).includes('invitation-pending'));
    assert.ok((await loggedEvents(page)).includes('invitation-resent'));

    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });

  it('passes axe and needs no sideways scrolling at 320 px, in English and Chinese', async () => {
    const { page, problems } = await openDemo(320);
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    assert.deepEqual(await axeViolations(page), []);
    assert.ok(await fits(), 'the invite form fits 320 px');

    await page.getByRole('button', { name: 'Try frost-retail' }).click();
    const widget = region(page, 'acme-group invites an existing account');
    await widget.getByText('The account is frozen.', { exact: true }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.ok(await fits(), 'the checklist fits 320 px');

    await page.getByLabel('Language').selectOption('zh-CN');
    await actAs(page, 'maple-foods');
    await page
      .getByRole('heading', { name: /来自 .*Acme Group/ })
      .first()
      .waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.ok(await fits(), 'the invitations fit 320 px');

    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });

  it('shows the member quota once and breaks no word letter by letter at 375 px', async () => {
    const { page, problems } = await openDemo(375);
    // The invite form's quota line is the only one: no panel or persona hint repeats it.
    const quotaTexts = page.getByText(/quota|of \d+ used|\d+ members/i).filter({ visible: true });
    assert.deepEqual(await quotaTexts.allInnerTexts(), ['Member quota: 6 of 10 used, 1 pending']);

    await sentRow(page, 'acme-group', 'maple-foods').waitFor();
    await page.getByRole('button', { name: 'Try frost-retail' }).click();
    await page.getByText('The account is frozen.', { exact: true }).waitFor();
    assert.ok((await loggedEvents(page)).includes('precheck-completed'));
    assert.deepEqual(await brokenWords(page), [], 'acme-group with its sent invitations');

    await actAs(page, 'maple-foods');
    await region(page, 'maple-foods: invitations received').getByRole('article').first().waitFor();
    assert.deepEqual(await brokenWords(page), [], "maple-foods' invitations");

    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    await page.close();
  });
});
