/**
 * Public types of `payrex-components/server`: the handler's options, what `authorize` receives, and
 * the store interface a merchant can implement on the database they already run.
 */

/**
 * What a request wants to do; `authorize` decides whether this session may. The sandbox pay page
 * (`{basePath}/sandbox/pay/{id}`) asks `billing_statements.read` for its statement, to show and to pay.
 * The staff actions (`PayrexStaffAction`) are for the merchant's own people: allow them to staff
 * sessions only, never to a customer's session.
 */
export type PayrexAction =
  | "customers.read"
  | "customers.create"
  | "customers.update"
  | "payments.list"
  | "billing_statements.list"
  | "billing_statements.read"
  | PayrexStaffAction;

/**
 * The merchant's staff side (CONTRACT §4a): search and delete customers, issue statements. Line
 * item changes ask `billing_statements.update` of their statement.
 */
export type PayrexStaffAction =
  | "customers.list"
  | "customers.delete"
  | "billing_statements.create"
  | "billing_statements.update"
  | "billing_statements.delete"
  | "billing_statements.finalize"
  | "billing_statements.send"
  | "billing_statements.void"
  | "billing_statements.mark_uncollectible";

/** What `authorize` is called with, before anything else happens for a request. */
export interface AuthorizeContext {
  /** The incoming request (read its cookies or Authorization header; its body is not consumed yet). */
  request: Request;
  action: PayrexAction;
  /**
   * The customer the request is about. For a billing statement (and a line item's statement) this is
   * the statement's customer, resolved by the handler first, so "this session's customer only" is one
   * rule; for `billing_statements.create` the `customer_id` of the body. Absent for `customers.create`
   * and `customers.list`, and for a statement whose customer is unknown (it does not exist).
   */
  customerId?: string;
  billingStatementId?: string;
}

/** Returns (or resolves to) true when the request may go on; false answers 404. */
export type Authorize = (ctx: AuthorizeContext) => boolean | Promise<boolean>;

export interface PayrexHandlerOptions {
  /** Decides who may do what. Required: there is no default that is safe for every merchant. */
  authorize: Authorize;
  /** Where the routes live; default `/api/payrex`. */
  basePath?: string;
  /** PayRex secret key (`sk_test_…`, `sk_live_…`). Present: proxy mode. Absent: sandbox mode. */
  secretKey?: string;
  /** PayRex API base URL; default `https://api.payrexhq.com`. */
  apiBase?: string;
  /** Verifies `POST {basePath}/webhooks`; without it the webhook route answers 404. */
  webhookSecret?: string;
  /**
   * Where payments, statement links, idempotency records and (in sandbox mode) every resource live:
   * a libSQL URL (`file:.data/payrex.db`, the default; `:memory:`; `libsql://…`) or a `PayrexStore`.
   */
  store?: string | PayrexStore;
  /** Auth token for a remote `libsql://` store. */
  storeAuthToken?: string;
  /** Origins, besides the request's own, allowed to make state-changing requests (`https://shop.example`). */
  allowedOrigins?: string[];
  /**
   * Who sent a state-changing request, for `Idempotency-Key`: a key replays only for the same
   * requester (and route), so another session presenting someone's key and body gets a fresh request,
   * never their stored answer. Default: the request's Cookie and Authorization headers. Return your
   * session or user id instead when other cookies may change between a request and its retry. The
   * value is hashed (SHA-256) before it is stored.
   */
  idempotencyScope?: IdempotencyScope;
  /** How long a PayRex call may take, in milliseconds; default 15000. */
  timeoutMs?: number;
  /** Where unexpected errors are reported (with the secret key removed); default `console.error`. */
  onError?: (message: string) => void;
}

/** Names the requester of `request` (a session or user id); sync or async. */
export type IdempotencyScope = (request: Request) => string | Promise<string>;

/** A Fetch-API handler: runs on Node >= 20, Bun, Deno, Cloudflare Workers and Next.js route handlers. */
export interface PayrexHandler {
  (request: Request): Promise<Response>;
  /** The normalised `basePath` the handler serves (`/api/payrex`). */
  readonly basePath: string;
}

/** One stored record. `data` is any JSON value. */
export interface StoredRecord {
  id: string;
  /** Groups records for `list` (a customer id), or null. */
  owner: string | null;
  /** Unix seconds; lists are ordered by `created` then `id`, newest first. */
  created: number;
  data: unknown;
}

export interface StoreListQuery {
  /** The owner whose records to list; `null` lists the records without one (the sandbox's customers). */
  owner: string | null;
  /** 1..100 */
  limit: number;
  /** Records older than this record (by `created`, then `id`). */
  after?: string;
  /** Records newer than this record; still answered newest first. */
  before?: string;
}

/**
 * The storage the handler needs, as five operations over named collections of JSON records
 * (`customers`, `billing_statements`, `payments`, `statement_links`, `events`, `idempotency`, `meta`).
 * Implement it on any database; `createMemoryStore()` is a reference implementation.
 */
export interface PayrexStore {
  /** Reads one record, or null. */
  get(collection: string, id: string): Promise<StoredRecord | null>;
  /**
   * Inserts a record unless one with this id exists; resolves to false then. Must be atomic: two
   * concurrent inserts of one id must not both resolve to true (idempotency and webhooks rely on it).
   */
  insert(collection: string, record: StoredRecord): Promise<boolean>;
  /** Inserts or replaces a record. */
  put(collection: string, record: StoredRecord): Promise<void>;
  delete(collection: string, id: string): Promise<void>;
  /**
   * A page of `owner`'s records, newest first. Resolves to null when the `after` / `before` record
   * is not one of `owner`'s records in this collection.
   */
  list(collection: string, query: StoreListQuery): Promise<{ data: StoredRecord[]; has_more: boolean } | null>;
  /** Releases connections (optional). */
  close?(): void | Promise<void>;
}
