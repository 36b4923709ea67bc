/**
 * Metadata as a form edits it: a list of key/value rows, so blank, duplicate and half-typed keys
 * survive until fixed, and the rules that turn the rows into the record PayRex stores. Shared by the
 * customer form and the statement editor. Plain data (no DOM), tested in Node.
 */

export interface MetadataRow {
  /** Unique on the page; names the row's inputs (`key-<id>`, `value-<id>`). */
  id: number;
  key: string;
  value: string;
}

/** A row's field ids: `key-3`, `value-3`. */
export const ROW_FIELD = /^(key|value)-(\d+)$/;

let seq = 0;
/** A metadata row, with an id unique on the page. */
export const newRow = (key = "", value = ""): MetadataRow => ({ id: ++seq, key, value });

/** The rows of a stored record (none for `null`). */
export const rowsOf = (metadata: Record<string, string> | null | undefined): MetadataRow[] =>
  Object.entries(metadata ?? {}).map(([k, v]) => newRow(k, v));

/** The rows' field ids in the order they are shown. */
export const rowFields = (rows: readonly MetadataRow[]): string[] => rows.flatMap((r) => [`key-${r.id}`, `value-${r.id}`]);

/** `rows` after the user typed `value` into field `field` (`key-3`), or `undefined` when `field` is not a row's. */
export function editRows(rows: readonly MetadataRow[], field: string, value: string): MetadataRow[] | undefined {
  const row = ROW_FIELD.exec(field);
  if (!row) return undefined;
  const id = Number(row[2]);
  return rows.map((r) => (r.id === id ? { ...r, [row[1]!]: value } : r));
}

/**
 * The rows read as a record: each accepted key (trimmed) with its row, and the problems per field as
 * message codes (`metadata_key`: a value without a key; `metadata_duplicate`; `too_long`: a value
 * longer than `maxValue`, when given). A row left completely empty is ignored rather than reported.
 */
export function readRows(rows: readonly MetadataRow[], maxValue?: number): { rowOf: Map<string, MetadataRow>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const rowOf = new Map<string, MetadataRow>();
  for (const row of rows) {
    const key = row.key.trim();
    if (!key) {
      if (row.value) errors[`key-${row.id}`] = "metadata_key";
    } else if (rowOf.has(key)) errors[`key-${row.id}`] = "metadata_duplicate";
    else if (maxValue !== undefined && row.value.length > maxValue) errors[`value-${row.id}`] = "too_long";
    else rowOf.set(key, row);
  }
  return { rowOf, errors };
}

/** The record of accepted rows (key → value), or `null` when there is none. */
export const recordOf = (rowOf: ReadonlyMap<string, MetadataRow>): Record<string, string> | null =>
  rowOf.size ? Object.fromEntries([...rowOf].map(([k, r]) => [k, r.value])) : null;
