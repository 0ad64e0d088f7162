// Small helpers for the search benchmark: statistics, timing, heap and machine facts.
import { cpus, totalmem, platform, arch } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function median(values) {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank];
}

export function time(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

// `npm run bench` runs plain `node`, so gc() is switched on here rather than with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

/** Heap the value built by `build` keeps alive, in MB (after full collections before and after). */
export function retainedHeapMb(build) {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = build();
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  // Keep the value reachable until measured.
  if (value === undefined) throw new Error('build returned nothing');
  return (after - before) / 2 ** 20;
}

export function machine() {
  const list = cpus();
  return `${list.length} cores (${list[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${platform()} ${arch()}, Node ${process.version}`;
}
