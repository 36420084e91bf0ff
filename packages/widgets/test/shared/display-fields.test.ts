// Display fields (API.md §1: names and free texts only shown to people) may come as `null`: the
// elements show a fallback — the account name, the unit's id, or "—" — and never fail.
import { expect } from '@open-wc/testing';
import { resetBackend } from '../support/backend.js';
import { textOf } from '../support/queries.js';
import { beforeEach, describe, it } from './mocha.js';
import {
  checkAccount,
  failedConditions,
  instrumentedClient,
  mount as mountInviteMember,
  shadow,
} from '../invite-member/helpers.js';
import { invitationOf, mount as mountAcceptInvitation } from '../accept-invitation/helpers.js';

type Body = Record<string, unknown>;

/** Every object in `value` (arrays and nested objects included). */
function* objectsIn(value: unknown): Generator<Body> {
  if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
  else if (value && typeof value === 'object') {
    yield value as Body;
    for (const item of Object.values(value)) yield* objectsIn(item);
  }
}

/** `body` with each of `fields` set to `null` wherever it occurs. */
function nulled(body: Body, fields: string[]): Body {
  for (const object of objectsIn(body)) {
    for (const field of fields) if (field in object) object[field] = null;
  }
  return body;
}

describe('display fields sent as null', () => {
  beforeEach(resetBackend);

  it('<invite-member>: units, agreements, the invitee’s enterprise and a check’s message', async () => {
    const { client } = instrumentedClient('acme-group', {
      rewrite: (path, body) => {
        if (path === '/enterprise-organizations') return nulled(body, ['name', 'root_name']);
        if (path === '/invitation-settings') return nulled(body, ['name', 'enterprise_name']);
        if (path === '/invitations/precheck') {
          const checks = [
            ...(body.checks as object[]),
            { code: 'NEW_RULE', status: 'failed', message: null },
          ];
          return { ...nulled(body, ['enterprise_name']), eligible: false, checks };
        }
        return body;
      },
    });
    const el = await mountInviteMember('acme-group', { client });
    const root = shadow(el);
    // A unit without a name is listed by its id.
    const options = [...root.querySelectorAll('option')].slice(1);
    expect(options.map((option) => textOf(option))).to.deep.equal(options.map((o) => o.value));
    // An agreement without a name is named by its id.
    expect(textOf(root.querySelector('[part~="consent-label"]'))).to.include(
      'em-service-agreement',
    );
    const status = await checkAccount(el, 'acme-robotics');
    expect(status).to.equal('acme-robotics cannot be invited: 1 condition not met.');
    expect(failedConditions(el)).to.deep.equal(['Condition NEW_RULE']);
    expect(textOf(root)).not.to.include('null');
    await expect(el).to.be.accessible();
  });

  it('<accept-invitation>: the inviter’s enterprise, the unit, the notes and the association', async () => {
    const { client } = instrumentedClient('acme-data', {
      rewrite: (_path, body) => nulled(body, ['enterprise_name', 'org_name', 'notes']),
    });
    const el = await mountAcceptInvitation('acme-data', { client });
    const association = textOf(el.shadowRoot!.querySelector('[part~="association"]'));
    expect(association).to.include('Enterprise —');
    expect(association).to.include('Organization unit —');

    const { client: invited } = instrumentedClient('maple-foods', {
      rewrite: (_path, body) => nulled(body, ['enterprise_name', 'org_name', 'notes']),
    });
    const inbox = await mountAcceptInvitation('maple-foods', { client: invited });
    // An inviter without an enterprise name is named by its account.
    const card = invitationOf(inbox, 'Invitation from acme-group (acme-group)');
    expect(textOf(card)).to.include('Organization unit —');
    expect(textOf(inbox.shadowRoot)).not.to.include('null');
    await expect(inbox).to.be.accessible();
  });
});
