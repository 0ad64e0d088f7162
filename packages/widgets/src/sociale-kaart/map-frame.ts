/*
 * The map's geometry, without a map library: Web Mercator (EPSG:3857, the projection of web tiles)
 * in world units of 0..1, a frame of FRAME_WIDTH by FRAME_HEIGHT fitted around what is drawn, and
 * the tiles of one zoom level that cover it. Positions come out in per cent of the frame, so the
 * map scales with its box in CSS.
 */

export const FRAME_WIDTH = 400;
export const FRAME_HEIGHT = 300;
/** Room at the edges of the frame, so no marker sits on the border. */
const PADDING = 0.1;
/** The smallest span shown (about 10 km in the Netherlands): one marker is not zoomed in on a front door. */
const MIN_SPAN = 0.0004;
/** At most this many tiles in the frame: a phone's data and a tile server's load stay small. */
const MAX_TILES = 30;
const TILE_PIXELS = 256;
const MAX_ZOOM = 19;

export interface LatLon {
  latitude: number;
  longitude: number;
}

/** A point in world units: x east from 180°W, y south from about 85°N, both 0..1. */
export interface WorldPoint {
  x: number;
  y: number;
}

export function toWorld({ latitude, longitude }: LatLon): WorldPoint {
  const sin = Math.sin((Math.max(-85, Math.min(85, latitude)) * Math.PI) / 180);
  return { x: (longitude + 180) / 360, y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI) };
}

/** A frame: its top-left corner in world units and how many frame units one world unit is. */
export interface Frame {
  left: number;
  top: number;
  scale: number;
}

/** The frame that fits `points` with padding, centred on them; undefined without points. */
export function frameAround(points: readonly WorldPoint[]): Frame | undefined {
  if (points.length === 0) return undefined;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [west, east, north, south] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const room = 1 - 2 * PADDING;
  const scale = Math.min((FRAME_WIDTH * room) / Math.max(east - west, MIN_SPAN), (FRAME_HEIGHT * room) / Math.max(south - north, MIN_SPAN));
  return { left: (west + east) / 2 - FRAME_WIDTH / 2 / scale, top: (north + south) / 2 - FRAME_HEIGHT / 2 / scale, scale };
}

/** A world point in frame units. */
export const inFrame = (frame: Frame, point: WorldPoint): WorldPoint => ({ x: (point.x - frame.left) * frame.scale, y: (point.y - frame.top) * frame.scale });

/** A rectangle in per cent of the frame, for CSS. */
export interface PercentBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Tile {
  url: string;
  box: PercentBox;
}

/**
 * The tiles of `template` (`…/{z}/{x}/{y}.png`) that cover the frame, at the zoom whose tiles come
 * closest to their own size on a map `pixelWidth` wide, fewer tiles (a lower zoom) when more than
 * MAX_TILES would be needed.
 */
export function tilesFor(frame: Frame, template: string, pixelWidth: number): Tile[] {
  let zoom = Math.max(0, Math.min(MAX_ZOOM, Math.round(Math.log2((frame.scale * pixelWidth) / FRAME_WIDTH / TILE_PIXELS))));
  const range = (start: number, size: number, count: number): number[] => {
    const first = Math.max(0, Math.floor(start * count));
    const last = Math.min(count - 1, Math.floor((start + size / frame.scale) * count));
    return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
  };
  let columns: number[];
  let rows: number[];
  for (;;) {
    const count = 2 ** zoom;
    columns = range(frame.left, FRAME_WIDTH, count);
    rows = range(frame.top, FRAME_HEIGHT, count);
    if (columns.length * rows.length <= MAX_TILES || zoom === 0) break;
    zoom -= 1;
  }
  const size = frame.scale / 2 ** zoom;
  return columns.flatMap((x) =>
    rows.map((y) => ({
      url: template.replace('{z}', String(zoom)).replace('{x}', String(x)).replace('{y}', String(y)),
      box: {
        left: ((x * size - frame.left * frame.scale) / FRAME_WIDTH) * 100,
        top: ((y * size - frame.top * frame.scale) / FRAME_HEIGHT) * 100,
        width: (size / FRAME_WIDTH) * 100,
        height: (size / FRAME_HEIGHT) * 100,
      },
    })),
  );
}
