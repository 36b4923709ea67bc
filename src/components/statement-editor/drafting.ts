import { redispatch } from "../../core/events.js";
import { newIdempotencyKey } from "../../api/fetch-adapter.js";
import { PAYMENT_METHOD_TYPES } from "../../api/staff-schemas.js";
import { finalizeProblems } from "./lifecycle.js";
import { isMessage } from "./statement-editor.messages.js";
import {
  editDraft,
  finalizeFacts,
  validateDraft,
  type Errors,
  type StatementValue,
  fieldOrder,
  itemFields,
  moveItem,
  newItem,
  newRow,
  toggleMethod,
  type ItemDraft,
  type MetaRow,
} from "./statement-draft.js";
import type { StatementEditorController } from "./statement-editor.controller.js";

/** The fields an edit of `field` makes stale: a line item's messages go with the list's and the total's. */
const affected = (field: string): string[] => {
  const item = /^item-(\d+)-/.exec(field);
  if (item) return [...itemFields(Number(item[1])), "items", "total"];
  return /^(key|value)-/.test(field) ? [field, "metadata"] : [field];
};

/**
 * The draft's edits as the user makes them: typing, payment methods, adding, moving and removing
 * line items and metadata rows (focus follows, and what happened is announced), which field to
 * focus after a failed save, and the idempotency keys of creates (kept while the same submit is
 * retried, new once the input changed).
 */
export class Drafting {
  private _createKey?: string;
  private _itemKeys = new Map<number, string>();

  constructor(private readonly view: StatementEditorController) {}

  /** Every payment method the editor offers: PayRex's, then any other the statement has. */
  get methods(): string[] {
    return [...new Set([...PAYMENT_METHOD_TYPES, ...this.view.draft.methods])];
  }

  createKey(): string {
    return (this._createKey ??= newIdempotencyKey());
  }

  itemKey(key: number): string {
    let k = this._itemKeys.get(key);
    if (!k) this._itemKeys.set(key, (k = newIdempotencyKey()));
    return k;
  }

  /** A create went through: the next one is a new submit. */
  created(item?: number): void {
    if (item === undefined) this._createKey = undefined;
    else this._itemKeys.delete(item);
  }

  forgetKeys(): void {
    this._createKey = undefined;
    this._itemKeys.clear();
  }

  /** The draft's problems, and the finalize preconditions once finalizing was attempted. */
  problems(): { value: StatementValue | null; errors: Errors } {
    const { view } = this;
    const { value, errors } = validateDraft(view.draft, view.zone);
    if (!view.finalizing) return { value, errors };
    const pre = finalizeProblems(finalizeFacts(view.draft, view.zone), view.host.now(), view.zone);
    return { value, errors: { ...pre, ...errors } };
  }

  /** The problems shown now: of touched fields, or all after a save or finalize was attempted. */
  shownErrors(): Errors {
    const { view } = this;
    const shown: Errors = {};
    for (const [field, code] of Object.entries(this.problems().errors)) {
      if (view.submitted || view.finalizing || view.touched.has(field)) shown[field] = code;
    }
    return shown;
  }

  /** The message at a field: the client's once shown, else the backend's. */
  message(field: string): string | undefined {
    const code = this.view.errors[field];
    if (code) return this.view.tr(isMessage(code) ? code : "invalid");
    return this.view.server[field];
  }

  /** A customer picked in the `customer` slot (e.g. `<payrex-customer-directory>`) is the one billed. */
  readonly onCustomerSelect = (event: CustomEvent<{ customer?: { id?: string } }>): void => {
    const id = event.detail?.customer?.id;
    if (id) this.view.host.customerId = id;
  };

  /** Records an edit of `field`: its backend messages are stale; creates carrying it are new submits. */
  edited(field?: string): void {
    const { view } = this;
    view.rev++;
    this._createKey = undefined;
    const item = field && /^item-(\d+)-/.exec(field);
    if (item) this._itemKeys.delete(Number(item[1]));
    const stale = field ? affected(field) : [];
    if (stale.some((f) => f in view.server)) {
      const server = { ...view.server };
      for (const f of stale) delete server[f];
      view.server = server;
    }
    if (view.status) view.setStatus();
    view.host.requestUpdate();
  }

