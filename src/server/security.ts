/** Request checks that come before any work: where a state change comes from, and how big a body is. */
import { errorReply, ReplyError } from "./http.js";

export const BODY_LIMIT = 64 * 1024;

/** True when `origin` may make state-changing requests to a handler reached at `own`. */
export const originAllowed = (origin: string | null, own: string, allowed: readonly string[]): origin is string =>
  !!origin && origin !== "null" && (origin === own || allowed.includes(origin));

/**
 * Refuses cross-site requests: a state change needs `Content-Type: application/json` (an HTML form
 * cannot send it, and another site's fetch cannot without a preflight this handler never allows) and
 * an allowed `Origin`.
 */
export function checkStateChange(request: Request, own: string, allowed: readonly string[]): void {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    throw new ReplyError(errorReply(415, "unsupported_media_type", "Send the request body as application/json."));
  }
  if (!originAllowed(request.headers.get("origin"), own, allowed)) {
    throw new ReplyError(errorReply(403, "forbidden_origin", "Requests from this origin are not allowed."));
  }
}

const tooLarge = () => new ReplyError(errorReply(413, "payload_too_large", `The request body is larger than ${BODY_LIMIT / 1024} KB.`));

/** The body as text, refusing more than `limit` bytes without reading past it. */
export async function readBody(request: Request, limit = BODY_LIMIT): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
