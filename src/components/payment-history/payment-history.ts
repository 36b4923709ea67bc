import type { PropertyDeclarations, PropertyValues } from "lit";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { LazyController } from "../../core/lazy.js";
import type { HistorySort, HistoryView } from "./history-rows.js";

// One download per page, started by the first history made.
const load = () => import("./payment-history.controller.js");

/** The two lists the element can show. */
export type PaymentHistoryView = HistoryView;
/** Client-side order of the loaded rows. */
export type PaymentHistorySort = HistorySort;

/**
 * A customer's payments and billing statements, loaded page by page from the backend, with status,
 * method and refunds. It has no scroll box of its own unless asked: the page scrolls, and a long
 * history is virtualised against the page's scroll (only the rows in view are in the DOM).
 *
 * Rows are a table for assistive technology (ARIA table semantics; `aria-rowindex` on each row and
 * `aria-rowcount` on the table, so the size is known while only the visible rows are in the DOM:
 * the rows shown plus the header once every page is loaded, `-1` while more pages exist). Each row
 * ends in a button (a chevron; its name says what it opens, e.g. "View payment ₱1,500.00, …") that
 * holds the row's focus: one Tab stop for the list, arrow keys, Home, End, Page Up and Page Down
 * move between rows, Enter or Space opens one, and so does a click anywhere on it.
 *
 * Layout follows the element's own width (container queries): a table where the columns fit,
 * labelled cards below about 42em (50em when the Refunded or Statement column is shown; those two
 * appear only when a loaded payment has a refund or a statement). Text from the backend breaks
 * anywhere and is clamped, so it never widens the element. Printing shows every loaded row.
 *
 * The element's behaviour loads on first use; `reload()` and `loadMore()` called before it has
 * loaded wait for it.
 *
 * @summary A customer's payments and billing statements, paged, with status.
 * @event payrex-payment-select - A payment row was opened (click, Enter or Space); `detail.payment` is the parsed Payment as the backend sent it (id, amount, currency, status, payment_method, created_at…).
 * @event payrex-statement-select - A billing statement row was opened; `detail.billingStatement` is the parsed BillingStatement.
 * @event payrex-error - Loading failed, or no backend is configured; `detail.error` is a `PayrexError`.
 * @csspart tabs - The tab list that switches between payments and billing statements.
 * @csspart tab - Each tab.
 * @csspart panel - The tab panel holding the current list.
 * @csspart controls - The status filter and sort controls (with `filterable`).
 * @csspart filter - The status filter `<select>`.
 * @csspart sort - The date sort `<select>`.
 * @csspart frame - The bordered box around the table; it scrolls only when `--payrex-history-max-height` is set.
 * @csspart table - The table.
 * @csspart header-row - The row of column headers.
 * @csspart body - The group of data rows.
 * @csspart row - Each data row.
 * @csspart open - Each row's button, a chevron at the row's end that opens the row.
 * @csspart status - Each status badge; also `status-success`, `status-warning`, `status-danger`, `status-info` by tone.
 * @csspart skeleton - The placeholder table shown while the first page loads: the column names over a page of grey bars.
 * @csspart empty - The message shown when there is nothing to list.
 * @csspart alert - An error message: the first page failed (with `retry`), a next page failed, or no backend is configured.
 * @csspart retry - The "Try again" button of a failed first page.
 * @csspart more-button - The "Load more" button (also retries a failed next page).
 * @cssprop --payrex-history-max-height - Unset (default), the page scrolls and the element is as tall as its rows; set, the table scrolls in a box this tall, its header row kept in view.
 * @cssprop --payrex-color-success - Colour of paid statuses.
 * @cssprop --payrex-color-warning - Colour of pending statuses.
 * @cssprop --payrex-color-danger - Colour of failed, overdue and uncollectible statuses and of errors.
 * @cssprop --payrex-focus-ring - Colour of the focus outline (default: the primary colour); keep it at 3:1 or more against the background.
 */
export class PayrexPaymentHistory extends PayrexDataElement {
  static override properties: PropertyDeclarations = {
    customerId: { type: String, attribute: "customer-id" },
    view: { type: String, reflect: true },
    views: { type: String },
    pageSize: { type: Number, attribute: "page-size" },
    filterable: { type: Boolean },
    statusFilter: { type: String, attribute: "status-filter" },
    sort: { type: String },
    timeZone: { type: String, attribute: "time-zone" },
  };

  /** Which customer's history to show. Changing it aborts what is loading and starts over. */
  declare customerId: string | undefined;
  /** The list shown: `payments` (default) or `billing-statements`. */
  declare view: PaymentHistoryView;
  /** Which lists are offered as tabs, space- or comma-separated; both unless set. */
  declare views: string | undefined;
  /** Rows fetched per page, 1 to 100 (default 20). */
  declare pageSize: number;
  /** Shows a status filter and a date sort above the table. */
  declare filterable: boolean;
  /** Shows only rows with this status (`overdue` included for statements); empty shows all. */
  declare statusFilter: string;
  /** Order of the loaded rows by date (payment time or statement due date): `newest` (default) or `oldest`. */
  declare sort: PaymentHistorySort;
  /**
   * The merchant's time zone (IANA name, default `Asia/Manila`): statements' due dates are the
   * calendar dates there, as the checkout shows them. An unknown zone is reported as `payrex-error`.
   */
  declare timeZone: string;

  private readonly _history = new LazyController(
    this,
    load,
    (m) => new m.HistoryController(this),
    (m) => m.styles,
  );

  constructor() {
    super();
    this.view = "payments";
    this.pageSize = 20;
    this.filterable = false;
    this.statusFilter = "";
    this.sort = "newest";
    this.timeZone = "Asia/Manila";
  }

  /**
   * Loads the history again from the first page (every list shown so far). Waits for the element's
   * behaviour to load; rejects only when that fails (a PayrexError with code `load_failed`).
   */
  async reload(): Promise<void> {
    const history = this._history.value ?? (await this._history.ready);
    return history.reload();
  }

  /** Appends the next page of the list shown, if there is one. Waits for the element's behaviour to load. */
  async loadMore(): Promise<void> {
    const history = this._history.value ?? (await this._history.ready);
    return history.loadMore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._history.value?.willUpdate();
  }

  protected override render() {
    return this._history.render((history) => history.render());
  }
}
