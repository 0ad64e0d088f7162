import { html, nothing, svg, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import type { LocalizeController } from '../internal/localize.js';
import type { Area } from './kaart-types.js';
import type { MapStrings } from './kaart-map.strings.js';
import { FRAME_HEIGHT, FRAME_WIDTH, frameAround, inFrame, tilesFor, toWorld, type Frame, type LatLon, type PercentBox, type WorldPoint } from './map-frame.js';

/** A service on the map: its id, name and place. */
export interface MapMarker extends LatLon {
  id: string;
  name: string;
}

export type AreaOutline = NonNullable<Area['geometry']>;

/** What the map draws, and what its markers do. */
export interface MapDrawing {
  words: LocalizeController<MapStrings>;
  markers: readonly MapMarker[];
  /** The chosen area's outline, if the feed has one, and its name. */
  outline: { name: string; geometry: AreaOutline } | undefined;
  /** The resident's own point (a postcode or "near me"): drawn and kept in view, but not a button. */
  origin: LatLon | undefined;
  /** A checked tile URL template; none: no background and no requests. */
  tiles: string | undefined;
  attribution: string | undefined;
  /** How wide the map is on screen, in CSS px: the tiles' zoom fits it. */
  pixelWidth: number;
  /** The marker in the Tab order (roving tabindex). */
  active: number;
  onSelect(marker: MapMarker): void;
  onKeydown(event: KeyboardEvent): void;
  onFocus(index: number): void;
}

/**
 * Places an element at a box in per cent of the map, through its style object: a page whose CSP
 * allows no inline styles (`style-src 'self'`) refuses `style="…"` attributes, which Lit's
 * styleMap writes on its first render, but not styles set from script.
 */
class PlaceAt extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('placeAt goes on an element');
  }
  render(_box: Partial<PercentBox>): typeof nothing {
    return nothing;
  }
  override update(part: ElementPart, [box]: [Partial<PercentBox>]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const side of ['left', 'top', 'width', 'height'] as const) {
      const value = box[side];
      if (value !== undefined) style[side] = `${value}%`;
    }
    return nothing;
  }
}
const placeAt = directive(PlaceAt);

/** A map point in per cent of the frame. */
const percentOf = (frame: Frame, point: WorldPoint): { left: number; top: number } => {
  const { x, y } = inFrame(frame, point);
  return { left: (x / FRAME_WIDTH) * 100, top: (y / FRAME_HEIGHT) * 100 };
};

/** Markers at the same address are set apart a little, around it, so each can be seen and hit. */
function spreadOut(points: readonly { left: number; top: number }[]): { left: number; top: number }[] {
  const seen = new Map<string, number>();
  return points.map((point) => {
    const key = `${point.left.toFixed(1)},${point.top.toFixed(1)}`;
    const earlier = seen.get(key) ?? 0;
    seen.set(key, earlier + 1);
    const angle = earlier * 2.4;
    const distance = earlier ? 2 + earlier * 0.6 : 0;
    return { left: point.left + Math.cos(angle) * distance * 0.75, top: point.top + Math.sin(angle) * distance };
  });
}

/** The rings of an outline, outer rings and holes alike. */
const ringsOf = (outline: AreaOutline): number[][][] => (outline.type === 'Polygon' ? outline.coordinates : outline.coordinates.flat());
const worldOf = ([longitude = 0, latitude = 0]: number[]): WorldPoint => toWorld({ latitude, longitude });

/** An SVG path of an outline in frame units; holes cut out by the even-odd rule. */
const outlinePath = (frame: Frame, outline: AreaOutline): string =>
  ringsOf(outline)
    .map(
      (ring) =>
        `M${ring
          .map((position) => {
            const { x, y } = inFrame(frame, worldOf(position));
            return `${x.toFixed(1)} ${y.toFixed(1)}`;
          })
          .join('L')}Z`,
    )
    .join('');

/**
 * A map of the finder's results, drawn without a map library: a button per service at its place,
 * the chosen area's outline and, only when the page sets a tile URL, background tiles. It asks no
 * server for anything else, so without tiles no one learns where a resident looks.
 */
export function renderMap(view: MapDrawing): TemplateResult {
  const { words: t, markers, outline, origin } = view;
  const frame = frameAround([...markers.map(toWorld), ...(outline ? ringsOf(outline.geometry).flat().map(worldOf) : []), ...(origin ? [toWorld(origin)] : [])]);
  if (!frame) return html`<p class="map-note">${t.term('noneLocated')}</p>`;
  const places = spreadOut(markers.map((marker) => percentOf(frame, toWorld(marker))));
  const tiles = view.tiles ? tilesFor(frame, view.tiles, view.pixelWidth) : [];
  return html`
    <div part="map" class="map-frame" role="group" aria-label=${t.term('mapLabel', markers.length)} aria-describedby="kaart-map-hint">
      ${tiles.length ? html`<div class="map-tiles">${tiles.map((tile) => html`<img class="map-tile" src=${tile.url} alt="" ${placeAt(tile.box)} />`)}</div>` : nothing}
      <svg class="map-shapes" viewBox="0 0 ${FRAME_WIDTH} ${FRAME_HEIGHT}" preserveAspectRatio="none" aria-hidden="true">
        ${outline ? svg`<path class="map-outline" d=${outlinePath(frame, outline.geometry)}></path>` : nothing}
      </svg>
      ${origin ? html`<span class="map-origin" role="img" aria-label=${t.term('origin')} ${placeAt(percentOf(frame, toWorld(origin)))}></span>` : nothing}
      <ul class="map-markers" role="list">
        ${markers.map(
          (marker, index) => html`<li class="map-place" ${placeAt(places[index] ?? {})}>
            <button
              part="map-marker"
              class="map-marker"
              type="button"
              data-service=${marker.id}
              tabindex=${index === view.active ? 0 : -1}
              @click=${() => view.onSelect(marker)}
              @keydown=${view.onKeydown}
              @focus=${() => view.onFocus(index)}
            >
              <span class="map-marker-name">${marker.name}</span>
            </button>
          </li>`,
        )}
      </ul>
    </div>
    ${view.attribution && tiles.length ? html`<p class="map-note">${view.attribution}</p>` : nothing}
    <p class="map-note" id="kaart-map-hint">${t.term('mapHint')}${outline ? ` ${t.term('outline', outline.name)}` : ''}${origin ? ` ${t.term('originHint')}` : ''}</p>
  `;
}