  /** Moves focus to the first of `fields` the editor shows and says how many need attention. */
  report(fields: string[]): void {
    const { view } = this;
    const invalid = fieldOrder(view.draft).filter((f) => fields.includes(f));
    if (!invalid.length) return;
    view.setStatus(view.tr("attention", { n: invalid.length }));
    const first = invalid[0]!;
    const target =
      first === "items"
        ? "add-item"
        : first === "total"
          ? `item-${view.draft.items[0]?.key}-price`
          : first === "methods"
            ? `method-${this.methods[0]}`
            : first === "metadata"
              ? "add-metadata"
              : first;
    // No render root yet when called before the element was ever connected.
    view.host.renderRoot?.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    // Slotted content (a customer picker) and the preview have their own events.
    if (input.getRootNode() !== this.view.host.renderRoot || input.type === "checkbox") return;
    event.stopPropagation();
    this.view.draft = editDraft(this.view.draft, input.id, input.value);
    this.edited(input.id);
    redispatch(this.view.host, "input");
  };

  readonly onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.getRootNode() !== this.view.host.renderRoot) return;
    const { view } = this;
    if (input.type === "checkbox") {
      view.draft = toggleMethod(view.draft, input.value, input.checked, this.methods);
      view.touched.add("methods");
      this.edited("methods");
      redispatch(view.host, "input");
    } else view.touched.add(input.id);
    view.host.requestUpdate();
    redispatch(view.host, "change");
  };

  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    // Failures are shown in the editor and reported as `payrex-error`.
    this.view.save().catch(() => {});
  };

  readonly addItem = async (): Promise<void> => {
    const item = newItem();
    this.view.draft = { ...this.view.draft, items: [...this.view.draft.items, item] };
    this.edited("items");
    await this._focus(`item-${item.key}-description`);
  };

  async removeItem(item: ItemDraft, n: number): Promise<void> {
    const { view } = this;
    const items = view.draft.items.filter((i) => i !== item);
    view.draft = { ...view.draft, items };
    this.edited(`item-${item.key}-description`);
    view.setStatus(view.tr("removed", { name: this._itemName(item, n) }));
    // Focus takes the removed item's place: the next item's remove button, else the previous one's, else Add.
    const next = items[n - 1] ?? items[n - 2];
    await this._focus(next ? `remove-${next.key}` : "add-item");
  }

  async moveItem(item: ItemDraft, n: number, delta: -1 | 1): Promise<void> {
    const { view } = this;
    view.draft = moveItem(view.draft, item.key, delta);
    this.edited("items");
    const count = view.draft.items.length;
    const to = view.draft.items.indexOf(item) + 1;
    view.setStatus(view.tr("moved", { name: this._itemName(item, n), n: to, count }));
    // The same button keeps focus unless the item reached the end it was moving to.
    const edge = (delta < 0 && to === 1) || (delta > 0 && to === count);
    await this._focus(`${edge === delta < 0 ? "down" : "up"}-${item.key}`);
  }

  readonly addRow = async (): Promise<void> => {
    const row = newRow();
    this.view.draft = { ...this.view.draft, rows: [...this.view.draft.rows, row] };
    this.edited("metadata");
    await this._focus(`key-${row.id}`);
  };

  async removeRow(row: MetaRow, n: number): Promise<void> {
    const { view } = this;
    const rows = view.draft.rows.filter((r) => r !== row);
    view.draft = { ...view.draft, rows };
    this.edited(`key-${row.id}`);
    const key = row.key.trim();
    view.setStatus(view.tr("removed", { name: key || view.tr("keyLabel", { n }) }));
    const next = rows[n - 1] ?? rows[n - 2];
    await this._focus(next ? `remove-row-${next.id}` : "add-metadata");
  }

  private _itemName(item: ItemDraft, n: number): string {
    return item.description.trim() || this.view.tr("unnamedItem", { n });
  }

  private async _focus(id: string): Promise<void> {
    await this.view.host.updateComplete;
    this.view.host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
