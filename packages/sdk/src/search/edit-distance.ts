/**
 * Typo tolerance. The allowed number of edits grows with word length: a wrong letter in a short
 * word makes another word ("hulp" → "hup"), in a long word it is just a typo.
 */
export function maxEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

// Three rows of the distance table, reused across calls: a typo scan over a vocabulary calls this
// thousands of times per query, and allocating rows each time was most of its cost.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours, the commonest
 * typo) between `a` and `b.slice(from, to)`, or `max + 1` as soon as it is certain to exceed
 * `max`, which keeps scanning a vocabulary cheap.
 */
export function editDistance(a: string, b: string, max: number, from = 0, to = b.length): number {
  const m = a.length;
  const n = to - from;
  if (Math.abs(m - n) > max) return max + 1;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prevPrev, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(from + j - 1);
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(from + j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const result = prev[n] ?? max + 1;
  return result > max ? max + 1 : result;
}
