import type { Client, InvitationSettings } from '@enterprise-center/sdk';
import { flattenOrgTree, type OrgUnit } from './org-units.js';

/** What the form needs from the server before it can be shown. */
export interface InviteFormData {
  settings: InvitationSettings;
  units: OrgUnit[];
}

/**
 * Loads the invitation settings and the whole organization tree in parallel (one round trip of
 * latency). When one fails the other is aborted: its answer would be of no use.
 */
export async function loadFormData(api: Client, signal: AbortSignal): Promise<InviteFormData> {
  const both = new AbortController();
  const either = AbortSignal.any([signal, both.signal]);
  try {
    const [settings, tree] = await Promise.all([
      api.invitations.settings({ signal: either }),
      api.organizations.tree({ recursive: true }, { signal: either }),
    ]);
    return { settings, units: flattenOrgTree(tree) };
  } catch (error) {
    both.abort();
    throw error;
  }
}
