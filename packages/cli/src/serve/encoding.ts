import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The precompressed copies serve looks for beside a file, in this order of preference. */
const CODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

export type Precompressed = (typeof CODINGS)[number];

/** The weight (q-value) per coding in an Accept-Encoding header, lower-cased. */
function weights(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    result.set(name, Number.isFinite(weight) ? weight : 0);
  }
  return result;
}

/**
 * The precompressed codings a client accepts, most wanted first; br before gzip
 * when it weighs them alike. No header, or `q=0`, means the file as it is.
 */
export function acceptedCodings(header: string | undefined): Precompressed[] {
  if (header === undefined) return [];
  const weighed = weights(header);
  const weightOf = (coding: string): number => weighed.get(coding) ?? weighed.get('*') ?? 0;
  return CODINGS.filter(({ coding }) => weightOf(coding) > 0).sort((a, b) => weightOf(b.coding) - weightOf(a.coding));
}

/**
 * `body` compressed now in `coding`, for a response that is built per request (the HSDS API).
 * Middling settings: a page is compressed on every request that misses the client's cache.
 */
export function compressNow(body: Buffer, coding: Precompressed['coding']): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, { level: 6 });
  return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}
