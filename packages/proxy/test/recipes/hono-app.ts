import { Hono } from 'hono';
import { handle } from './lib/enterprise-center-proxy.js';

export const app = new Hono();
app.all('/api/enterprise-center/*', (c) => handle(c.req.raw));
// … the portal's own routes
