// A stand-in upstream on a real port that records every request it receives, so tests can prove
// what the proxy sent and that a refusal sent nothing.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, beforeEach } from 'node:test';

/** One request as the upstream received it. */
export interface Received {
  readonly method: string;
  /** The request target as sent: path and query. */
  readonly target: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * How the upstream answers one request: a reply, `'hang'` to never answer, or `'drop'` to close
 * the connection without an answer.
 */
export type Answer =
  { status?: number; headers?: Record<string, string | string[]>; body?: string } | 'hang' | 'drop';

export interface RecordingUpstream {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly received: Received[];
  /** Decides each answer (default {@link okAnswer}); reset before each test. */
  answer: (request: Received) => Answer;
}

/** The default answer: 200 with a JSON body and headers the proxy must not pass on. */
export const okAnswer = (): Answer => ({
  status: 200,
  headers: {
    'Content-Type': 'application/json',
    'X-Request-Id': 'upstream-request-id',
    'Set-Cookie': 'upstream-session=secret; HttpOnly',
    'X-Powered-By': 'upstream',
    'Cache-Control': 'public, max-age=3600',
  },
  body: JSON.stringify({ ok: true }),
});

const reply = (outgoing: ServerResponse, answer: Answer) => {
  if (answer === 'hang') return;
  if (answer === 'drop') return outgoing.socket?.destroy();
  outgoing.writeHead(answer.status ?? 200, answer.headers ?? {});
  outgoing.end(answer.body ?? '');
};

/** Starts a recording upstream for the test file: emptied before each test, closed after all. */
export const useRecordingUpstream = async (): Promise<RecordingUpstream> => {
  const upstream: RecordingUpstream & { url: string } = { url: '', received: [], answer: okAnswer };
  const server = createServer(async (incoming, outgoing) => {
    let body = '';
    for await (const chunk of incoming) body += chunk;
    const received = {
      method: incoming.method ?? '',
      target: incoming.url ?? '',
      headers: incoming.headers,
      body,
    };
    upstream.received.push(received);
    reply(outgoing, upstream.answer(received));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  upstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  beforeEach(() => {
    upstream.received.length = 0;
    upstream.answer = okAnswer;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return upstream;
};
