// The load benchmark's figures: medians over runs, and the table it prints.
import { median } from './stats.mjs';

/**
 * Medians over one page's runs. When most runs never showed results the page is "never",
 * with the first error; otherwise the medians of the runs that did (and how many did not).
 */
export function summarizeRuns(results) {
  const failed = results.filter((result) => result.never);
  const ok = results.filter((result) => !result.never);
  const mid = (pick, from = ok) => median(from.map(pick));
  if (failed.length > results.length / 2) {
    return {
      never: true,
      error: failed[0].error,
      afterMs: mid((r) => r.afterMs, failed),
      runs: results.length,
      failed: failed.length,
      js: mid((r) => r.js, failed),
      data: mid((r) => r.data, failed),
    };
  }
  return {
    never: false,
    runs: results.length,
    failed: failed.length,
    firstResultsMs: mid((r) => r.firstResultsMs),
    js: mid((r) => r.js),
    data: mid((r) => r.data),
    longTaskCount: mid((r) => r.longTasks.count),
    longTaskTotalMs: mid((r) => r.longTasks.totalMs),
    longTaskLongestMs: mid((r) => r.longTasks.longestMs),
    inpMs: mid((r) => r.inpMs),
    heapMb: mid((r) => r.heapMb),
  };
}

const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(0) : '—');
const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : '—');

/** `note(text)` numbers an error text for the list under the table, the same text once. */
function cells(summary, note) {
  const partial = summary.failed > 0 ? ` (${summary.failed}/${summary.runs} never)` : '';
  if (summary.never) {
    // Bytes so far, not a total: the page never got to its first results.
    return [`${kb(summary.js)}+`, `${kb(summary.data)}+`, `never [${note(summary.error)}] at ${(summary.afterMs / 1000).toFixed(1)} s`, '—', '—', '—'];
  }
  return [
    kb(summary.js),
    kb(summary.data),
    `${(summary.firstResultsMs / 1000).toFixed(2)} s${partial}`,
    `${summary.longTaskCount} / ${ms(summary.longTaskTotalMs)} / ${ms(summary.longTaskLongestMs)} ms`,
    `${ms(summary.inpMs)} ms`,
    summary.heapMb.toFixed(1),
  ];
}

/** A layout against the baseline: its bytes and its time to first results as fractions. */
function ratio(summary, baseline) {
  if (summary === baseline) return 'baseline';
  if (summary.never) return 'never';
  // A baseline that never showed results has no full byte count to compare with.
  if (baseline.never) return 'baseline never';
  const bytes = (summary.js + summary.data) / (baseline.js + baseline.data);
  return `bytes ${bytes.toFixed(2)}×, time ${(summary.firstResultsMs / baseline.firstResultsMs).toFixed(2)}×`;
}

/**
 * A Markdown table, one row per feed, profile, page and layout (a ratio column with two layouts
 * or more), then the numbered reasons of the pages that never showed results.
 */
export function formatTable(rows) {
  const errors = [];
  const note = (text) => (errors.includes(text) ? errors.indexOf(text) : errors.push(text) - 1) + 1;
  const withRatio = rows.some((row) => row.layouts.length > 1);
  const header = ['feed', 'profile', 'page', 'layout', 'JS KB', 'data KB', 'first results', 'long tasks n / total / max', 'key INP', 'heap MB'];
  if (withRatio) header.push('vs baseline');
  const body = rows.flatMap((row) =>
    row.layouts.map((layout) => {
      const line = [row.feed, row.profile, row.page, layout.name, ...cells(layout, note)];
      if (withRatio) line.push(ratio(layout, row.layouts[0]));
      return line;
    }),
  );
  const widths = header.map((title, index) => Math.max(title.length, ...body.map((line) => String(line[index]).length)));
  const format = (line) => `| ${line.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  const table = [format(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...body.map(format)];
  return [...table, ...(errors.length > 0 ? [''] : []), ...errors.map((text, index) => `[${index + 1}] ${text}`)].join('\n');
}
