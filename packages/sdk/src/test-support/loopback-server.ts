import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';

/**
 * A real HTTP server on 127.0.0.1 and a free port, for tests where what crosses the
 * wire matters (redirects, exact bytes, which origin was asked): each test gives the
 * answers by path and reads back every request it got.
 */

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  /** The whole body, or pieces written as they come: a slow link, or (never ending) a stalled one. */
  body?: string | Uint8Array | AsyncIterable<string | Uint8Array>;
  /** Waits this long before sending the status line and headers; `Infinity` never sends them. */
  headersAfterMs?: number;
}

export interface LoopbackRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly requests: LoopbackRequest[];
  /** Answers `path` from now on; unknown paths get a 404. */
  answer(path: string, answer: Answer | ((request: LoopbackRequest) => Answer)): void;
  /** Forgets the answers and the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const answers = new Map<string, Answer | ((request: LoopbackRequest) => Answer)>();
  const requests: LoopbackRequest[] = [];
  const server: Server = createServer((incoming, response) => {
    const request = { path: incoming.url ?? '/', headers: incoming.headers };
    requests.push(request);
    const found = answers.get(request.path);
    const answer = typeof found === 'function' ? found(request) : (found ?? { status: 404, body: 'Not found' });
    const respond = (): void => {
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      const { body } = answer;
      if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) response.end(body ?? '');
      else void writePieces(response, body);
    };
    const wait = answer.headersAfterMs ?? 0;
    if (wait === 0) respond();
    else if (Number.isFinite(wait)) setTimeout(respond, wait);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    answer: (path, answer) => answers.set(path, answer),
    reset: () => {
      answers.clear();
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function writePieces(response: ServerResponse, pieces: AsyncIterable<string | Uint8Array>): Promise<void> {
  // The status and headers go out now, not with the first piece.
  response.flushHeaders();
  try {
    for await (const piece of pieces) {
      if (response.destroyed) return;
      response.write(piece);
    }
    response.end();
  } catch {
    response.destroy();
  }
}

/** A loopback server for one test file, closed when the file's tests are done. */
export async function useLoopbackServer(): Promise<LoopbackServer> {
  const server = await startLoopbackServer();
  after(() => server.close());
  return server;
}
