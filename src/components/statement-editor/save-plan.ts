/**
 * What a save sends: the statement's own fields (all of them for a create, only the changed ones
 * for an update) and the line item requests, and where the backend's messages go. Plain data (no
 * DOM), tested in Node.
 *
 * Line items have no position in PayRex's API: a statement lists them in the order they were
 * created. The editor keeps the user's order by laying the draft's items onto the statement's line
 * items in order: the item at place n updates the line item at place n (only when it differs),
 * items past the last one are created, line items past the draft's last item are deleted. A move
 * or a removal therefore rewrites the places after it instead of recreating everything.
 */
import type { PayrexErrorDetail } from "../../api/errors.js";
import type { BillingStatement, LineItem } from "../../api/schemas.js";
import type { BillingStatementInput, BillingStatementUpdate, PaymentMethodType } from "../../api/staff-schemas.js";
import type { Errors, Line, StatementDraft, StatementValue } from "./statement-draft.js";

// A method PayRex adds later (kept from a loaded statement) is sent as it came: the backend has the last word.
const settingsOf = (value: StatementValue) => ({ payment_methods: value.payment_methods as PaymentMethodType[] });

/** Everything a new statement starts with (its line items follow, one request each). */
export function statementInput(customerId: string, value: StatementValue): BillingStatementInput {
  return {
    customer_id: customerId,
    currency: "PHP",
    ...(value.description !== null ? { description: value.description } : {}),
    ...(value.due_at !== null ? { due_at: value.due_at } : {}),
    ...(value.metadata ? { metadata: value.metadata } : {}),
    payment_settings: settingsOf(value),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameRecord = (a: Record<string, string>, b: Record<string, string>) =>
  sameList(Object.keys(a).sort(), Object.keys(b).sort()) && Object.keys(a).every((k) => a[k] === b[k]);

/** The fields of `value` that differ from the saved `base` (`null` clears a field). */
export function statementChanges(base: BillingStatement, value: StatementValue): BillingStatementUpdate {
  const update: BillingStatementUpdate = {};
  if ((value.description ?? null) !== (base.description || null)) update.description = value.description;
  if (value.due_at !== (base.due_at ?? null)) update.due_at = value.due_at;
  if (!sameRecord(value.metadata ?? {}, base.metadata ?? {})) update.metadata = value.metadata;
  const methods = base.payment_settings?.payment_methods ?? [];
  if (!sameList([...value.payment_methods].sort(), [...methods].sort())) {
    update.payment_settings = settingsOf(value);
  }
  return update;
}

/** One line item request; `index` is the draft item it carries (where its errors are shown). */
export type ItemOp =
  | { op: "update"; index: number; id: string; changes: Partial<Line> }
  | { op: "create"; index: number; line: Line }
  | { op: "delete"; id: string };

/** The requests that make the statement's `saved` line items read as `lines`, in order. */
export function lineItemOps(saved: readonly LineItem[], lines: readonly Line[]): ItemOp[] {
  const ops: ItemOp[] = [];
  lines.forEach((line, index) => {
    const at = saved[index];
    if (!at) return ops.push({ op: "create", index, line });
    const changes: Partial<Line> = {};
    if ((at.description ?? "") !== line.description) changes.description = line.description;
    if (at.unit_price !== line.unit_price) changes.unit_price = line.unit_price;
    if (at.quantity !== line.quantity) changes.quantity = line.quantity;
    if (Object.keys(changes).length) ops.push({ op: "update", index, id: at.id, changes });
  });
  // The surplus from the end, so a failure part-way leaves the first places in order.
  for (const at of saved.slice(lines.length).reverse()) ops.push({ op: "delete", id: at.id });
  return ops;
}

/** The statement after a line item request, as the editor knows it until it asks the backend again. */
export function afterOp(saved: readonly LineItem[], op: ItemOp, result?: LineItem): LineItem[] {
  if (op.op === "delete") return saved.filter((li) => li.id !== op.id);
  if (op.op === "create") return [...saved, result!];
  return saved.map((li) => (li.id === op.id ? (result ?? { ...li, ...op.changes }) : li));
}

const ITEM_PARAM: Record<string, string> = { description: "description", unit_price: "price", quantity: "quantity" };
const LINE_PARAM = /^line_items\[(\d+)\]\[(\w+)\]$/;
const METADATA_PARAM = /^metadata\[(.+)\]$/;

/**
 * The field a backend `parameter` points at. `item` is the index of the draft item a line item
 * request carried (its `description`, `unit_price` and `quantity` are that item's); a statement
 * request names `description`, `due_at`, `payment_settings…`, `metadata[key]`, `line_items…`.
 */
export function fieldOf(draft: StatementDraft, parameter: string | null | undefined, item?: number): string | undefined {
  if (!parameter) return undefined;
  const line = LINE_PARAM.exec(parameter);
  const index = line ? Number(line[1]) : item;
  const name = line ? line[2]! : parameter;
  if (index !== undefined && ITEM_PARAM[name]) {
    const target = draft.items[index];
    return target ? `item-${target.key}-${ITEM_PARAM[name]}` : "items";
  }
  if (parameter === "description") return "description";
  if (parameter === "due_at") return "due";
  if (parameter.startsWith("payment_settings")) return "methods";
  if (parameter.startsWith("line_items")) return "items";
  if (parameter === "amount") return "total";
  if (!parameter.startsWith("metadata")) return undefined;
  const key = METADATA_PARAM.exec(parameter)?.[1];
  const row = key === undefined ? undefined : draft.rows.find((r) => r.key.trim() === key);
  return row ? `value-${row.id}` : "metadata";
}

/**
 * Where a backend's errors go: per field (its `detail`, or `fallback` without one), the rest (with
 * a `detail`) to the editor's alert.
 */
export function placeBackendErrors(
  draft: StatementDraft,
  errors: readonly PayrexErrorDetail[],
  fallback: string,
  item?: number,
): { server: Errors; alert: string[] } {
  const server: Errors = {};
  const alert = new Set<string>();
  for (const e of errors) {
    const field = fieldOf(draft, e.parameter, item);
    if (field) server[field] ??= e.detail || fallback;
    else if (e.detail) alert.add(e.detail);
  }
  return { server, alert: [...alert] };
}
