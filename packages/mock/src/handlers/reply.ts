// What a handler answers, before it becomes an MSW response.
import { HttpResponse } from 'msw';
import { ApiError } from '../errors/ApiError.js';

/** A response as data: JSON-serialisable, so idempotent replays can keep it. */
export interface Reply {
  status: number;
  body: unknown;
  requestId: string;
  headers?: Record<string, string>;
}

/** The error body of API.md §1 for `error`. */
export function errorReply(error: ApiError, requestId: string): Reply {
  return {
    status: error.status,
    requestId,
    body: {
      error_code: error.code,
      error_msg: error.message,
      request_id: requestId,
      ...error.extra,
    },
  };
}

/** Turns anything thrown into a reply: contract errors as such, the rest as 500 CBC.0999. */
export function replyForThrown(thrown: unknown, requestId: string): Reply {
  if (thrown instanceof ApiError) return errorReply(thrown, requestId);
  console.error('[@enterprise-center/mock] handler failed:', thrown);
  return errorReply(new ApiError(500, 'CBC.0999', 'Internal error.'), requestId);
}

/** The MSW response for a reply, with `X-Request-Id`. */
export function toResponse(reply: Reply): Response {
  return HttpResponse.json(reply.body as Record<string, unknown>, {
    status: reply.status,
    headers: { 'X-Request-Id': reply.requestId, ...reply.headers },
  });
}
