import type { PropertyDeclarations, PropertyValues } from "lit";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { LazyController } from "../../core/lazy.js";
import type { BillingStatement } from "../../api/schemas.js";
import { loadPayrexJs, type PayrexJsLoader } from "./payrex-js.js";

export type { PayrexElements, PayrexJs, PayrexJsLoader, PayrexPaymentElement } from "./payrex-js.js";
export { loadPayrexJs, PAYREX_JS_URL } from "./payrex-js.js";

/** What happened to a payment the customer just made. */
export type CheckoutResult = "paid" | "processing" | "failed";

// One download per page, started by the first checkout made.
const load = () => import("./statement-checkout.controller.js");

const defaultNavigate = (url: string, target?: string) => {
  if (target && target !== "_self") window.open(url, target, "noopener");
  else location.assign(url);
};

/**
 * One billing statement, rendered in the merchant's page, and the way to pay it: a redirect to
 * PayRex's payment page (default) or PayRex's payment element embedded right here.
 *
 * Embedded mode loads PayRex.js from PayRex's host; the element's standard `nonce` attribute is passed
 * to that script for pages with a nonce-based Content-Security-Policy (or set `loader` to load it yourself).
 *
 * The checkout's behaviour loads on first use. Until it has, `reload()` waits for it and `statement`
 * is the `billingStatement` property (nothing has been loaded yet).
 *
 * @summary Shows a billing statement (merchant, number, status, due date, line items, total) and lets the customer pay it.
 * @event payrex-checkout-start - The customer pressed pay; cancelable: `preventDefault()` stops the redirect / payment.
 * @event payrex-error - Loading failed, the payment link is unsafe, the key is wrong, or PayRex reported an error.
 * @slot payment-element - Managed by the element in `pay-mode="embedded"`: it mounts PayRex's payment iframe in a light-DOM child here.
 * @csspart base - The statement card.
 * @csspart header - Merchant, title and status badge.
 * @csspart badge - The status badge (text and colour).
 * @csspart summary - The amount up front (due, paid or total), the due text, and the pay area; beside the statement when wide.
 * @csspart amount - The amount up front: due while open, paid once paid, otherwise the total.
 * @csspart due - The relative due text ("Due in 3 days", "Overdue by 2 days").
 * @csspart details - Customer, dates and statement descriptor.
 * @csspart line-items - The line items table, with the subtotal, any adjustment and the total.
 * @csspart payment-methods - The accepted payment methods (while the statement can be paid).
 * @csspart notice - The status explanation or payment result.
 * @csspart alert - An error message: a load failure, a configuration error, or a problem of the pay area.
 * @csspart actions - The pay area.
 * @csspart pay-button - The pay button.
 * @csspart retry - The "Try again" button of a load failure (of the statement or of the payment form).
 * @csspart loading - The loading state.
 * @cssprop --payrex-checkout-max-width - Maximum width of the statement (default 64rem); from 48rem the summary sits beside the details.
 * @cssprop --payrex-color-primary - Pay button and "unpaid" badge colour.
 * @cssprop --payrex-color-danger - Overdue and error colour.
 * @cssprop --payrex-color-success - Paid colour.
 * @cssprop --payrex-focus-ring - Colour of the focus outline (default: the primary colour); keep it at 3:1 or more against the background.
 */
export class PayrexStatementCheckout extends PayrexDataElement {
  static override properties: PropertyDeclarations = {
    billingStatementId: { type: String, attribute: "billing-statement-id" },
    billingStatement: { attribute: false },
    payMode: { type: String, attribute: "pay-mode" },
    target: { type: String },
    publicKey: { type: String, attribute: "public-key" },
    returnUrl: { type: String, attribute: "return-url" },
    now: { attribute: false },
    loader: { attribute: false },
    navigate: { attribute: false },
    returnSearch: { attribute: false },
    headingLevel: { type: Number, attribute: "heading-level" },
    timeZone: { type: String, attribute: "time-zone" },
  };

  /** Which billing statement to load (`bstm_…`). */
  declare billingStatementId: string | undefined;
  /** The statement itself, when the page already has it: shown as is, without loading. */
  declare billingStatement: BillingStatement | undefined;
  /** `redirect` (default): pay on PayRex's payment page. `embedded`: PayRex's payment element in this page. */
  declare payMode: "redirect" | "embedded";
  /** `_blank` opens PayRex's payment page in a new tab (with `noopener`). */
  declare target: string | undefined;
  /** PayRex public key (`pk_live_…` / `pk_test_…`) for `pay-mode="embedded"`. Secret keys are refused. */
  declare publicKey: string | undefined;
  /** Where PayRex sends the customer back after an embedded payment; defaults to the current page. */
  declare returnUrl: string | undefined;
  /** The clock, in milliseconds (like `Date.now`); decides "due in N days" and "overdue". */
  declare now: () => number;
  /** Loads PayRex.js; replace it for tests or to load the script your own way (e.g. with a CSP nonce). */
  declare loader: PayrexJsLoader;
  /** Opens the payment page; replace it to route through your app (default `location.assign`, or `window.open` with `target`). */
  declare navigate: (url: string, target?: string) => void;
  /** The query string PayRex returned with (`?payment_intent_client_secret=…`); defaults to `location.search`. */
  declare returnSearch: string | undefined;
  /**
   * The merchant's time zone (IANA name, default `Asia/Manila`): due and issue dates, and "due in N
   * days", are as the merchant's calendar reads, so a customer abroad sees the same due date. An
   * unknown zone is reported as `payrex-error` and `Asia/Manila` is used.
   */
  declare timeZone: string;
  /** Level of the statement's heading (`h1`–`h6`), to fit the page's outline; default 2 (other values count as 2). */
  declare headingLevel: number;

  private readonly _checkout = new LazyController(
    this,
    load,
    (m) => new m.StatementCheckoutController(this),
    (m) => m.styles,
  );

  constructor() {
    super();
    this.payMode = "redirect";
    this.now = Date.now;
    this.loader = loadPayrexJs;
    this.navigate = defaultNavigate;
    this.headingLevel = 2;
    this.timeZone = "Asia/Manila";
  }

  /**
   * The statement on screen: the last one loaded (also while a reload runs), or the `billingStatement`
   * property while it is shown as is. Before the behaviour has loaded, the `billingStatement` property.
   */
  get statement(): BillingStatement | undefined {
    const checkout = this._checkout.value;
    return checkout ? checkout.statement : this.billingStatement;
  }

  /**
   * Loads the statement again, e.g. after a webhook told your page it was paid (a statement given
   * as `billingStatement` is then asked from the backend). Resolves once it is loaded (or failed) and
   * rendered; waits for the checkout's behaviour to load first. Rejects only when that could not be
   * downloaded (a PayrexError with code `load_failed`); a failed load is shown and reported as
   * `payrex-error`.
   */
  reload(): Promise<void> {
    const checkout = this._checkout.value;
    return checkout ? checkout.reload() : this._checkout.ready.then((loaded) => loaded.reload());
  }

  // A statement passed as a property needs no backend: a missing one is not reported (a broken one is).
  protected override get needsAdapter(): boolean {
    return !this.billingStatement || !!(this.adapter || this._config?.adapter || this.baseUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._checkout.value?.willUpdate(changed);
  }

  protected override render() {
    return this._checkout.render((checkout) => checkout.render());
  }
}
