import type { FeedReport } from '../validate/report.js';

/** The datasets a report refused to read, each with its message. */
export function refusedDatasets(report: FeedReport): Record<string, string> {
  return Object.fromEntries(
    report.unusable.filter((problem) => problem.code === 'dataset-refused').map((problem) => [problem.dataset ?? '', problem.message]),
  );
}
