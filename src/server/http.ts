/** Responses in PayRex's shapes, with the headers every API response carries. */
import type { PayrexErrorDetail } from "../api/errors.js";

/** A response before it becomes a `Response`: what idempotency records store and replay. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** `body` already as JSON text (sent as is). */
  json?: string;
}

const API_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  // Customer data never lands in a shared or browser cache.
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
};

export const reply = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });

/** A reply whose body is trusted JSON text; `body` parses it only if someone reads it. */
export const rawReply = (status: number, json: string): Reply => ({
  status,
  json,
  get body() {
    return JSON.parse(json) as unknown;
  },
});

export const errorReply = (status: number, code: string, detail: string, parameter?: string, headers?: Record<string, string>): Reply =>
  reply(status, { errors: [{ code, detail, ...(parameter !== undefined && { parameter }) } satisfies PayrexErrorDetail] }, headers);

/** The one answer for "no such thing" and "not yours": a denied request learns nothing more. */
export const notFound = (what = "resource", id?: string): Reply =>
  errorReply(404, "resource_not_found", id ? `No such ${what}: ${id}` : `No such ${what}.`);

export const toResponse = (r: Reply): Response =>
  new Response(r.status === 204 ? null : (r.json ?? JSON.stringify(r.body)), { status: r.status, headers: { ...API_HEADERS, ...r.headers } });

/** Error replies thrown through layers (validation, paging); the handler turns them into responses. */
export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`);
  }
}

export const fail = (status: number, code: string, detail: string, parameter?: string): never => {
  throw new ReplyError(errorReply(status, code, detail, parameter));
};
