import { displayLocation } from './display.js';
import type { FreshnessReport, MaxAge } from './freshness.js';
import type { FeedFinding, FeedReport } from './report.js';

/** More lines than this help nobody in a terminal; `--json` has them all. */
const MAX_FINDING_LINES = 200;

function where(dataset: string, id: string | undefined, index: number | undefined): string {
  const position = index === undefined ? '' : `#${index}`;
  if (id === undefined) return `${dataset} ${position || '(no id)'}`;
  return position ? `${dataset} ${id} (${position})` : `${dataset} ${id}`;
}

/** One finding as one line: dataset, id (or index), path, message. */
function inFile(finding: { dataset: string; file?: string }): string {
  return finding.file === undefined ? finding.dataset : `${finding.dataset} ${finding.file}`;
}

export function describeFinding(finding: FeedFinding): string {
  switch (finding.kind) {
    case 'invalid-record':
      return `${where(finding.dataset, finding.id, finding.index)}  ${finding.path}: ${finding.message}`;
    case 'duplicate-id':
      return `${where(finding.dataset, finding.id, finding.index)}  id: used twice (first at #${finding.firstIndex})`;
    case 'dangling-reference':
      return finding.target === 'locations'
        ? `${where(finding.dataset, finding.id, undefined)}  ${finding.path}: points to location "${finding.missingId}", which service "${finding.owner}" does not have`
        : `${where(finding.dataset, finding.id, undefined)}  ${finding.path}: points to ${finding.target} "${finding.missingId}", which is not in the feed`;
    case 'partition-missing-service':
      return `${where(finding.dataset, finding.id, undefined)}  not in partition ${finding.partition}, where its areas put it`;
    case 'partition-misplaced-area':
      return finding.problem === 'missing'
        ? `${where(finding.dataset, finding.id, undefined)}  not in area partition ${finding.partition}, where its parents put it`
        : `${where(finding.dataset, finding.id, undefined)}  in area partition ${finding.partition}, where it does not belong`;
    case 'hash-mismatch':
      // A partition file's hash is the one in its name (contract 1.1); a dataset's, the one in index.json.
      return `${inFile(finding)}  hash: ${finding.expected.startsWith('sha256-') ? 'index.json says' : 'its name says'} ${finding.expected}, the file is ${finding.actual} (changed after the build?)`;
    case 'count-mismatch':
      // A folder (the detail shards) is counted over all its files.
      return `${inFile(finding)}  count: index.json says ${finding.expected}, ${finding.file?.endsWith('/') ? 'its files have' : 'the file has'} ${finding.actual}`;
  }
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

const UNIT_WORDS: Record<MaxAge['unit'], string> = { d: 'day(s)', m: 'month(s)', y: 'year(s)' };

/** What to check again: services by organisation, then old availability figures. */
export function formatFreshness(freshness: FreshnessReport): string[] {
  const { maxAge, assuredBefore, counts } = freshness;
  const age = `${maxAge.amount} ${UNIT_WORDS[maxAge.unit]}`;
  const lines = [
    `Freshness on ${freshness.today}: ${counts.unchecked} of ${counts.services} service(s) last checked with their provider before ${assuredBefore} (${age} ago) or never (no assured_date)`,
  ];
  for (const group of freshness.organizations) {
    const organization = group.organizationName === undefined ? group.organizationId : `${group.organizationName} (${group.organizationId})`;
    lines.push(`  ${organization}: ${group.services.length} of ${group.serviceCount}`);
    for (const service of group.services) {
      lines.push(`    ${service.id}  ${service.name}: ${service.assuredDate === undefined ? 'never checked' : `checked ${service.assuredDate}`}`);
    }
  }
  lines.push(
    `Availability: ${counts.staleFigures} of ${counts.figures} figure(s) older than twice their refresh interval; the widgets show them as old ("oud cijfer")`,
  );
  for (const figure of freshness.staleFigures) {
    const service = figure.serviceName === undefined ? figure.serviceId : `${figure.serviceName} (${figure.serviceId})`;
    lines.push(
      `    ${figure.id}  ${service}, ${figure.metric}: peildatum ${figure.referenceDate}, ${figure.ageDays} days old, refreshed every ${figure.refreshIntervalDays} day(s)`,
    );
  }
  return lines;
}

/** The report for people: header, counts per dataset, then every problem on its own line. */
export function formatReport(report: FeedReport): string {
  const lines: string[] = [`Feed       ${displayLocation(report.manifestUrl)}`];
  const manifest = report.manifest;
  if (manifest) {
    lines.push(
      `Region     ${manifest.region.name} (${manifest.region.id})`,
      `Data       ${manifest.sample ? 'SAMPLE: made-up data (voorbeeldgegevens), not for residents' : 'real data'}`,
      `Contract   ${manifest.contractVersion}, generated ${manifest.generatedAt}`,
      `Publisher  ${manifest.publisher.name}; license ${manifest.license}`,
    );
  }
  if (report.datasets.length > 0) {
    const rows = [['dataset', 'records', 'valid', 'invalid']];
    for (const dataset of report.datasets) {
      rows.push(
        dataset.loaded
          ? [dataset.dataset, String(dataset.total ?? 0), String(dataset.valid ?? 0), String(dataset.invalid ?? 0)]
          : [dataset.dataset, '-', '-', '-'],
      );
    }
    lines.push('', ...table(rows));
  }
  if (report.unusable.length > 0) {
    lines.push('', 'Cannot use this feed:');
    for (const problem of report.unusable) {
      lines.push(`  ${problem.message}`);
      for (const issue of (problem.issues ?? []).slice(1)) lines.push(`  also: ${issue.path} ${issue.message}`);
    }
  }
  if (report.findings.length > 0) {
    lines.push('', `Problems (${report.findings.length}):`);
    for (const finding of report.findings.slice(0, MAX_FINDING_LINES)) lines.push(`  ${describeFinding(finding)}`);
    const hidden = report.findings.length - MAX_FINDING_LINES;
    if (hidden > 0) lines.push(`  … and ${hidden} more (use --json to see all)`);
  }
  if (report.freshness) lines.push('', ...formatFreshness(report.freshness));
  const verdict =
    report.status === 'valid'
      ? 'valid'
      : report.status === 'invalid'
        ? `invalid: ${report.findings.length} problem(s)`
        : 'unusable';
  lines.push('', `Result: ${verdict}`);
  return `${lines.join('\n')}\n`;
}
