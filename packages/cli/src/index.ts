/**
 * The wijkwijzer CLI as a library: the same functions the commands run, for the
 * playground and for scripts.
 */
export { main } from './cli/main.js';
export type { Io } from './cli/io.js';
export { CliError } from './errors.js';

export { validateFeed, manifestUrlOf, nodeLoader, type ValidateOptions } from './validate/validate-feed.js';
// The browser-safe validator core (also published as @wijkwijzer/cli/validate).
export * from './browser.js';
export { formatReport, describeFinding } from './validate/format-report.js';

export { checkRecords, type RecordsCheck } from './feed/check-records.js';
export { writeFeed, type FeedMeta, type WriteFeedOptions, type WrittenFeed } from './feed/write-feed.js';
export { contentHash } from './feed/hash.js';

export { buildFeed, type BuildOptions, type BuildResult, type GeneratedAtSource } from './build/build-feed.js';
export { importHsds, type ImportOptions, type ImportResult } from './hsds/import-hsds.js';
export { startServer, DEFAULT_PORT, DEFAULT_HOST, type ServerOptions, type RunningServer } from './serve/server.js';
