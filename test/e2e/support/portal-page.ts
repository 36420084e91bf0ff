// What a person does on the sample portal (demo/portal), with puppeteer-core in Chromium and
// Firefox, in words they would use: a control by its role and name, a text on screen. Puppeteer's
// own `::-p-aria` does not reach into shadow roots over Firefox's WebDriver BiDi, and its
// `::-p-text` caches texts that the elements then change, so these look for themselves.
import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * In-page source: `(role, name)` → the first visible element with that role whose name is `name`
 * (a string, whole; or a RegExp source starting with `^`), searching open shadow roots too. The
 * name is what assistive technology reads: `aria-label`, `aria-labelledby`, the control's
 * labels, else its text. A string, so it reaches the page exactly as written.
 */
const FIND = `(role, name) => {
  const selectors = {
    button: 'button, [role="button"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea',
    combobox: 'select:not([multiple])',
    checkbox: 'input[type="checkbox"]',
    link: 'a[href]',
  };
  const wanted = name.startsWith('^') ? new RegExp(name) : null;
  const roots = [document];
  for (let i = 0; i < roots.length; i += 1) {
    for (const element of roots[i].querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
      if (!element.matches(selectors[role]) || !element.checkVisibility()) continue;
      const root = element.getRootNode();
      const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' ');
      const labels = [...(element.labels ?? [])].map((label) => label.textContent).join(' ');
      const text = element.getAttribute('aria-label') || labelledBy.trim() || labels || element.textContent;
      const said = text.replace(/\\s+/g, ' ').trim();
      if (wanted ? wanted.test(said) : said === name) return element;
    }
  }
  return null;
}`;

/** In-page source: whether `text` shows anywhere on the page, shadow roots included. */
const SHOWS = `(text) => {
  const roots = [document.body];
  for (let i = 0; i < roots.length; i += 1) {
    if (roots[i].textContent.replace(/\\s+/g, ' ').includes(text)) return true;
    for (const element of roots[i].querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return false;
}`;

/** `page.waitForFunction(source)`, failing with a message that says what never showed. */
async function waitFor(page: Page, source: string, what: string) {
  try {
    return await page.waitForFunction(source);
  } catch (error) {
    throw new Error(`The page never showed ${what}`, { cause: error });
  }
}

/** Waits for the visible element with `role` named `name` (whole, or a `^…` pattern). */
export async function byRole(page: Page, role: string, name: string): Promise<ElementHandle> {
  const args = `${JSON.stringify(role)}, ${JSON.stringify(name)}`;
  const found = await waitFor(page, `(${FIND})(${args})`, `a ${role} named "${name}"`);
  return found.asElement() as ElementHandle;
}

/** Waits until the page shows `text` somewhere (shadow roots included). */
export async function waitForText(page: Page, text: string): Promise<void> {
  await waitFor(page, `(${SHOWS})(${JSON.stringify(text)})`, `the text "${text}"`);
}

/** Clicks the button named `name` and waits for the page it leads to. */
async function navigateWith(page: Page, button: string): Promise<void> {
  const target = await byRole(page, 'button', button);
  await Promise.all([page.waitForNavigation(), target.click()]);
}

/** Signs in as `account` with the portal's sign-in form and waits for the members page. */
export async function signIn(page: Page, account: string): Promise<void> {
  await (await byRole(page, 'combobox', 'Account')).select(account);
  await navigateWith(page, 'Sign in');
  await byRole(page, 'heading', 'Enterprise members');
}

/** Signs out with the portal's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await navigateWith(page, 'Sign out');
  await byRole(page, 'heading', 'Sign in');
}

/** Ticks the box agreeing to the agreements. */
async function consent(page: Page): Promise<void> {
  await (await byRole(page, 'checkbox', '^I have read and agree to the ')).click();
}

/** Invites `account` into the unit whose name contains `unit`, as the signed-in master. */
export async function invite(page: Page, account: string, unit: string): Promise<void> {
  const units = (await byRole(
    page,
    'combobox',
    'Organization unit',
  )) as ElementHandle<HTMLSelectElement>;
  const value = await units.evaluate(
    (select, wanted) => [...select.options].find((o) => o.text.includes(wanted))?.value ?? '',
    unit,
  );
  await units.select(value);
  await (await byRole(page, 'textbox', 'Account name')).type(account);
  await waitForText(page, `${account} (`);
  await waitForText(page, 'meets every condition');
  await consent(page);
  await (await byRole(page, 'button', 'Submit')).click();
  await (await byRole(page, 'button', 'OK')).click();
  await byRole(page, 'heading', 'Invitation sent');
}

/** Accepts the invitation from `enterprise` (its master `master`) as the signed-in invitee. */
export async function acceptInvitation(
  page: Page,
  enterprise: string,
  master: string,
): Promise<void> {
  await byRole(page, 'heading', `Invitation from ${enterprise} (${master})`);
  await consent(page);
  await (await byRole(page, 'button', 'Accept')).click();
  await byRole(page, 'heading', `You are now a member account of ${enterprise}`);
}

/**
 * What script in the page could read of it: its cookies as script sees them, and the markup of
 * the document and of every open shadow root.
 */
export async function readableByScript(page: Page): Promise<string> {
  const readable = await page.evaluate(`(() => {
    const parts = [document.cookie, document.documentElement.outerHTML];
    const roots = [document];
    for (let i = 0; i < roots.length; i += 1) {
      for (const element of roots[i].querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        parts.push(element.shadowRoot.innerHTML);
        roots.push(element.shadowRoot);
      }
    }
    return parts.join('\\n');
  })()`);
  return String(readable);
}
