/**
 * PayRex webhooks: signature check, and applying events to the store (payments, refunds, statement
 * statuses). The sandbox pay page records its payments through `applyEvent` too.
 */
import { billingStatementSchema, paymentSchema, type BillingStatement, type Payment } from "../api/schemas.js";
import { intentLink, getPayment, linkStatement, now, putPayment } from "./records.js";
import type { PayrexStore } from "./types.js";

/** Older (or further in the future) signatures are refused: a captured request cannot be replayed later. */
export const TOLERANCE_SECONDS = 300;

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** HMAC-SHA256 of `message` keyed by `secret`, as lowercase hex. */
export async function hmacHex(secret: string, message: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return hex(await crypto.subtle.sign("HMAC", key, enc.encode(message)));
}

/** Compares two strings in time that depends only on their length. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export type SignatureCheck = "ok" | "missing" | "invalid" | "stale";

/** Checks `Payrex-Signature: t=…,te=…,li=…` against the raw body: `li` when present, else `te`. */
export async function verifySignature(header: string | null, rawBody: string, secret: string, at = now()): Promise<SignatureCheck> {
  if (!header) return "missing";
  const parts = new Map<string, string>();
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) parts.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const t = parts.get("t") ?? "";
  const signature = parts.get("li") || parts.get("te") || "";
  if (!/^\d{1,12}$/.test(t) || !signature) return "invalid";
  if (!constantTimeEqual(await hmacHex(secret, `${t}.${rawBody}`), signature.toLowerCase())) return "invalid";
  return Math.abs(at - Number(t)) > TOLERANCE_SECONDS ? "stale" : "ok";
}

export interface PayrexEvent {
  id: string;
  type: string;
  data?: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (typeof v === "string" ? v : isObj(v) && typeof v.id === "string" ? v.id : undefined);

/** The event's object: PayRex sends it as `data` (some payloads wrap it as `data.resource`). */
const objectOf = (event: PayrexEvent): Obj | undefined =>
  isObj(event.data) ? (isObj(event.data.resource) ? event.data.resource : event.data) : undefined;

/** A payment as the history shows it; missing fields get PayRex's defaults. */
function normalizePayment(raw: unknown, extra: Partial<Payment>): Payment | undefined {
  if (!isObj(raw)) return undefined;
  const t = now();
  const parsed = paymentSchema.safeParse({
    resource: "payment",
    currency: "PHP",
    amount_refunded: 0,
    refunded: false,
    created_at: t,
    updated_at: t,
    ...raw,
    ...extra,
  });
  return parsed.success ? parsed.data : undefined;
}

async function recordPayment(store: PayrexStore, raw: unknown, intent: Obj | undefined, statementId?: string, customerHint?: string) {
  const piId = idOf(intent) ?? (isObj(raw) ? idOf(raw.payment_intent_id ?? raw.payment_intent) : undefined);
  const link = piId ? await intentLink(store, piId) : undefined;
  const customerId = customerHint ?? idOf(intent?.customer) ?? (isObj(raw) ? idOf(raw.customer) : undefined) ?? link?.customer_id;
  const bstm = statementId ?? link?.statement_id;
  const payment = normalizePayment(raw, { ...(piId && { payment_intent_id: piId }), ...(bstm && { billing_statement_id: bstm }) });
  if (payment && customerId) await putPayment(store, customerId, payment);
}

const STATEMENT_STATUS: Record<string, BillingStatement["status"]> = {
  "billing_statement.paid": "paid",
  "billing_statement.finalized": "open",
  "billing_statement.voided": "void",
  "billing_statement.marked_uncollectible": "uncollectible",
};

/** Reads a payment from PayRex by id (proxy mode), for events that name it without including it. */
export type PaymentLookup = (id: string) => Promise<unknown>;

/** Applies one event to the store. Callers make sure each event id is applied once. */
export async function applyEvent(store: PayrexStore, event: PayrexEvent, lookup?: PaymentLookup): Promise<void> {
  const obj = objectOf(event);
  if (!obj) return;
  // `latest_payment` may be the payment itself or only its id.
  const latest = async (v: unknown) => (isObj(v) ? v : typeof v === "string" && lookup ? await lookup(v) : undefined);
  if (event.type.startsWith("billing_statement.")) {
    const parsed = billingStatementSchema.safeParse(obj);
    if (!parsed.success) return;
    const s = parsed.data;
    await linkStatement(store, s);
    // In sandbox mode the store holds the statement itself: keep its status in step.
    const own = await store.get("billing_statements", s.id);
    const status = STATEMENT_STATUS[event.type];
    const intent = s.payment_intent as Obj | null | undefined;
    if (own && status) {
      const current = own.data as BillingStatement;
      // The statement keeps its intent's latest payment as an id; the payment itself is in `payments`.
      const payment_intent = intent ? { ...intent, latest_payment: idOf(intent.latest_payment) ?? null } : current.payment_intent;
      await store.put("billing_statements", { ...own, data: { ...current, status, payment_intent, updated_at: now() } });
    }
    const paid = event.type === "billing_statement.paid" && intent ? await latest(intent.latest_payment) : undefined;
    if (paid) await recordPayment(store, paid, intent!, s.id, s.customer_id ?? undefined);
  } else if (event.type === "payment_intent.succeeded") {
    const paid = await latest(obj.latest_payment);
    if (paid) await recordPayment(store, paid, obj);
  } else if (event.type.startsWith("payment.")) {
    await recordPayment(store, obj, undefined);
  } else if (event.type === "refund.created") {
    const paymentId = idOf(obj.payment_id ?? obj.payment);
    const found = paymentId && (await getPayment(store, paymentId));
    if (!found || typeof obj.amount !== "number" || obj.status === "failed") return;
    const p = found.payment;
    const amount_refunded = Math.min(p.amount, (p.amount_refunded ?? 0) + obj.amount);
    await putPayment(store, found.customerId, { ...p, amount_refunded, refunded: amount_refunded >= p.amount, updated_at: now() });
  }
}
