// One endpoint: authentication → access → validation → idempotency → the handler.
import { http, type HttpHandler } from 'msw';
import { ApiError } from '../errors/ApiError.js';
import type { Account, State } from '../state/model.js';
import { transId } from '../validation/fields.js';
import { object } from '../validation/readers.js';
import { parseJsonBody } from '../validation/request.js';
import { authenticate } from './auth.js';
import { errorReply, type Reply } from './reply.js';
import { serve } from './serve.js';
import type { Services } from './services.js';

/** The parts of a request a route validates. */
export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (`{}` when empty); `undefined` for GET. */
  body: unknown;
}

/** What a route's handler gets: the caller (as `access` returned it) and the valid input. */
export interface RouteContext<C, I> {
  caller: C;
  input: I;
  state: State;
  now: number;
}

/** An endpoint of API.md §3. */
export interface RouteSpec<C, I> {
  method: 'get' | 'post';
  /** Below the API base path, with MSW params, e.g. `/invitations/:invitation_id`. */
  path: string;
  /** Who may call: returns the caller or throws 403. */
  access: (account: Account) => C;
  /** Validates the request (400 `CBC.0100`); must not read the state. */
  parse: (request: RouteRequest) => I;
  /** A state-changing POST that takes `trans_id`. */
  idempotent?: boolean;
  /** Answers 200 with the returned body, or throws an `ApiError`; changes state only on success. */
  handle: (context: RouteContext<C, I>) => unknown;
}

/** The MSW handler for `spec`. */
export function route<C, I>(services: Services, spec: RouteSpec<C, I>): HttpHandler {
  return http[spec.method](
    services.apiBase + spec.path,
    serve(services, async (call) => {
      const { request, params, requestId, path } = call;
      const { store } = services;
      const text = await request.text();
      const now = store.clock.now();
      const account = await authenticate(store.state, request, text, now);
      call.caller = account.name;
      const caller = spec.access(account);
      const body = spec.method === 'post' ? parseJsonBody(text) : undefined;
      const input = spec.parse({ params, query: new URL(request.url).searchParams, body });

      const execute = (): Reply => {
        try {
          const reply = spec.handle({ caller, input, state: store.state, now });
          return { status: 200, body: reply, requestId };
        } catch (error) {
          if (error instanceof ApiError) return errorReply(error, requestId);
          throw error;
        }
      };
      const key = spec.idempotent ? object({ trans_id: transId })(body, '').trans_id : undefined;
      if (key === undefined) return execute();
      const fingerprint = JSON.stringify([spec.method, path, input]);
      return services.idempotency.run(
        { caller: account.name, transId: key, fingerprint, now },
        execute,
      );
    }),
  );
}
