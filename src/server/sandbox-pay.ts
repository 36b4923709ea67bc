/**
 * `GET/POST {basePath}/sandbox/pay/{id}`: the sandbox stand-in for PayRex's hosted statement page.
 * Paying records the payment through the webhook path (`applyOnce`), then redirects back to the
 * merchant page, which must be on an allowed origin (never an open redirect). The form is protected
 * by an Origin check and a token bound to the statement and the return address.
 */
import { randomString } from "../api/demo-ids.js";
import type { BillingStatement, Payment } from "../api/schemas.js";
import type { FoundStatement } from "./backend.js";
import { now } from "./records.js";
import { methodsOf, page, statementPage, STYLE, esc } from "./sandbox-pay-page.js";
import { secureRandom } from "./sandbox.js";
import { originAllowed, readBody } from "./security.js";
import type { PayrexStore } from "./types.js";
import { applyOnce } from "./webhook-route.js";
import { constantTimeEqual, hmacHex } from "./webhooks.js";

export interface PayPageKit {
  store: PayrexStore;
  basePath: string;
  allowed: string[];
  secret: string;
  csp: string;
}

/** What the page needs, made once per handler: the token secret (kept in the store) and the CSP. */
export async function payPageKit(store: PayrexStore, basePath: string, allowed: string[]): Promise<PayPageKit> {
  await store.insert("meta", { id: "pay_page_secret", owner: null, created: now(), data: randomString(secureRandom, 48) });
  const secret = String((await store.get("meta", "pay_page_secret"))!.data);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(STYLE));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  const targets = allowed.filter((o) => /^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(o)).join(" ");
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; form-action 'self'${targets && " " + targets}; frame-ancestors 'none'; base-uri 'none'`;
  return { store, basePath, allowed, secret, csp };
}

/** `raw` when it is an http(s) address on the handler's own or an allowed origin; else the own origin's root. */
export function safeReturn(raw: string | null, own: string, allowed: readonly string[]): string {
  try {
    const url = new URL(raw ?? "", own);
    if ((url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && originAllowed(url.origin, own, allowed)) return url.href;
  } catch {
    // falls through
  }
  return own + "/";
}

const html = (kit: PayPageKit, status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": kit.csp,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "same-origin",
      ...headers,
    },
  });

const message = (kit: PayPageKit, status: number, title: string, text: string) =>
  html(kit, status, page(title, `<h1>${esc(title)}</h1><p>${esc(text)}</p>`));

/** The sandbox's payment for `s`: a paid `pay_…` with a typical fee. */
function sandboxPayment(s: BillingStatement, method: string, intentId: string): Payment {
  const t = now();
  const fee = Math.round((s.amount * (method === "card" ? 35 : method === "qrph" ? 15 : 25)) / 1000);
  return {
    id: "pay_" + randomString(secureRandom),
    resource: "payment",
    amount: s.amount,
    amount_refunded: 0,
    currency: s.currency,
    description: s.description,
    fee,
    net_amount: s.amount - fee,
    status: "paid",
    refunded: false,
    payment_intent_id: intentId,
    payment_method: method === "card" ? { type: "card", card: { brand: "visa", first6: "424242", last4: "4242" } } : { type: method },
    billing_statement_id: s.id,
    metadata: null,
    livemode: false,
    created_at: t,
    updated_at: t,
  };
}

export async function payPage(kit: PayPageKit, request: Request, id: string, found: FoundStatement | undefined): Promise<Response> {
  const url = new URL(request.url);
  const missing = () => message(kit, 404, "Not found", "There is no such billing statement.");
  if (!found) return missing();
  const r = await found.load();
  const s = r.body as BillingStatement;
  if (r.status !== 200 || s.status === "draft") return missing();
  const tokenFor = (returnTo: string) => hmacHex(kit.secret, `${id}\n${returnTo}`);

  if (request.method === "GET") {
    const returnTo = safeReturn(url.searchParams.get("return_to") ?? request.headers.get("referer"), url.origin, kit.allowed);
    return html(kit, 200, statementPage({ statement: s, action: url.pathname, token: await tokenFor(returnTo), returnTo }));
  }

  // POST: only this page's own form, from an allowed origin, may pay.
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!originAllowed(request.headers.get("origin"), url.origin, kit.allowed) || type !== "application/x-www-form-urlencoded") {
    return message(kit, 403, "Not allowed", "This payment was not sent from the payment page.");
  }
  const form = new URLSearchParams(await readBody(request));
  const returnTo = safeReturn(form.get("return_to"), url.origin, kit.allowed);
  if (!constantTimeEqual(await tokenFor(returnTo), form.get("token") ?? "")) {
    return message(kit, 403, "Not allowed", "This payment form has expired. Go back and open the statement again.");
  }
  const method = form.get("method") ?? "";
  if (!methodsOf(s).includes(method)) return message(kit, 400, "Choose a payment method", "Go back and choose how to pay.");
  if (s.status === "open") {
    const intent = { ...(s.payment_intent ?? { id: "pi_" + randomString(secureRandom) }), status: "succeeded" };
    const payment = sandboxPayment(s, method, intent.id);
    await applyOnce(kit.store, {
      // One event per statement: a double submit, even a concurrent one, pays once.
      id: `evt_sandbox_paid_${s.id}`,
      type: "billing_statement.paid",
      data: { ...s, status: "paid", payment_intent: { ...intent, latest_payment: payment } },
    });
  }
  return new Response(null, { status: 303, headers: { location: returnTo, "cache-control": "no-store" } });
}
