import { createReadStream, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { realpath, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CliError, errorMessage } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { isInside } from '../inside-folder.js';
import { cacheControlOf, SHORT_LIVED } from './cache-policy.js';
import { contentTypeOf } from './content-type.js';
import { acceptedCodings, compressNow, type Precompressed } from './encoding.js';
import { EtagCache, etagMatches, etagOfBody } from './etag.js';
import { HSDS_API_BASE, HsdsApi } from './hsds-api.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerOptions {
  /** The folder to serve: a feed, or the playground's files. */
  root: string;
  /** 0 picks any free port. */
  port?: number;
  host?: string;
  /** Also answer the HSDS API (an Open Referral UK-style read API) under HSDS_API_BASE. */
  hsdsApi?: boolean;
}

export interface RunningServer {
  /** The base address, ending in `/`. */
  url: string;
  /** Where the feed's manifest is, for printing and for `validate`. */
  manifestUrl: string;
  /** The base of the HSDS API, when it is on. */
  hsdsApiUrl?: string;
  port: number;
  close(): Promise<void>;
}

/** Headers on every answer: any site may read a public feed, and nobody may sniff its type. */
const COMMON_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  'X-Content-Type-Options': 'nosniff',
};

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

type Resolved = { ok: true; path: string } | { ok: false; status: number; error: string };

function sendJson(response: ServerResponse, status: number, body: Record<string, unknown>, method: string | undefined, extra: Record<string, string> = {}): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(method === 'HEAD' ? undefined : text);
}

/**
 * Maps a raw request path onto a file under the root. The raw path is split and
 * decoded segment by segment (a URL parser would quietly resolve `..` instead of
 * refusing it); `..`, encoded slashes and NUL are refused, hidden names are not served.
 */
function mapPath(root: string, rawUrl: string): Resolved {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  if (!rawPath.startsWith('/')) return { ok: false, status: 400, error: 'bad request path' };
  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, error: 'bad percent-encoding in path' };
    }
    if (segment === '..' || segment.includes('/') || segment.includes('\\') || segment.includes('\0')) {
      return { ok: false, status: 403, error: 'path outside the served folder' };
    }
    if (segment === '' || segment === '.') continue;
    if (segment.startsWith('.')) return { ok: false, status: 404, error: 'not found' };
    segments.push(segment);
  }
  return { ok: true, path: join(root, ...segments) };
}

interface FoundFile {
  path: string;
  info: Stats;
}

/** A regular file that really lies under the root: a symbolic link may point anywhere. */
async function fileInside(root: string, candidate: string): Promise<FoundFile | undefined> {
  const real = await realpath(candidate).catch(() => undefined);
  if (real === undefined || !isInside(root, real)) return undefined;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? { path: real, info } : undefined;
}

/** The file to send for a path: a folder answers with its index.html or index.json. */
async function findFile(root: string, path: string): Promise<FoundFile | undefined> {
  for (const candidate of [path, join(path, 'index.html'), join(path, 'index.json')]) {
    const found = await fileInside(root, candidate);
    if (found) return found;
  }
  return undefined;
}

/**
 * A `.br` or `.gz` copy beside the file that the client accepts, if there is one. A copy older
 * than the file is skipped: the file was edited after the build, and the copy would send its old bytes.
 */
async function findCompressed(root: string, file: FoundFile, acceptEncoding: string | undefined): Promise<(FoundFile & Precompressed) | undefined> {
  for (const precompressed of acceptedCodings(acceptEncoding)) {
    const found = await fileInside(root, `${file.path}${precompressed.suffix}`);
    if (found && found.info.mtimeMs >= file.info.mtimeMs) return { ...found, ...precompressed };
  }
  return undefined;
}

/** Whether a request is for the HSDS API rather than for a file. */
function isApiPath(rawUrl: string): boolean {
  const path = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  return path === HSDS_API_BASE || path.startsWith(`${HSDS_API_BASE}/`);
}

