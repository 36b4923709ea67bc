/**
 * The statement editor's draft: what the user is editing (as typed), its validation, edits and the
 * comparison that says whether anything is unsaved. Plain data and functions (no DOM), tested in Node.
 */
import type { BillingStatement } from "../../api/schemas.js";
import { dateInZone, dueAtOf } from "./due-dates.js";
import { parsePesos, parseQuantity, pesosText, sumLines } from "./money.js";
import { editRows, newRow, readRows, recordOf, rowFields, rowsOf, type MetadataRow } from "../../core/metadata-rows.js";

export { newRow };

/** One line item as typed: the price in pesos and the quantity stay text until they are valid. */
export interface ItemDraft {
  /** Unique on the page; names the item's inputs (`item-<key>-price`). */
  key: number;
  description: string;
  price: string;
  quantity: string;
}

/** One metadata pair as typed (blank and duplicate keys survive until fixed). */
export type MetaRow = MetadataRow;

export interface StatementDraft {
  description: string;
  /** The due date as the date input gives it (`YYYY-MM-DD`), or empty. */
  due: string;
  /** Payment method types offered to the customer. */
  methods: string[];
  rows: MetaRow[];
  items: ItemDraft[];
}

/** A line item ready to send (`unit_price` in centavos). */
export interface Line {
  description: string;
  unit_price: number;
  quantity: number;
}

/** The draft, parsed: what a save sends. */
export interface StatementValue {
  description: string | null;
  due_at: number | null;
  payment_methods: string[];
  metadata: Record<string, string> | null;
  line_items: Line[];
}

/**
 * Problems per field, as message codes. Field ids double as input ids: `description`, `due`,
 * `methods`, `key-<row>`, `value-<row>`, `metadata`, `item-<key>-description|price|quantity`,
 * `items` (the list) and `total`.
 */
export type Errors = Record<string, string>;

/** What a new statement offers unless the user changes it. */
export const DEFAULT_METHODS: readonly string[] = ["card", "gcash", "maya", "qrph"];
const MAX_TEXT = 255;
const MAX_META = 500;

let seq = 0;
/** A new line item (quantity 1), with a key unique on the page. */
export const newItem = (description = "", price = "", quantity = "1"): ItemDraft => ({ key: ++seq, description, price, quantity });

/**
 * The draft of `statement` (a new statement's: one empty line item and the default payment methods),
 * with its due date as the calendar reads in `timeZone`. With `previous`, line items and rows keep
 * their keys by position, so the inputs on screen stay the same elements after a save.
 */
export function draftOf(statement: BillingStatement | undefined, timeZone: string, previous?: StatementDraft): StatementDraft {
  const items = statement
    ? (statement.line_items ?? []).map((li) => newItem(li.description ?? "", pesosText(li.unit_price), String(li.quantity)))
    : [newItem()];
  const rows = rowsOf(statement?.metadata);
  items.forEach((item, i) => (item.key = previous?.items[i]?.key ?? item.key));
  rows.forEach((row, i) => (row.id = previous?.rows[i]?.id ?? row.id));
  return {
    description: statement?.description ?? "",
    due: statement?.due_at != null ? dateInZone(statement.due_at, timeZone) : "",
    methods: statement ? [...(statement.payment_settings?.payment_methods ?? [])] : [...DEFAULT_METHODS],
    rows,
    items,
  };
}

/** Where each field id points: `item-3-price` → item 3's `price`. */
export const ITEM_FIELD = /^item-(\d+)-(description|price|quantity)$/;

/** The draft after the user typed `value` into field `field`. */
export function editDraft(draft: StatementDraft, field: string, value: string): StatementDraft {
  const item = ITEM_FIELD.exec(field);
  if (item) {
    const key = Number(item[1]);
    return { ...draft, items: draft.items.map((i) => (i.key === key ? { ...i, [item[2]!]: value } : i)) };
  }
  const rows = editRows(draft.rows, field, value);
  if (rows) return { ...draft, rows };
  if (field === "description" || field === "due") return { ...draft, [field]: value };
  return draft;
}

/** The draft with payment method `method` offered or not (kept in the order `all` lists them). */
export function toggleMethod(draft: StatementDraft, method: string, on: boolean, all: readonly string[]): StatementDraft {
  const set = new Set(draft.methods);
  if (on) set.add(method);
  else set.delete(method);
  return { ...draft, methods: all.filter((m) => set.has(m)) };
}

