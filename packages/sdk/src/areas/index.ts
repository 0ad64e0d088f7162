export { areaHint, resolveArea, type AreaRequest, type AreaResolution } from './resolve-area.js';
