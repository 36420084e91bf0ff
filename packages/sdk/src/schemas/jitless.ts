// Imported first by every schema module, so it runs before any schema is built. Jitless, zod never
// calls `new Function`: under a strict CSP (no 'unsafe-eval', Trusted Types) even zod's caught
// probe for eval is reported as a violation. Listed in package.json `sideEffects`.
import { config } from 'zod/mini';

config({ jitless: true });
