/**
 * The customer form's draft: what the user is editing, its validation and the update it makes.
 * Pure functions over plain data (no DOM), tested in Node.
 */
import type { PayrexErrorDetail } from "../../api/errors.js";
import { customerInputSchema, type Customer, type CustomerInput, type CustomerUpdate } from "../../api/schemas.js";
import { ROW_FIELD, editRows, newRow, readRows, recordOf, rowFields, rowsOf, type MetadataRow } from "../../core/metadata-rows.js";

export { ROW_FIELD, newRow };
export type Row = MetadataRow;

/** What the user is editing. Metadata stays a list of rows so blank, duplicate and half-typed keys survive. */
export interface Draft {
  name: string;
  email: string;
  prefix: string;
  rows: Row[];
}

/**
 * Problems per field, as message codes (`required`, `email`, `metadata_duplicate`...). Field ids
 * double as input ids: `name`, `email`, `prefix`, `key-<row>`, `value-<row>`, `metadata`.
 */
export type Errors = Record<string, string>;

/** Which parts of the form are shown, and what the edited customer already has. */
export interface DraftOptions {
  hidePrefix?: boolean;
  hideMetadata?: boolean;
  /** The edited customer (create mode: none). */
  customer?: Customer;
}

const METADATA_PARAM = /^metadata\[(.+)\]$/;

/** The draft of `customer` (empty in create mode). */
export function draftOf(customer: Customer | undefined): Draft {
  return {
    name: customer?.name ?? "",
    email: customer?.email ?? "",
    prefix: customer?.billing_statement_prefix ?? "",
    rows: rowsOf(customer?.metadata),
  };
}

/** The parsed input (trimmed, `currency` filled in) or `null`, and the problems per field. */
export function validateDraft(draft: Draft, options: DraftOptions = {}): { value: CustomerInput | null; errors: Errors } {
  const { rowOf: rowOfKey, errors } = readRows(options.hideMetadata ? [] : draft.rows);
  const metadata = recordOf(rowOfKey);
  const prefix = draft.prefix.trim();
  const input = {
    name: draft.name,
    email: draft.email,
    ...(options.hidePrefix || !prefix ? {} : { billing_statement_prefix: prefix }),
    ...(metadata ? { metadata } : {}),
  };
  const result = customerInputSchema.safeParse(input);
  for (const issue of result.error?.issues ?? []) {
    const [top, key] = issue.path;
    const row = top === "metadata" ? rowOfKey.get(String(key)) : undefined;
    const field = top === "billing_statement_prefix" ? "prefix" : row ? `value-${row.id}` : String(top);
    errors[field] ??= issue.message;
  }
  // The API cannot remove a prefix once set; an emptied field would silently keep the old one.
  if (!options.hidePrefix && !prefix && options.customer?.billing_statement_prefix) errors.prefix = "required";
  return { value: result.success && !Object.keys(errors).length ? result.data : null, errors };
}

const sameRecord = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
};

/** The fields of `value` that differ from `base` (metadata is one field, sent whole). */
export function changesOf(base: Customer, value: CustomerInput, options: DraftOptions = {}): CustomerUpdate {
  const update: CustomerUpdate = {};
  if (value.name !== (base.name ?? "")) update.name = value.name;
  if (value.email !== (base.email ?? "")) update.email = value.email;
  const prefix = value.billing_statement_prefix;
  if (prefix !== undefined && prefix !== base.billing_statement_prefix) update.billing_statement_prefix = prefix;
  if (!options.hideMetadata && !sameRecord(value.metadata ?? {}, base.metadata ?? {})) update.metadata = value.metadata ?? {};
  return update;
}

/** Every field in the order the form shows them (for focus and counting). */
export const fieldOrder = (draft: Draft): string[] => [
  "name",
  "email",
  "prefix",
  ...rowFields(draft.rows),
  "metadata",
];

/** The backend `parameter` (`email`, `metadata[plan]`) of a field id, for PayrexError.errors. */
export function parameterOf(draft: Draft, field: string): string {
  const row = ROW_FIELD.exec(field);
  if (row) return `metadata[${draft.rows.find((r) => r.id === +row[2]!)?.key.trim()}]`;
  return field === "prefix" ? "billing_statement_prefix" : field;
}

/** The field a backend `parameter` points at, if the form shows it. */
export function fieldOf(draft: Draft, parameter: string | null | undefined, options: DraftOptions = {}): string | undefined {
  if (parameter === "name" || parameter === "email") return parameter;
  if (parameter === "billing_statement_prefix") return options.hidePrefix ? undefined : "prefix";
  if (!parameter?.startsWith("metadata") || options.hideMetadata) return undefined;
  const key = METADATA_PARAM.exec(parameter)?.[1];
  const row = key === undefined ? undefined : draft.rows.find((r) => r.key.trim() === key);
  return row ? `value-${row.id}` : "metadata";
}

/** The draft after the user typed `value` into field `field` (`name`, `key-3`...). */
export function editDraft(draft: Draft, field: string, value: string): Draft {
  const rows = editRows(draft.rows, field, value);
  return rows ? { ...draft, rows } : { ...draft, [field]: value };
}

/** The fields whose messages an edit of `field` makes stale (a renamed key no longer matches `metadata[key]`). */
export function fieldsAffectedBy(field: string): string[] {
  const row = ROW_FIELD.exec(field);
  return row ? [field, `value-${row[2]}`, "metadata"] : [field];
}

/** Catalog keys to try, most specific first, for a problem `code` at `field`. */
export function messageKeys(field: string, code: string): string[] {
  const kind = ROW_FIELD.exec(field)?.[1] ?? field;
  return [`${kind}_${code}`, code, "invalid"];
}

/**
 * Where a backend's errors go: per field (`server`, its `detail` or `fallback`), the rest (with a
 * `detail`) to the form's alert.
 */
export function placeBackendErrors(
  draft: Draft,
  errors: PayrexErrorDetail[],
  fallback: string,
  options: DraftOptions = {},
): { server: Errors; alert: string[] } {
  const server: Errors = {};
  const alert = new Set<string>();
  for (const e of errors) {
    const field = fieldOf(draft, e.parameter, options);
    if (field) server[field] ??= e.detail || fallback;
    else if (e.detail) alert.add(e.detail);
  }
  return { server, alert: [...alert] };
}

/** The client-side problems as PayRex-style error entries (`parameter` as the backend names it). */
export const asErrorDetails = (draft: Draft, errors: Errors): PayrexErrorDetail[] =>
  Object.entries(errors).map(([field, code]) => ({ code, parameter: parameterOf(draft, field) }));
