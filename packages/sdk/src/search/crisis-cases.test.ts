import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createSearchIndex } from './search-index.js';
import { service } from './fixtures.test.helper.js';
import type { Lang } from '../lang.js';

/**
 * The labelled crisis set (crisis-cases.json, written before the detector was tuned) through a
 * real search index. Acute phrases must get the right help line first and every line they are
 * labelled with; informational phrases must not get the help lines first.
 */

type LineName = '113' | 'veilig-thuis' | '112' | 'huisartsenpost';

interface Case {
  query: string;
  lang: Lang;
  /** What the query is about; per kind and language the figures are printed. */
  kind: string;
  tier: 'acute' | 'informational';
  /** For acute cases: the lines expected, the first of them first. */
  lines: LineName[];
}

const CASES: Case[] = JSON.parse(readFileSync(new URL('../../src/search/crisis-cases.json', import.meta.url), 'utf8')) as Case[];

const LINE_NAMES: Record<string, LineName> = {
  'nl-113-zelfmoordpreventie': '113',
  'nl-veilig-thuis': 'veilig-thuis',
  'nl-112': '112',
  'nl-huisartsenpost': 'huisartsenpost',
};

// A feed with nothing in it about crises: the lines must come from the SDK.
const index = createSearchIndex([
  service('wandel', { name: 'Wandelgroep', description: 'Samen wandelen in de wijk.' }),
  service('ehbo', { name: 'EHBO- en reanimatiecursus', description: 'Leer reanimeren en eerste hulp.' }),
]);

interface Tally {
  total: number;
  /** Acute: got the lines first. Informational: got the lines first (a false alarm). */
  first: number;
  /** Acute: got the lines first, the right line first and every labelled line. */
  right: number;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`);

test('the labelled crisis set: recall 100 %, right line 100 %, false alarms at most 5 %', (t) => {
  assert.ok(CASES.length >= 300, `the set has ${CASES.length} cases`);
  const tallies = new Map<string, Tally>();
  const wrong: string[] = [];
  for (const c of CASES) {
    const { help } = index.searchWithHelp(c.query, { lang: c.lang });
    const lines = (help?.lines ?? []).map((line) => LINE_NAMES[line.id] ?? line.id);
    const first = help?.tier === 'acute';
    const key = `${c.tier} ${c.kind} ${c.lang}`;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { total: 0, first: 0, right: 0 }));
    tally.total++;
    if (first) tally.first++;
    if (c.tier === 'acute') {
      const right = first && lines[0] === c.lines[0] && c.lines.every((line) => lines.includes(line));
      if (right) tally.right++;
      else wrong.push(`missed: "${c.query}" got ${first ? lines.join(', ') : (help?.tier ?? 'nothing')}, wants ${c.lines.join(', ')}`);
    } else if (first) {
      wrong.push(`false alarm: "${c.query}" got ${lines.join(', ')} first`);
    }
  }

  const sum = (tier: string, pick: (tally: Tally) => number): number =>
    [...tallies].filter(([key]) => key.startsWith(tier)).reduce((n, [, tally]) => n + pick(tally), 0);
  for (const [key, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    t.diagnostic(
      key.startsWith('acute')
        ? `${key}: recall ${tally.right}/${tally.total} (${percent(tally.right, tally.total)}), right line ${tally.right}/${tally.first}`
        : `${key}: false alarms ${tally.first}/${tally.total} (${percent(tally.first, tally.total)})`,
    );
  }
  const acute = sum('acute', (x) => x.total);
  const recalled = sum('acute', (x) => x.right);
  const detected = sum('acute', (x) => x.first);
  const informational = sum('informational', (x) => x.total);
  const alarms = sum('informational', (x) => x.first);
  t.diagnostic(`recall ${recalled}/${acute} (${percent(recalled, acute)}); right line ${recalled}/${detected} (${percent(recalled, detected)})`);
  t.diagnostic(`false alarms ${alarms}/${informational} (${percent(alarms, informational)})`);
  for (const line of wrong) t.diagnostic(line);

  assert.equal(recalled, acute, 'every acute phrase gets the right line first');
  assert.equal(recalled, detected, 'every recognised acute phrase gets the right line');
  assert.ok(alarms / informational <= 0.05, `false alarms ${percent(alarms, informational)} > 5 %`);
});
