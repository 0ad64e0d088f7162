// The module scripts/write-compact-spec.mjs writes into dist/compact/ after tsc has run.
import type { CompactSpec } from './compact-spec.js';

export declare const SPEC: CompactSpec;
