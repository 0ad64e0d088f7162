import type { Area } from '@wijkwijzer/schemas';

/** The area a page asks for (a widget's attributes): names or ids as a web team writes them. */
export interface AreaRequest {
  gemeente?: string | undefined;
  wijk?: string | undefined;
  area?: string | undefined;
}

export type AreaResolution =
  | { kind: 'none' }
  /** `unknownWijk`: the wijk was not found, so its gemeente is used instead. */
  | { kind: 'found'; area: Area; unknownWijk?: string }
  /** `asked` is the text the page used, to show in the "unknown area" message. */
  | { kind: 'unknown'; asked: string };

/** Lowercase, without accents or punctuation: "Vleuten-De Meern" → "vleuten de meern". */
export function simplifyName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** An area's name without the gemeente in brackets: "Overvecht (Utrecht)" → "overvecht". */
function bareName(area: Area): string {
  return simplifyName(area.name.replace(/\s*\([^)]*\)\s*$/, ''));
}

function findByKind(areas: readonly Area[], kind: Area['kind'], asked: string, idPrefix: string, within?: Area): Area | undefined {
  const wanted = simplifyName(asked);
  const slug = wanted.replace(/ /g, '-');
  const candidates = areas.filter((area) => area.kind === kind);
  const inside = (area: Area): boolean => !within || (area.parent_ids ?? []).includes(within.id);
  return (
    candidates.find((area) => area.id === asked.trim()) ??
    candidates.find((area) => area.id === `${idPrefix}${slug}`) ??
    candidates.find((area) => inside(area) && (bareName(area) === wanted || simplifyName(area.name) === wanted)) ??
    // A wijk id carries its gemeente: wk-utrecht-overvecht.
    (within ? candidates.find((area) => area.id === `${idPrefix}${within.id.replace(/^gm-/, '')}-${slug}`) : undefined)
  );
}

/**
 * The area to read a feed's areas for (a 1.1 feed in parts then sends only the frame and that
 * gemeente's areas): the `area` id, else the gemeente as written when it looks like an id
 * (`gm-utrecht`, `syn-gm-014`), else the `gm-<slug>` id its name gives. A guess the feed does
 * not know costs one small file: the client then reads every area.
 */
export function areaHint(request: AreaRequest): string | undefined {
  const area = request.area?.trim();
  if (area) return area;
  const gemeente = request.gemeente?.trim();
  if (!gemeente) return undefined;
  return /^[a-z0-9]+(-[a-z0-9]+)+$/.test(gemeente) ? gemeente : `gm-${simplifyName(gemeente).replace(/ /g, '-')}`;
}

/**
 * Turns `gemeente`/`wijk`/`area` attributes into one area of the feed. `area` is an id
 * and wins; otherwise the wijk (looked up within the gemeente when both are given),
 * else the gemeente. Names match without regard to case, accents or punctuation.
 */
export function resolveArea(areas: readonly Area[], request: AreaRequest): AreaResolution {
  const area = request.area?.trim();
  if (area) {
    const found = areas.find((each) => each.id === area);
    return found ? { kind: 'found', area: found } : { kind: 'unknown', asked: area };
  }
  const gemeenteName = request.gemeente?.trim();
  const wijkName = request.wijk?.trim();
  const gemeente = gemeenteName ? findByKind(areas, 'gemeente', gemeenteName, 'gm-') : undefined;
  if (wijkName) {
    const wijk = findByKind(areas, 'wijk', wijkName, 'wk-', gemeente);
    if (wijk) return { kind: 'found', area: wijk };
    // Fall back to the gemeente when only the wijk is unknown: still close to what was meant.
    return gemeente ? { kind: 'found', area: gemeente, unknownWijk: wijkName } : { kind: 'unknown', asked: wijkName };
  }
  if (gemeenteName) return gemeente ? { kind: 'found', area: gemeente } : { kind: 'unknown', asked: gemeenteName };
  return { kind: 'none' };
}
