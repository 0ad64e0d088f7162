/**
 * @wijkwijzer/sdk — typed client for Wijkwijzer feeds: load, validate, cache, search,
 * opening hours, availability status and distance. Named re-exports only, so a bundler
 * keeps just what an app imports (the package is `sideEffects: false`).
 */

// Client
export { createClient, type WijkwijzerClient } from './client/create-client.js';
export type {
  AreaOptions,
  AreasResource,
  AvailabilityOptions,
  AvailabilityResource,
  CacheOptions,
  CallOptions,
  ClientOptions,
  DatasetCount,
  FeedReport,
  FetchLike,
  IntegrityMismatch,
  LoadProgress,
  NormsResource,
  ObservationWithStatus,
  OrganizationsResource,
  PartitionCount,
  PathwaysResource,
  PostcodesResource,
  ResolvedPathway,
  ResolvedPathwayStep,
  SearchUpdate,
  ServiceSearchOptions,
  ServicesResource,
  SkippedRecord,
  TaxonomyListOptions,
  TaxonomyResource,
} from './client/types.js';
export { clearFeedCache } from './cache/feed-cache.js';

// The contract's record types, so apps and widgets need only the SDK.
export type {
  Area,
  AvailabilityObservation,
  GeoPoint,
  Manifest,
  Norm,
  Organization,
  Pathway,
  PostcodeArea,
  PathwayStep,
  Service,
  TaxonomyTerm,
} from '@wijkwijzer/schemas';

// Errors
export {
  WijkwijzerError,
  NetworkError,
  TimeoutError,
  HttpStatusError,
  InvalidJsonError,
  InvalidManifestError,
  InvalidDatasetError,
  UnsupportedContractError,
  AbortedError,
  InvalidOptionsError,
  ForeignOriginError,
  isWijkwijzerError,
  type WijkwijzerErrorCode,
} from './errors.js';

// Search (pure, runs on the device)
export {
  createSearchIndex,
  createSearchIndexInSlices,
  normalize,
  stem,
  suggestNeeds,
  needNamesIn,
  languageCodesOf,
  detectCrisis,
  crisisLines,
  DEFAULT_THESAURUS,
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  type SearchIndexOptions,
  type SliceOptions,
  type OneOrMore,
  type SearchFilters,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type NeedSuggestion,
  type NeedName,
  type SuggestOptions,
  type CrisisKind,
  type CrisisSignal,
  type CrisisTier,
  type HelpLines,
  type SearchResults,
  type Thesaurus,
  type ThesaurusConcept,
} from './search/index.js';

// Opening hours
export {
  openingState,
  weekSchedule,
  HOURS_STRINGS,
  type HoursTarget,
  type OpeningOptions,
  type OpeningState,
  type DayHours,
  type DaySpan,
  type HoursStrings,
} from './hours/index.js';

// Availability
export {
  availabilityStatus,
  figureAge,
  isHuisartsenpost,
  AVAILABILITY_STRINGS,
  type AvailabilityKind,
  type AvailabilityState,
  type AvailabilityStatus,
  type AvailabilityStrings,
} from './availability/index.js';

// Areas: the one area a page asks for by name or id
export { areaHint, resolveArea, type AreaRequest, type AreaResolution } from './areas/index.js';

// Languages the SDK's own words come in
export type { Lang } from './lang.js';

// Geography
export { distanceKm } from './geo/distance.js';
export {
  createStaticGeocoder,
  normalizePostcode,
  parsePostcode,
  type Geocoder,
  type ParsedPostcode,
} from './geo/geocoder.js';
export { createPostcodeGeocoder, locatePostcode, type PostcodeMatch } from './geo/postcodes.js';
export { hasPlace, nearestFirst, RADIUS_CHOICES_KM, serviceDistanceKm, withinRadius, type WithService } from './geo/nearby.js';