/** The draft with line item `key` moved by `delta` places (clamped to the list). */
export function moveItem(draft: StatementDraft, key: number, delta: number): StatementDraft {
  const from = draft.items.findIndex((i) => i.key === key);
  const to = Math.max(0, Math.min(draft.items.length - 1, from + delta));
  if (from < 0 || from === to) return draft;
  const items = [...draft.items];
  items.splice(to, 0, ...items.splice(from, 1));
  return { ...draft, items };
}

/** The fields of line item `key` (messages that an edit or removal makes stale). */
export const itemFields = (key: number) => [`item-${key}-description`, `item-${key}-price`, `item-${key}-quantity`];

/** Every field in the order the editor shows them (for focus and counting). */
export const fieldOrder = (draft: StatementDraft): string[] => [
  "description",
  "due",
  "methods",
  ...draft.items.flatMap((i) => itemFields(i.key)),
  "items",
  "total",
  ...rowFields(draft.rows),
  "metadata",
];

/** A line item's parsed price and quantity (each `undefined` while invalid) and its total. */
export function lineOf(item: ItemDraft): { unit_price?: number; quantity?: number; total?: number } {
  const price = parsePesos(item.price);
  const quantity = parseQuantity(item.quantity);
  const unit_price = price.ok ? price.value : undefined;
  const q = quantity.ok ? quantity.value : undefined;
  return { unit_price, quantity: q, total: unit_price !== undefined && q !== undefined ? unit_price * q : undefined };
}

/** The live total in centavos of the line items that read as valid, and how many do not (yet). */
export function totalOf(draft: StatementDraft): { total: number; incomplete: number } {
  const lines = draft.items.map(lineOf);
  const valid = lines.filter((l): l is Line & { total: number } => l.total !== undefined);
  return { total: sumLines(valid), incomplete: lines.length - valid.length };
}

/** What finalizing checks, read from the draft as it is: the due date, how many line items, their total once all read as valid. */
export function finalizeFacts(draft: StatementDraft, timeZone: string): { due_at: number | null; items: number; total?: number } {
  const { total, incomplete } = totalOf(draft);
  return {
    due_at: draft.due ? dueAtOf(draft.due, timeZone) : null,
    items: draft.items.length,
    ...(incomplete ? {} : { total }),
  };
}

/** The parsed value (`null` while anything is invalid) and the problems per field. */
export function validateDraft(draft: StatementDraft, timeZone: string): { value: StatementValue | null; errors: Errors } {
  const errors: Errors = {};
  const description = draft.description.trim();
  if (description.length > MAX_TEXT) errors.description = "too_long";
  const due_at = draft.due ? dueAtOf(draft.due, timeZone) : null;
  if (draft.due && due_at === null) errors.due = "due_format";
  if (!draft.methods.length) errors.methods = "methods_required";

  const rows = readRows(draft.rows, MAX_META);
  Object.assign(errors, rows.errors);

  const line_items: Line[] = [];
  for (const item of draft.items) {
    const text = item.description.trim();
    if (!text) errors[`item-${item.key}-description`] = "item_description_required";
    else if (text.length > MAX_TEXT) errors[`item-${item.key}-description`] = "too_long";
    const price = parsePesos(item.price);
    if (!price.ok) errors[`item-${item.key}-price`] = price.problem === "required" ? "price_required" : price.problem;
    const quantity = parseQuantity(item.quantity);
    if (!quantity.ok) errors[`item-${item.key}-quantity`] = quantity.problem === "required" ? "quantity_required" : quantity.problem;
    if (price.ok && quantity.ok) line_items.push({ description: text, unit_price: price.value, quantity: quantity.value });
  }

  const value: StatementValue = {
    description: description || null,
    due_at,
    payment_methods: draft.methods,
    metadata: recordOf(rows.rowOf),
    line_items,
  };
  return { value: Object.keys(errors).length ? null : value, errors };
}

/**
 * What the draft means, for "is anything unsaved?": trimmed text, the set of payment methods,
 * amounts and quantities as numbers once they read as valid (`1,500` and `1500.00` are the same),
 * blank metadata rows left out.
 */
export function snapshot(draft: StatementDraft): string {
  return JSON.stringify([
    draft.description.trim(),
    draft.due,
    [...draft.methods].sort(),
    draft.rows.filter((r) => r.key.trim() || r.value).map((r) => [r.key.trim(), r.value]),
    draft.items.map((i) => {
      const line = lineOf(i);
      return [i.description.trim(), line.unit_price ?? i.price.trim(), line.quantity ?? i.quantity.trim()];
    }),
  ]);
}
