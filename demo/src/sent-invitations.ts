// The current master's member quota and sent invitations, read through the SDK as that master.
import { html, render, type TemplateResult } from 'lit';
import type { InvitationPage, InvitationSettings } from '@enterprise-center/sdk';
import type { Client } from './clients.js';

const statusText: Record<string, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  declined: 'Declined',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

const paymentText: Record<string, string> = {
  paid_by_master: 'Master pays',
  paid_by_member: 'Member pays',
};

function date(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

function quota({ memberQuota: { max, used, pending } }: InvitationSettings): TemplateResult {
  const free = Math.max(0, max - used - pending);
  return html`<p class="quota">
    Member quota: ${used} members and ${pending} pending invitations of ${max} (${free} free)
  </p>`;
}

function table(account: string, { invitations, totalCount }: InvitationPage): TemplateResult {
  if (invitations.length === 0) return html`<p>${account} has not sent any invitations yet.</p>`;
  return html`<div class="table-scroll">
      <table>
        <caption class="visually-hidden">
          Invitations sent by ${account}
        </caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Status</th>
            <th scope="col">Unit</th>
            <th scope="col">Payment</th>
            <th scope="col">Sent</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          ${invitations.map(
            (invitation) =>
              html`<tr>
                <th scope="row">${invitation.inviteeAccountName}</th>
                <td><span class="status">${statusText[invitation.status] ?? 'Unknown'}</span></td>
                <td>${invitation.orgName}</td>
                <td>${paymentText[invitation.paymentMethod] ?? 'Unknown'}</td>
                <td>${date(invitation.createdAt)}</td>
                <td>${date(invitation.expiredAt)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      totalCount > invitations.length
        ? html`<p class="hint">Showing the newest ${invitations.length} of ${totalCount}.</p>`
        : ''
    }`;
}

/** Shows `account`'s quota and sent invitations in `container`; a newer call aborts an older one. */
export function createSentInvitations(container: HTMLElement) {
  let current: AbortController | undefined;
  return async function refresh(account: string, client: Client): Promise<void> {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const { signal } = controller;
    try {
      const [settings, list] = await Promise.all([
        client.invitations.settings({ signal }),
        client.invitations.list({ limit: 100 }, { signal }),
      ]);
      if (!signal.aborted) render(html`${quota(settings)}${table(account, list)}`, container);
    } catch (error) {
      if (signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      render(
        html`<p class="note">
          Could not load the invitations (${reason}). They refresh after the next event.
        </p>`,
        container,
      );
    }
  };
}
