import { createProxy } from '@enterprise-center/proxy';
import { grantFor } from './portal-session.js';

/** The portal's one proxy; every recipe mounts this handler. */
export const handle = createProxy({
  upstream: process.env.EC_UPSTREAM ?? 'https://ec.example.test',
  authorize: grantFor,
});
