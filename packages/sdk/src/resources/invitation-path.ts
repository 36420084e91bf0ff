import { InvitationId } from '../schemas/primitives.js';
import { valid } from '../transport/transport.js';

/** `{collection}/{invitationId}{action}`, after checking the id (`INVALID_REQUEST` otherwise). */
export const invitationPath = (collection: string, id: string, action = ''): string =>
  `${collection}/${valid(InvitationId, id, 'invitationId')}${action}`;
