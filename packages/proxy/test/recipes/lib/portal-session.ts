// The test portal's session check (docs/proxy.md shows what a real one looks like): the cookie
// `portal-session=<account>` signs in as that fixture account, whose token is `token-<account>`.
import type { Grant } from '@enterprise-center/proxy';

export const grantFor = (request: Request): Grant | null => {
  const cookie = request.headers.get('cookie') ?? '';
  const account = /(?:^|;\s*)portal-session=([a-z0-9-]+)/.exec(cookie)?.[1];
  if (!account) return null;
  return { subject: account, scopes: ['invite', 'accept'], token: `token-${account}` };
};
