import { handle } from '../../../../lib/enterprise-center-proxy';

// Every method, so that the proxy (not Next.js) answers those outside its table, contract-shaped.
export {
  handle as GET,
  handle as POST,
  handle as OPTIONS,
  handle as PUT,
  handle as PATCH,
  handle as DELETE,
};
// Never cached or prerendered: every answer depends on the signed-in user.
export const dynamic = 'force-dynamic';
