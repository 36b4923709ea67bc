/**
 * `payrex-components/server`: the merchant backend half. Web APIs only (fetch, crypto.subtle,
 * streams), so it runs unchanged on Node >= 20, Bun, Deno, Cloudflare Workers and Next.js route
 * handlers. The libSQL client loads only when `store` is a URL. Never imported by browser code.
 */
export { createPayrexHandler } from "./handler.js";
export { createMemoryStore } from "./memory-store.js";
export { createLibsqlStore, type LibsqlStoreOptions } from "./libsql-store.js";
export { verifySignature, type SignatureCheck } from "./webhooks.js";
export type {
  Authorize,
  AuthorizeContext,
  IdempotencyScope,
  PayrexAction,
  PayrexStaffAction,
  PayrexHandler,
  PayrexHandlerOptions,
  PayrexStore,
  StoredRecord,
  StoreListQuery,
} from "./types.js";
