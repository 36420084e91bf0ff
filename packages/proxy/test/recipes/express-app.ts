import express from 'express';
import { toNodeListener } from '@enterprise-center/proxy/node';
import { handle } from './lib/enterprise-center-proxy.js';

export const app = express();
// First, before any body parser: the proxy reads (and limits) the body itself.
app.use('/api/enterprise-center', toNodeListener(handle));
app.use(express.json());
// … the portal's own routes
