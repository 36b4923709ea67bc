/** `POST {basePath}/webhooks`: verify, then apply each event id once. */
import { errorReply, reply, type Reply } from "./http.js";
import { now } from "./records.js";
import { readBody } from "./security.js";
import type { PayrexStore } from "./types.js";
import { applyEvent, verifySignature, type PayrexEvent, type PaymentLookup } from "./webhooks.js";

export async function receiveWebhook(request: Request, secret: string, store: PayrexStore, lookup?: PaymentLookup): Promise<Reply> {
  const raw = await readBody(request);
  const check = await verifySignature(request.headers.get("payrex-signature"), raw, secret);
  if (check === "stale") return errorReply(400, "signature_expired", "The webhook signature is too old.");
  if (check !== "ok") return errorReply(400, "invalid_signature", "The webhook signature does not match.");
  let event: PayrexEvent;
  try {
    event = JSON.parse(raw);
  } catch {
    return errorReply(400, "parameter_invalid", "The webhook body is not valid JSON.");
  }
  if (typeof event?.id !== "string" || typeof event.type !== "string") {
    return errorReply(400, "parameter_invalid", "The webhook body is not an event.");
  }
  const applied = await applyOnce(store, event, lookup);
  return reply(200, applied ? { received: true } : { received: true, duplicate: true });
}

/**
 * Applies an event unless its id was applied before; resolves to false for a repeat. The id is
 * claimed first, so a redelivery racing the first delivery is not applied twice.
 */
export async function applyOnce(store: PayrexStore, event: PayrexEvent, lookup?: PaymentLookup): Promise<boolean> {
  if (!(await store.insert("events", { id: event.id, owner: null, created: now(), data: { type: event.type } }))) return false;
  try {
    await applyEvent(store, event, lookup);
  } catch (error) {
    // Not applied: PayRex's redelivery may try again.
    await store.delete("events", event.id);
    throw error;
  }
  return true;
}
