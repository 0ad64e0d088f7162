/** Types for scripts/chromium.mjs, which the playground's TypeScript end-to-end tests import. */
export declare function chromiumPath(): string;
export declare const CHROMIUM_ARGS: readonly string[];
