// The load benchmark's loopback server: the finder page, the widgets' CDN bundle and the
// feeds, each file served from its precompressed sibling (`.br`, `.gz`) when the browser
// accepts that encoding, as a CDN or nginx with `gzip_static`/`brotli_static` does.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

const isFile = (path) => stat(path).then((info) => info.isFile(), () => false);
const mtime = (path) => stat(path).then((info) => info.mtimeMs, () => -1);

/**
 * Writes `<file>.br` and `<file>.gz` beside every .js/.json file under `dir` that lacks an
 * up-to-date pair. Brotli at its best (11) for files up to 4 MB; quality 5 beyond, where 11
 * would take minutes (a CDN compressing on the fly picks about that too).
 */
export async function precompress(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|json)$/.test(entry.name)) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const { size, mtimeMs } = await stat(file);
    for (const { suffix } of ENCODINGS) {
      if ((await mtime(file + suffix)) >= mtimeMs) continue;
      const compressor =
        suffix === '.br'
          ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: size > 4e6 ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: size } })
          : createGzip({ level: 9 });
      await pipeline(createReadStream(file), compressor, createWriteStream(file + suffix));
    }
  }
}

/**
 * Copies `from` into `to` (files only, recursively) where `to` lacks the file or holds other
 * bytes. Bytes, not times: a build older than the mirror (bisecting an earlier commit) must
 * still replace it.
 */
export async function mirror(from, to) {
  for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath ?? entry.path, entry.name);
    const target = join(to, source.slice(from.length));
    const [wanted, present] = await Promise.all([readFile(source), readFile(target).catch(() => undefined)]);
    if (present?.equals(wanted)) continue;
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, wanted);
  }
}

function accepted(header = '') {
  return new Set(header.split(',').map((part) => part.split(';')[0].trim().toLowerCase()));
}

/**
 * Starts the server on 127.0.0.1 (any free port). `mounts` maps a URL prefix such as
 * '/widgets/' to a folder; `pages` maps a path to an HTML string.
 */
export async function startServer({ mounts, pages }) {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (pages[path] !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        response.end(pages[path]);
        return;
      }
      const prefix = Object.keys(mounts).find((each) => path.startsWith(each));
      const root = prefix && mounts[prefix];
      const file = root && normalize(join(root, path.slice(prefix.length)));
      if (!file || !file.startsWith(root.endsWith(sep) ? root : root + sep) || !(await isFile(file))) {
        response.writeHead(404).end('not found');
        return;
      }
      const wanted = accepted(request.headers['accept-encoding']);
      let served = file;
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'Accept-Encoding', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' };
      for (const { name, suffix } of ENCODINGS) {
        if (wanted.has(name) && (await isFile(file + suffix))) {
          served = file + suffix;
          headers['content-encoding'] = name;
          break;
        }
      }
      headers['content-length'] = (await stat(served)).size;
      response.writeHead(200, headers);
      if (request.method === 'HEAD') response.end();
      else await pipeline(createReadStream(served), response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500).end(String(error));
      else response.destroy();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
