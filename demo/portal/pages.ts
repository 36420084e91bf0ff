// The portal's two pages, rendered on its server (hono/html escapes every interpolated value).
// Neither has an inline script or style: the members page loads one script, the widgets bundle.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { personas, type Persona } from '../src/personas.js';
import { upstreamCredential } from './grants.js';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Where the portal serves the widgets bundle (packages/widgets/dist). */
export const BUNDLE_URL = '/assets/enterprise-center-widgets.js';

/** Where the portal's proxy listens: the elements' `base-url`. */
export const API_BASE = '/api/enterprise-center';

function layout(title: string, head: Html | string, bar: Html | string, main: Html): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Northwind partner portal</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/portal.css" />
        ${head}
      </head>
      <body>
        <header class="portal-bar">
          <p class="portal-bar__brand">Northwind partner portal</p>
          ${bar}
        </header>
        <main class="portal-main">${main}</main>
      </body>
    </html>`;
}

/** The demo sign-in: pick a fixture account (a real portal checks a password or SSO here). */
export function signInPage(error?: string): Html {
  const group = (role: Persona['role'], label: string) =>
    html`<optgroup label="${label}">
      ${personas
        .filter((persona) => persona.role === role)
        .map(
          (persona) =>
            html`<option value="${persona.name}">${persona.name} — ${persona.summary}</option>`,
        )}
    </optgroup>`;
  return layout(
    'Sign in',
    '',
    '',
    html`<h1>Sign in</h1>
      <p class="portal-lead">
        A demo sign-in: choose a fixture account of the fake backend. The portal then keeps your
        session in an HttpOnly cookie and its proxy adds that account's credentials to every call
        the elements make: an AK/SK signature for master accounts, an IAM token for invited
        accounts. Neither ever reaches this page.
      </p>
      ${error ? html`<p class="portal-error" role="alert">${error}</p>` : ''}
      <form class="sign-in" method="post" action="/sign-in">
        <label for="account">Account</label>
        <select id="account" name="account" required>
          ${group('master', 'Master accounts (invite)')}
          ${group('invitee', 'Invited accounts (accept or decline)')}
        </select>
        <button type="submit">Sign in</button>
      </form>`,
  );
}

/** The page with the elements for the signed-in `persona`. */
export function membersPage(persona: Persona): Html {
  const elements =
    persona.role === 'master'
      ? html`<section class="portal-card" aria-label="Invite an account">
            <invite-member
              base-url="${API_BASE}"
              credentials="include"
              pending-invitations-href="#sent"
            ></invite-member>
          </section>
          <section class="portal-card" id="sent" aria-label="Invitations you sent" tabindex="-1">
            <sent-invitations base-url="${API_BASE}" credentials="include"></sent-invitations>
          </section>`
      : html`<section class="portal-card" aria-label="Invitations received">
          <accept-invitation base-url="${API_BASE}" credentials="include"></accept-invitation>
        </section>`;
  return layout(
    'Members',
    html`<script type="module" src="${BUNDLE_URL}"></script>`,
    html`<form class="portal-bar__session" method="post" action="/sign-out">
      <span>Signed in as <strong>${persona.name}</strong></span>
      <button type="submit">Sign out</button>
    </form>`,
    html`<h1>Enterprise members</h1>
      <p class="portal-lead">
        A sample third-party portal: this page loads one script, the widgets bundle, and uses the
        elements with attributes only. Its server knows you are ${persona.name} from your session
        cookie and forwards the elements' calls through its proxy, which adds ${persona.name}'s
        credentials (${upstreamCredential(persona)}) on the way to the backend.
      </p>
      <div class="portal-grid">${elements}</div>`,
  );
}