/** Answers the HSDS API: JSON with CORS; a 200 with an ETag (304 when it matches) and compressed when the client accepts it. */
async function answerApi(root: string, api: HsdsApi, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = request.method;
  const url = new URL(request.url ?? '/', 'http://localhost');
  const manifest = join(root, 'index.json');
  const version = await stat(manifest).catch(() => undefined);
  if (version === undefined) {
    sendJson(response, 503, { error: 'feed unavailable', detail: 'the served folder has no index.json' }, method);
    return;
  }
  const answer = await api.answer(manifest, version, url.pathname.slice(HSDS_API_BASE.length), url.searchParams);
  if (answer.status !== 200) {
    sendJson(response, answer.status, answer.body, method);
    return;
  }
  const body = Buffer.from(`${JSON.stringify(answer.body)}\n`);
  const [coding] = acceptedCodings(request.headers['accept-encoding']);
  const etag = etagOfBody(body, coding?.coding);
  const headers = { ...COMMON_HEADERS, ETag: etag, 'Cache-Control': SHORT_LIVED, Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const sent = coding ? await compressNow(body, coding.coding) : body;
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': sent.length,
    ...(coding ? { 'Content-Encoding': coding.coding } : {}),
  });
  response.end(method === 'HEAD' ? undefined : sent);
}

async function handle(root: string, etags: EtagCache, api: HsdsApi | undefined, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = request.method;
  if (method === 'OPTIONS') {
    response.writeHead(204, {
      ...COMMON_HEADERS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'If-None-Match',
      'Access-Control-Max-Age': '86400',
      Allow: ALLOWED_METHODS,
    });
    response.end();
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    sendJson(response, 405, { error: 'method not allowed', allowed: ['GET', 'HEAD', 'OPTIONS'] }, method, { Allow: ALLOWED_METHODS });
    return;
  }
  if (api && isApiPath(request.url ?? '/')) {
    await answerApi(root, api, request, response);
    return;
  }
  const mapped = mapPath(root, request.url ?? '/');
  if (!mapped.ok) {
    sendJson(response, mapped.status, { error: mapped.error }, method);
    return;
  }
  const file = await findFile(root, mapped.path);
  if (file === undefined) {
    sendJson(response, 404, { error: 'not found', path: (request.url ?? '/').split(/[?#]/, 1)[0] }, method);
    return;
  }
  const compressed = await findCompressed(root, file, request.headers['accept-encoding']);
  const sent = compressed ?? file;
  // Each encoding has its own bytes and so its own ETag.
  const etag = await etags.etagOf(sent.path, sent.info);
  const headers = { ...COMMON_HEADERS, ETag: etag, 'Cache-Control': cacheControlOf(file.path), Vary: 'Accept-Encoding' };
  if (etagMatches(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, {
    ...headers,
    'Content-Type': contentTypeOf(file.path),
    'Content-Length': sent.info.size,
    ...(compressed ? { 'Content-Encoding': compressed.coding } : {}),
  });
  if (method === 'HEAD' || sent.info.size === 0) {
    response.end();
    return;
  }
  // Streamed, never read whole: a large file costs a few buffers, not its size per client.
  // No more than the length we announced, should the file grow meanwhile.
  await pipeline(createReadStream(sent.path, { end: sent.info.size - 1 }), response);
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Serves a folder over HTTP the way a CDN would serve a feed: ETags, cache
 * lifetimes per file, CORS for any origin, read-only. Meant for loopback use.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const requestedPort = options.port ?? DEFAULT_PORT;
  let root: string;
  try {
    root = await realpath(options.root);
  } catch (error) {
    throw new CliError(describeFsError(error, options.root));
  }
  if (!(await stat(root)).isDirectory()) throw new CliError(`${options.root} is not a folder`);

  const etags = new EtagCache();
  const api = options.hsdsApi ? new HsdsApi() : undefined;
  if (api) {
    // A feed the API cannot read stops serve before it listens, with the reason.
    const manifest = join(root, 'index.json');
    const version = await stat(manifest).catch(() => undefined);
    if (version === undefined) throw new CliError(`--hsds-api serves a feed, and ${options.root} has no index.json`);
    await api.answer(manifest, version, '/', new URLSearchParams());
  }
  const server = createServer((request, response) => {
    handle(root, etags, api, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, 500, { error: 'internal error', detail: errorMessage(error) }, request.method);
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'EADDRINUSE') {
        rejectListen(new CliError(`port ${requestedPort} on ${host} is already in use; pick another with --port (0 = any free port)`));
      } else if (error.code === 'EACCES') {
        rejectListen(new CliError(`no permission to listen on ${host}:${requestedPort}; use a port above 1024`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        rejectListen(new CliError(`cannot listen on host ${host}: it is not an address of this machine`));
      } else {
        rejectListen(error);
      }
    });
    server.listen(requestedPort, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${formatHost(host)}:${port}/`;
  return {
    url,
    manifestUrl: `${url}index.json`,
    ...(api ? { hsdsApiUrl: `${url}${HSDS_API_BASE.slice(1)}` } : {}),
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
