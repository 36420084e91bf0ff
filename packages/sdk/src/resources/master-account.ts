import type { RequestOptions } from '../options.js';
import { AssociationEnvelope, type Association } from '../schemas/association.js';
import type { Transport } from '../transport/transport.js';

export const masterAccount = (transport: Transport) => ({
  /** The caller's current association with a master account, or `null` when it has none. */
  get: async (options?: RequestOptions): Promise<Association | null> =>
    transport.get(AssociationEnvelope, 'master-account', undefined, options),
});
