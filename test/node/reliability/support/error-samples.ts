// One real error response of every code the contract lists, as the fake backend answers it.
import assert from 'node:assert/strict';
import type { Fault, FakeBackend } from '@enterprise-center/mock';
import { API } from '../../../../packages/sdk/test/support/backend.js';
import { ENGINEERING, SERVICE_AGREEMENT } from '../../../../packages/sdk/test/support/fixtures.js';
import type { Json } from './hostile-json.js';

/** An error response: its status, body and `Retry-After` header (if any). */
export interface ErrorSample {
  status: number;
  body: Json;
  retryAfter: string | null;
}

interface ErrorRequest {
  method: string;
  path: string;
  as?: string;
  body?: unknown;
  fault?: Fault;
}

const invite = (accountName: string, patch: Record<string, unknown> = {}) => ({
  account_name: accountName,
  org_id: ENGINEERING,
  payment_method: 'paid_by_master',
  agreements: [SERVICE_AGREEMENT],
  ...patch,
});

const TRANS_ID = '0b0e6a52-0c33-4f0e-9d3e-3c0f2e1b7a11';

/** How to make the fake backend answer each code. */
const REQUESTS = (backend: FakeBackend): Record<string, ErrorRequest[]> => {
  const [lateBloom] = backend.control.invitations({ from: 'acme-group', to: 'late-bloom' });
  assert.ok(lateBloom);
  return {
    'EM.1001': [{ method: 'POST', path: '/invitations', body: invite('frost-retail') }],
    'EM.1002': [{ method: 'POST', path: '/invitations', body: invite('maple-foods') }],
    'EM.1003': [{ method: 'GET', path: '/invitations/inv-zzzzzzzzzzzz' }],
    'EM.1004': [{ method: 'POST', path: `/invitations/${lateBloom.id}/cancel` }],
    'EM.1005': [
      { method: 'POST', path: '/invitations', body: invite('acme-robotics', { agreements: [] }) },
    ],
    'EM.1006': [
      { method: 'POST', path: '/invitations', body: invite('acme-robotics', { org_id: '9' }) },
    ],
    'CBC.0100': [{ method: 'POST', path: '/invitations/precheck', body: {} }],
    'CBC.0151': [{ method: 'GET', path: '/invitation-settings', as: 'maple-foods' }],
    'APIG.0301': [{ method: 'GET', path: '/invitation-settings', as: 'nobody' }],
    'APIG.0308': [
      { method: 'GET', path: '/master-account', fault: { type: 'throttle', retryAfter: 7 } },
    ],
    'CBC.0999': [
      { method: 'GET', path: '/master-account', fault: { type: 'status', status: 500 } },
    ],
    'CBC.99007009': [
      {
        method: 'POST',
        path: '/invitations',
        body: invite('acme-robotics', { trans_id: TRANS_ID }),
      },
      {
        method: 'POST',
        path: '/invitations',
        body: invite('river-analytics', { trans_id: TRANS_ID }),
      },
    ],
  };
};

/** The error response of every contract code, by code (the backend is reset after). */
export async function realErrors(backend: FakeBackend): Promise<Map<string, ErrorSample>> {
  const samples = new Map<string, ErrorSample>();
  for (const [code, requests] of Object.entries(REQUESTS(backend))) {
    backend.reset();
    let response: Response | undefined;
    for (const { method, path, as = 'acme-group', body, fault } of requests) {
      if (fault) backend.faults.failNext(fault);
      response = await fetch(`${API}${path}`, {
        method,
        headers: { 'X-Auth-Token': `token-${as}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    }
    assert.ok(response);
    const body = (await response.json()) as { error_code?: unknown };
    assert.equal(body.error_code, code, `sample for ${code}`);
    samples.set(code, {
      status: response.status,
      body: body as Json,
      retryAfter: response.headers.get('Retry-After'),
    });
  }
  backend.reset();
  return samples;
}
