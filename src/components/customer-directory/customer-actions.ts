import type { ReactiveController } from "lit";
import { DialogController } from "../../core/dialog.js";
import { emit } from "../../core/events.js";
import { PayrexError } from "../../api/errors.js";
import { requireMethod } from "../../api/require-method.js";
import type { Customer } from "../../api/schemas.js";
import type { DirectoryController } from "./customer-directory.controller.js";

/** A customer's name as the directory says it: the name, else the email, else the id. */
export const nameOf = (c: Customer): string => c.name?.trim() || c.email?.trim() || c.id;

/**
 * The directory's actions on customers: "New customer" (the customer form in a dialog; the customer
 * it creates is shown and selected), delete (a confirmation that names the customer; a failure
 * stays in it), and customers saved in the `detail` slot (their rows follow).
 */
export class CustomerActions implements ReactiveController {
  /** The "New customer" dialog. */
  readonly create: DialogController;
  /** The delete confirmation. */
  readonly confirm: DialogController;
  /** The customer the confirmation names. */
  deleting?: Customer;
  /** True while the delete request is in flight. */
  busy = false;
  /** Why the last delete failed, while the confirmation is open. */
  error?: PayrexError;

  constructor(private readonly c: DirectoryController) {
    const host = c.host;
    host.addController(this);
    const dialog = (id: string) => () => host.renderRoot.querySelector<HTMLDialogElement>(`#${id}`);
    this.create = new DialogController(host, { dialog: dialog("create") });
    this.confirm = new DialogController(host, { dialog: dialog("delete"), busy: () => this.busy });
  }

  hostConnected(): void {
    this.c.host.addEventListener("payrex-customer-saved", this._onSaved);
    this.c.host.addEventListener("payrex-address-saved", this._onSaved);
  }

  hostDisconnected(): void {
    this.c.host.removeEventListener("payrex-customer-saved", this._onSaved);
    this.c.host.removeEventListener("payrex-address-saved", this._onSaved);
  }

  readonly openCreate = (): void => this.create.show();
  readonly closeCreate = (): void => this.create.close();

  /** Opens the confirmation naming `customer`. */
  askDelete(customer: Customer): void {
    if (this.busy) return;
    this.deleting = customer;
    this.error = undefined;
    this.confirm.show();
  }

  readonly cancelDelete = (): void => {
    if (!this.busy) this.confirm.close();
  };

  /**
   * Deletes the customer the confirmation names. Done: the confirmation closes, the page is loaded
   * again and focus goes to the row that took its place. Failed: the translated reason shows in the
   * confirmation, which stays open to try again or cancel.
   */
  readonly confirmDelete = async (): Promise<void> => {
    const { c } = this;
    const customer = this.deleting;
    if (!customer || this.busy) return;
    this.busy = true;
    this.error = undefined;
    c.host.requestUpdate();
    try {
      const adapter = c.host.resolvedAdapter;
      if (adapter instanceof PayrexError) throw adapter;
      await requireMethod(adapter, "deleteCustomer")(customer.id);
    } catch (error) {
      this.error = PayrexError.from(error);
      emit(c.host, "payrex-error", { error: this.error });
      // A browser may close it on a repeated Escape meanwhile: the reason is shown in it again.
      this.confirm.show();
      return;
    } finally {
      this.busy = false;
      c.host.requestUpdate();
    }
    const index = c.rows.findIndex((x) => x.id === customer.id);
    const alone = c.rows.length <= 1;
    this.confirm.close();
    c.notice = c.tr("deleted", { name: nameOf(customer) });
    if (c.host.customerId === customer.id) c.host.customerId = undefined;
    emit(c.host, "payrex-customer-deleted", { customer });
    // The only row of a later page: that page is gone, the first page is shown.
    await (alone && c.cursor ? c.firstPage() : c.reload());
    const n = c.rows.length;
    if (n && c.list.loaded) void c.focus.focus(Math.min(Math.max(index, 0), n - 1));
    else c.host.renderRoot.querySelector<HTMLElement>('[part~="retry"], #search-text')?.focus();
  };

  /** A customer was saved: created by the dialog's form, or changed by an element in the `detail` slot. */
  private readonly _onSaved = (e: Event): void => {
    const customer = (e as CustomEvent<{ customer?: Customer }>).detail?.customer;
    if (!customer?.id) return;
    const form = this.c.host.renderRoot.querySelector("#create payrex-customer-form");
    if (form && e.composedPath()[0] === form) void this._created(customer);
    else this.c.replace(customer);
  };

  /** The new customer is selected and shown: the search is cleared and the first page (newest first) loaded. */
  private async _created(customer: Customer): Promise<void> {
    const { c } = this;
    this.create.close();
    c.debounce.cancel();
    c.host.search = "";
    c.applySearch();
    c.select(customer);
    c.notice = c.tr("added", { name: nameOf(customer) });
    await c.firstPage();
    const i = c.rows.findIndex((x) => x.id === customer.id);
    if (i >= 0) await c.focus.focus(i);
  }
}
