import type { PropertyDeclarations, PropertyValues } from "lit";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { LazyController } from "../../core/lazy.js";
import type { SearchBy } from "./search.js";

// One download per page, started by the first directory made.
const load = () => import("./customer-directory.controller.js");

export type { SearchBy as CustomerSearchBy };

/**
 * The merchant's customers, for staff pages: search by name, email or one metadata key's value
 * (PayRex's list filters), one page at a time with next and previous pages, a "New customer" button
 * that opens `<payrex-customer-form>` in a dialog, and delete with a confirmation that names the
 * customer.
 *
 * Typing searches once typing pauses (`search-delay`, default 300 ms; Enter searches at once); a
 * search or page that is no longer wanted is aborted. Text searches names (PayRex matches part of a
 * name) or, when it is a whole email address, emails (PayRex matches whole addresses). Only one page
 * is in the DOM (`page-size` rows, at most 100), however many customers there are.
 *
 * Rows are a table for assistive technology. Each row's name is a button that selects the customer
 * (`payrex-customer-select`, and `customerId` is set); it holds the row's focus: one Tab stop for the
 * list, arrow keys, Home, End, Page Up and Page Down move between rows, Enter, Space or a click
 * anywhere on the row selects, Delete asks to delete. Tab from the name reaches the row's Delete
 * button.
 *
 * Compose the customer's details from the other elements: put them in the `detail` slot, shown
 * while a customer is selected, and set their `customer-id` on `payrex-customer-select` (see the
 * README, "Customer directory"). A save there (`payrex-customer-saved`, `payrex-address-saved`)
 * updates the customer's row.
 *
 * It needs the adapter's staff methods `listCustomers` (and `deleteCustomer` to delete). Given an
 * adapter without `listCustomers` it says so, naming the method, and fires `payrex-error` (code
 * `missing_method`). Registering it (`payrex-components/customer-directory.js`) registers
 * `<payrex-customer-form>` too.
 *
 * The element's behaviour loads on first use; `reload()`, `nextPage()` and `previousPage()` called
 * before it has loaded wait for it.
 *
 * @summary Find, page through, add and delete customers; shows the selected customer's details from other elements.
 * @event payrex-customer-select - A customer row was chosen (click, Enter or Space), or a customer was created with "New customer"; `detail.customer` is the parsed Customer.
 * @event payrex-customer-deleted - A customer was deleted after its confirmation; `detail.customer` is the customer as it was listed.
 * @event payrex-customer-saved - From the "New customer" form: `detail.customer` is the customer created.
 * @event payrex-error - Loading or deleting failed, the adapter lacks a method it needs, or no backend is configured; `detail.error` is a `PayrexError`.
 * @slot detail - The selected customer's details (e.g. `<payrex-customer-form>`, `<payrex-address-editor>`, `<payrex-payment-history>`), shown while a customer is selected.
 * @csspart toolbar - The search and the "New customer" button.
 * @csspart search - The search form.
 * @csspart search-by - The "Search by" `<select>`.
 * @csspart input - The search text and metadata key inputs.
 * @csspart button - Every button of the directory (search, new customer, delete, pages, dialogs).
 * @csspart search-button - The Search button (Enter in a search field does the same).
 * @csspart new-button - The "New customer" button.
 * @csspart hint - The hint or problem under the search.
 * @csspart results - The box holding the table, or the loading, empty and error states.
 * @csspart table - The table.
 * @csspart header-row - The row of column headers.
 * @csspart row - Each customer row; also `row-selected` for the selected customer.
 * @csspart name - Each row's name button, which selects the customer.
 * @csspart delete-button - Each row's Delete button.
 * @csspart skeleton - The placeholder shown while the first page loads.
 * @csspart empty - The message shown when there is no customer, or none matches.
 * @csspart clear-button - The "Clear search" button shown when nothing matches.
 * @csspart alert - An error: loading failed (with `retry`), deleting failed, or no backend is configured.
 * @csspart retry - The "Try again" button of a failed load.
 * @csspart pager - The previous and next page buttons with the page number.
 * @csspart previous - The "Previous page" button.
 * @csspart next - The "Next page" button.
 * @csspart dialog - The "New customer" and delete confirmation dialogs.
 * @csspart confirm - The delete confirmation's "Delete customer" button.
 * @csspart detail - The region around the `detail` slot.
 * @cssprop --payrex-color-primary - The "New customer" button and the selected row's mark.
 * @cssprop --payrex-color-danger - Delete buttons, the delete confirmation and errors.
 * @cssprop --payrex-color-surface - Header row, hovered row and loading placeholders.
 * @cssprop --payrex-focus-ring - Colour of the focus outline (default: the primary colour); keep it at 3:1 or more against the background.
 */
export class PayrexCustomerDirectory extends PayrexDataElement {
  static override properties: PropertyDeclarations = {
    customerId: { type: String, attribute: "customer-id", reflect: true },
    search: { type: String },
    searchBy: { type: String, attribute: "search-by" },
    metadataKey: { type: String, attribute: "metadata-key" },
    pageSize: { type: Number, attribute: "page-size" },
    searchDelay: { type: Number, attribute: "search-delay" },
    hideCreate: { type: Boolean, attribute: "hide-create" },
    hideDelete: { type: Boolean, attribute: "hide-delete" },
  };

  /** The selected customer (set when a row is chosen); the `detail` slot is shown while set. */
  declare customerId: string | undefined;
  /** The search text (set as typing pauses). Setting it searches at once, from the first page. */
  declare search: string;
  /** What the search text searches: `text` (names, or emails when it is a whole address; default) or `metadata`. */
  declare searchBy: "text" | "metadata";
  /** The metadata key searched with `search-by="metadata"`, e.g. `crm_id` for your own customer ids. */
  declare metadataKey: string;
  /** Rows per page, 1 to 100 (default 20). */
  declare pageSize: number;
  /** Milliseconds typing must pause before it searches (default 300). */
  declare searchDelay: number;
  /** Hides the "New customer" button. */
  declare hideCreate: boolean;
  /** Hides the rows' Delete buttons. */
  declare hideDelete: boolean;

  private readonly _directory = new LazyController(
    this,
    load,
    (m) => new m.DirectoryController(this),
    (m) => m.styles,
  );

  constructor() {
    super();
    this.search = "";
    this.searchBy = "text";
    this.metadataKey = "";
    this.pageSize = 20;
    this.searchDelay = 300;
    this.hideCreate = false;
    this.hideDelete = false;
  }

  /**
   * Loads the page shown again. Waits for the element's behaviour to load; rejects only when that
   * fails (a PayrexError with code `load_failed`).
   */
  async reload(): Promise<void> {
    const directory = this._directory.value ?? (await this._directory.ready);
    return directory.reload();
  }

  /** Shows the next page, if there is one; resolves once it is shown. Waits for the element's behaviour to load. */
  async nextPage(): Promise<void> {
    const directory = this._directory.value ?? (await this._directory.ready);
    return directory.goTo("next");
  }

  /** Shows the previous page, if there is one; resolves once it is shown. Waits for the element's behaviour to load. */
  async previousPage(): Promise<void> {
    const directory = this._directory.value ?? (await this._directory.ready);
    return directory.goTo("previous");
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._directory.value?.willUpdate();
  }

  protected override render() {
    return this._directory.render((directory) => directory.render());
  }
}
