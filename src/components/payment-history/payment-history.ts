import type { PropertyDeclarations } from "lit";
import { PayrexDataElement, type Implementation } from "../../core/payrex-element.js";

/** The two lists the element can show. */
export type PaymentHistoryView = "payments" | "billing-statements";
/** Client-side order of the loaded rows. */
export type PaymentHistorySort = "newest" | "oldest";

/**
 * A customer's payments and billing statements, loaded page by page from the backend, with status,
 * method and refunds; long histories scroll virtually.
 *
 * Rows are a table for assistive technology (ARIA table semantics, `aria-rowcount` / `aria-rowindex`
 * so the full size is known while only the visible rows are in the DOM). Arrow keys, Home, End,
 * Page Up and Page Down move between rows; Enter or Space activates one.
 *
 * @summary A customer's payments and billing statements, paged, with status.
 * @event payrex-payment-select - A payment row was activated (click, Enter or Space); `detail.payment`.
 * @event payrex-statement-select - A billing statement row was activated; `detail.billingStatement`.
 * @event payrex-error - Loading failed, or no backend is configured; `detail.error` is a `PayrexError`.
 * @csspart tabs - The tab list that switches between payments and billing statements.
 * @csspart tab - Each tab.
 * @csspart panel - The tab panel holding the current list.
 * @csspart controls - The status filter and sort controls (with `filterable`).
 * @csspart filter - The status filter `<select>`.
 * @csspart sort - The date sort `<select>`.
 * @csspart frame - The bordered box around the table (scrolls sideways when columns do not fit).
 * @csspart table - The table.
 * @csspart header-row - The row of column headers.
 * @csspart body - The group of data rows; it scrolls once taller than `--payrex-history-max-height`.
 * @csspart row - Each data row.
 * @csspart status - Each status badge; also `status-success`, `status-warning`, `status-danger`, `status-info` by tone.
 * @csspart skeleton - The placeholder shown while the first page loads.
 * @csspart empty - The message shown when there is nothing to list.
 * @csspart alert - An error message.
 * @csspart retry-button - The retry button of a failed first page.
 * @csspart more-button - The "Load more" button (also retries a failed next page).
 * @cssprop --payrex-history-max-height - Height after which the rows scroll inside the element (default 30rem).
 * @cssprop --payrex-color-success - Colour of paid statuses.
 * @cssprop --payrex-color-warning - Colour of pending statuses.
 * @cssprop --payrex-color-danger - Colour of failed, overdue and uncollectible statuses and of errors.
 */
export class PayrexPaymentHistory extends PayrexDataElement {
  static override implementation = (): Promise<Implementation> =>
    import("./payment-history.impl.js").then((m) => ({ prototype: m.PaymentHistoryImpl.prototype, styles: m.styles }));

  static override properties: PropertyDeclarations = {
    customerId: { type: String, attribute: "customer-id" },
    view: { type: String, reflect: true },
    views: { type: String },
    pageSize: { type: Number, attribute: "page-size" },
    filterable: { type: Boolean },
    statusFilter: { type: String, attribute: "status-filter" },
    sort: { type: String },
    _active: { state: true },
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

  constructor() {
    super();
    this.view = "payments";
    this.pageSize = 20;
    this.filterable = false;
    this.statusFilter = "";
    this.sort = "newest";
  }

  // The methods below are replaced by the implementation when it loads (on first connection).

  /** Loads the history again from the first page. */
  reload(): Promise<void> {
    return this.implementationLoaded().then(() => this.reload());
  }

  /** Appends the next page of the current list, if there is one. */
  loadMore(): Promise<void> {
    return this.implementationLoaded().then(() => this.loadMore());
  }
}
