/** Types for scripts/nginx.mjs, which the CLI's TypeScript hosting test imports. */
export declare const FEED_CONF: string;
export declare const NGINX: string;
export declare const BROTLI_STATIC_MODULE: string;
export declare function nginxMissing(): string | undefined;
export declare function ensureNginx(): void;
