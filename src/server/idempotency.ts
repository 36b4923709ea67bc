/**
 * `Idempotency-Key` for state-changing requests: the same key and body replay the first answer
 * without doing the work again; the same key with another body is 422; concurrent duplicates share
 * one piece of work. Records live in the store (collection `idempotency`) for a day, under the key,
 * the route and a SHA-256 of who sent it (`idempotencyScope`; by default the Cookie and Authorization
 * headers): another requester presenting the same key is a new request, never a replay of someone
 * else's answer.
 */
import { errorReply, fail, ReplyError, type Reply } from "./http.js";
import { now } from "./records.js";
import type { IdempotencyScope, PayrexStore } from "./types.js";

const KEEP_SECONDS = 24 * 3600;
const KEY = /^[\x21-\x7e]{1,255}$/;

interface Stored {
  fingerprint: string;
  reply?: Reply;
}

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, "0")).join("");

const conflict = () =>
  errorReply(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request.", "Idempotency-Key");

/** The default requester: its credentials as it sent them (a session cookie, a bearer token). */
export const credentialsScope: IdempotencyScope = (request) =>
  `cookie:${request.headers.get("cookie") ?? ""}\nauthorization:${request.headers.get("authorization") ?? ""}`;

export function createIdempotency(store: PayrexStore, scopeOf: IdempotencyScope = credentialsScope) {
  const running = new Map<string, { fingerprint: string; done: Promise<Reply> }>();

  /** Reads or claims the key in the store; `run` happens only for a fresh claim. */
  async function claim(id: string, fingerprint: string, run: () => Promise<Reply>): Promise<Reply> {
    for (let tries = 0; tries < 3; tries++) {
      const found = await store.get("idempotency", id);
      if (found && found.created < now() - KEEP_SECONDS) await store.delete("idempotency", id);
      else if (found) {
        const s = found.data as Stored;
        if (s.fingerprint !== fingerprint) return conflict();
        if (s.reply) return { ...s.reply, headers: { ...s.reply.headers, "idempotent-replayed": "true" } };
        // Claimed by another process that has not answered yet.
        return errorReply(409, "idempotency_key_in_use", "A request with this Idempotency-Key is still being processed.", "Idempotency-Key");
      }
      if (await store.insert("idempotency", { id, owner: null, created: now(), data: { fingerprint } satisfies Stored })) {
        let result: Reply;
        try {
          result = await run();
        } catch (error) {
          if (!(error instanceof ReplyError)) {
            // Nothing is known about the outcome's shape: let a retry try again.
            await store.delete("idempotency", id);
            throw error;
          }
          result = error.reply;
        }
        await store.put("idempotency", { id, owner: null, created: now(), data: { fingerprint, reply: result } satisfies Stored });
        return result;
      }
    }
    return fail(409, "idempotency_key_in_use", "A request with this Idempotency-Key is still being processed.", "Idempotency-Key");
  }

  /**
   * Runs `run` once per key and requester. `route` separates routes; the fingerprint covers method,
   * path and body. Without a key, `run` simply runs.
   */
  return async function idempotent(request: Request, route: string, rawBody: string, run: () => Promise<Reply>): Promise<Reply> {
    const key = request.headers.get("idempotency-key");
    if (key === null) return run();
    if (!KEY.test(key)) return fail(400, "parameter_invalid", "The Idempotency-Key must be 1 to 255 visible ASCII characters.", "Idempotency-Key");
    const url = new URL(request.url);
    const fingerprint = await sha256(`${request.method} ${url.pathname}\n${rawBody}`);
    // Hashed: the record keeps no credentials, and the id stays short whatever the cookies are.
    const requester = await sha256(String(await scopeOf(request)));
    const id = `${route}:${requester}:${key}`;
    const current = running.get(id);
    if (current) {
      if (current.fingerprint !== fingerprint) return conflict();
      const r = await current.done;
      return { ...r, headers: { ...r.headers, "idempotent-replayed": "true" } };
    }
    const done = claim(id, fingerprint, run);
    running.set(id, { fingerprint, done });
    try {
      return await done;
    } finally {
      running.delete(id);
    }
  };
}
