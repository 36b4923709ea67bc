import type { BillingStatement } from "../../api/schemas.js";
import { dueAtOf } from "./due-dates.js";
import { lineOf, totalOf } from "./statement-draft.js";
import type { StatementEditorController } from "./statement-editor.controller.js";

/**
 * What the preview checkout shows: an issued statement as it is, a draft (or a statement not created
 * yet) as the draft reads now, always with status `draft` so the checkout shows it as not payable.
 * Line items that do not read as valid yet are left out, like the total leaves them out.
 */
export function previewOf(view: StatementEditorController): BillingStatement | undefined {
  const s = view.statement;
  if (view.waiting) return undefined;
  if (!view.editable) return s;
  const { draft, zone } = view;
  const customer = s?.customer ?? view.customer.value;
  const lines = draft.items
    .map((item) => ({ item, line: lineOf(item) }))
    .filter(({ line }) => line.total !== undefined)
    .map(({ item, line }) => ({
      id: `preview_${item.key}`,
      description: item.description.trim() || null,
      unit_price: line.unit_price!,
      quantity: line.quantity!,
    }));
  return {
    ...s,
    id: s?.id ?? "preview",
    resource: "billing_statement",
    currency: s?.currency ?? "PHP",
    customer_id: view.customerId ?? null,
    customer: customer ? { id: customer.id, name: customer.name ?? null, email: customer.email ?? null } : null,
    status: "draft",
    amount: totalOf(draft).total,
    description: draft.description.trim() || null,
    due_at: draft.due ? dueAtOf(draft.due, zone) : null,
    line_items: lines,
    payment_settings: { payment_methods: draft.methods },
    payment_intent: null,
  };
}
