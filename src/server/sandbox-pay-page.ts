/**
 * The sandbox pay page's HTML: server-rendered, no script, one hashed stylesheet (so the page's CSP
 * needs no 'unsafe-inline'), every value escaped.
 */
import type { BillingStatement } from "../api/schemas.js";

export const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24}
main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.75rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.4rem;margin:0 0 .25rem}.note{background:#fff4d6;padding:.5rem .75rem;border-radius:.5rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#555}dd{margin:0}
table{width:100%;border-collapse:collapse}td,th{padding:.25rem 0;text-align:left}td.n,th.n{text-align:right}
fieldset{border:1px solid #ccd;border-radius:.5rem;margin:1rem 0}button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.5rem;background:#1a56db;color:#fff;cursor:pointer}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #1a56db;outline-offset:2px}`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML content and quoted attributes. */
export const esc = (value: unknown): string => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const METHOD_NAMES: Record<string, string> = { card: "Card", gcash: "GCash", maya: "Maya", qrph: "QR Ph", billease: "BillEase", bdo_installment: "BDO Installment" };

export const money = (centavos: number, currency: string): string => {
  try {
    return new Intl.NumberFormat("en-PH", { style: "currency", currency, currencyDisplay: "narrowSymbol" }).format(centavos / 100);
  } catch {
    return `${currency} ${(centavos / 100).toFixed(2)}`;
  }
};

const date = (seconds: number | null | undefined) =>
  typeof seconds === "number" ? new Date(seconds * 1000).toLocaleDateString("en-PH", { dateStyle: "long", timeZone: "Asia/Manila" }) : "—";

export const methodsOf = (s: BillingStatement): string[] => {
  const list = s.payment_settings?.payment_methods?.filter((m) => typeof m === "string");
  return list?.length ? list : ["card", "gcash", "maya", "qrph"];
};

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="same-origin"><title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export interface PayView {
  statement: BillingStatement;
  action: string;
  token: string;
  returnTo: string;
}

export function statementPage({ statement: s, action, token, returnTo }: PayView): string {
  const items = (s.line_items ?? [])
    .map((li) => `<tr><td>${esc(li.description)}</td><td class="n">${esc(li.quantity)}</td><td class="n">${esc(money(li.unit_price * li.quantity, s.currency))}</td></tr>`)
    .join("");
  const open = s.status === "open";
  const methods = methodsOf(s)
    .map((m, i) => `<label><input type="radio" name="method" value="${esc(m)}"${i ? "" : " checked"}> ${esc(METHOD_NAMES[m] ?? m)}</label><br>`)
    .join("");
  const pay = open
    ? `<form method="post" action="${esc(action)}"><input type="hidden" name="token" value="${esc(token)}"><input type="hidden" name="return_to" value="${esc(returnTo)}">
<fieldset><legend>Pay with</legend>${methods}</fieldset><button type="submit">Pay ${esc(money(s.amount, s.currency))}</button></form>`
    : `<p role="status">This statement is ${esc(s.status)}: there is nothing to pay.</p>`;
  return page(
    `Pay ${s.billing_statement_number ?? "billing statement"}`,
    `<p class="note">Sandbox: no money moves. Paying marks the statement paid and records a payment.</p>
<h1>${esc(s.billing_statement_merchant_name ?? "Billing statement")}</h1>
<dl><dt>Statement</dt><dd>${esc(s.billing_statement_number ?? s.id)}</dd><dt>For</dt><dd>${esc(s.description ?? "")}</dd>
<dt>Due</dt><dd>${esc(date(s.due_at))}</dd><dt>Status</dt><dd>${esc(s.status)}</dd><dt>Total</dt><dd>${esc(money(s.amount, s.currency))}</dd></dl>
<table><thead><tr><th>Item</th><th class="n">Qty</th><th class="n">Amount</th></tr></thead><tbody>${items}</tbody></table>
${pay}<p><a href="${esc(returnTo)}">Back to the shop</a></p>`,
  );
}
