import type { Area, Implementation, Pathway, Service } from './uitleg-types.js';

/**
 * How far the chosen area is with a ketenaanpak. The area's own row wins; else
 * the nearest area it lies in (a wijk inherits its gemeente's status, a
 * gemeente its subregio's); rows of areas inside it are listed as well, so
 * "in Overvecht it runs" is not lost when the gemeente has no row.
 */
export interface ImplementationView {
  /** The row that applies to the whole area, and the area it was given for. */
  applies?: { row: Implementation; area: Area } | undefined;
  /** Rows of areas that lie inside the chosen one. */
  within: { row: Implementation; area: Area }[];
}

export function implementationFor(
  pathway: Pathway,
  area: Area,
  ancestors: readonly Area[],
  descendants: readonly Area[],
): ImplementationView {
  const rows = pathway.implementation ?? [];
  const rowFor = (each: Area): Implementation | undefined => rows.find((row) => row.area_id === each.id);
  let applies: ImplementationView['applies'];
  for (const each of [area, ...ancestors]) {
    const row = rowFor(each);
    if (row) {
      applies = { row, area: each };
      break;
    }
  }
  const within = descendants.flatMap((each) => {
    const row = rowFor(each);
    return row ? [{ row, area: each }] : [];
  });
  return { applies, within };
}

/**
 * Linked services that reach the area: those for the area, an area it lies in
 * (a regional service), or an area inside it (a wijk of the gemeente). A
 * service without any area (a national phone line, online self-help) reaches everyone.
 */
export function servicesNear(services: readonly Service[], areaIds: ReadonlySet<string> | undefined): Service[] {
  if (!areaIds) return [...services];
  return services.filter((service) => {
    const ids = [
      ...(service.service_areas ?? []).map((each) => each.area_id),
      ...(service.service_at_locations ?? []).flatMap((each) => each.location.area_ids ?? []),
    ].filter((id): id is string => typeof id === 'string');
    return ids.length === 0 || ids.some((id) => areaIds.has(id));
  });
}
