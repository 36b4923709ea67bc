import type { PropertyValues, ReactiveController } from "lit";
import { TaskStatus } from "@lit/task";
import { ResourceController } from "../../core/resource.js";
import { LazyController } from "../../core/lazy.js";
import { emit } from "../../core/events.js";
import { PayrexError } from "../../api/errors.js";
import { containsSecretKey, refuseSecretKey } from "../../api/secret-key.js";
import type { BillingStatement } from "../../api/schemas.js";
import type { PaymentFormController, PaymentFormState } from "./payment-form.controller.js";
import { safePaymentUrl } from "./payment-url.js";
import { MerchantTimeZone } from "../../core/time-zone.js";
import { t, type CheckoutMessage } from "./statement-checkout.messages.js";
import { styles as checkoutStyles } from "./statement-checkout.styles.js";
import { skeletonStyles } from "./statement-checkout.skeleton.js";
import { renderCheckout } from "./statement-checkout.templates.js";
import type { CheckoutResult, PayrexStatementCheckout } from "./statement-checkout.js";

/** The styles of the checkout's templates, adopted when this module loads. */
export const styles = [checkoutStyles, skeletonStyles];

/** Why the embedded payment form cannot be offered. */
export type EmbedIssue = "secretKey" | "noKey" | "noIntent";

const PUBLIC_KEY = /^pk_(live|test)_\w+$/;
const RETURN_PARAM = "payment_intent_client_secret";
// Only pages that pay in place load the embedded form's code (next to PayRex.js, which they load anyway).
const loadForm = () => import("./payment-form.controller.js");
type FormModule = Awaited<ReturnType<typeof loadForm>>;
const isConfigError = (e: PayrexError | undefined) => e?.code === "no_adapter" || e?.code === "secret_key";

/**
 * The statement checkout's behaviour, loaded on first use and constructed with the element as host:
 * the statement (`ResourceController`), paying by redirect or with PayRex's embedded form
 * (`PaymentFormController`, loaded in `pay-mode="embedded"` only), and the result after a payment. Templates are in
 * `statement-checkout.templates.ts`, due-date rules in `due-date.ts`.
 */
export class StatementCheckoutController implements ReactiveController {
  readonly resource: ResourceController<readonly [string | undefined, BillingStatement | undefined, number], BillingStatement>;
  result?: CheckoutResult;
  checking = false;
  paying = false;
  /**
   * A failure of the pay action, as a message key of the checkout's catalog. PayRex's own words
   * (English) go to `payrex-error` only.
   */
  payError?: CheckoutMessage;
  /** Why the embedded form cannot be offered, for the statement on screen. */
  issue?: EmbedIssue;
  /** The time zone dates are shown in: the element's `time-zone`, or Asia/Manila when it is unknown. */
  get timeZone(): string {
    return this._zone.zone;
  }

  /** Bumped by `reload()`, so that the load runs again. */
  private _reloads = 0;
  /** The `billingStatement` that `reload()` replaced by the backend's version. */
  private _refreshed?: BillingStatement;
  private _reportedIssue?: string;
  private _returnChecked = false;
  private _form?: LazyController<PaymentFormController, FormModule>;
  private readonly _zone: MerchantTimeZone;

  constructor(readonly host: PayrexStatementCheckout) {
    this._zone = new MerchantTimeZone(host);
    this.resource = new ResourceController(host, {
      args: () => [host.billingStatementId, host.billingStatement, this._reloads] as const,
      fetch: (adapter, [id, given], signal) => {
        if (given && given !== this._refreshed) return given;
        const which = id || given?.id;
        return which ? adapter.getBillingStatement(which, { signal }) : undefined;
      },
    });
    // Added after the resource, so `hostUpdate` runs once the load has seen this update's arguments
    // and a statement being replaced is not mistaken for the current one.
    host.addController(this);
  }

  get locale(): string {
    return this.host.resolvedLocale;
  }

  /** Translates a key of the checkout's catalog. */
  tr(key: CheckoutMessage, params?: Record<string, string | number>): string {
    return t(this.locale, key, params);
  }

  /**
   * The `billingStatement` property is shown as is until `reload()` asks the backend (and also then
   * when there is no backend to ask).
   */
  get given(): boolean {
    const given = this.host.billingStatement;
    return !!given && (given !== this._refreshed || isConfigError(this.resource.error));
  }

  /** The statement on screen (the last one loaded, also while a reload runs). */
  get statement(): BillingStatement | undefined {
    return this.given ? this.host.billingStatement : this.resource.value;
  }

  /** Whether the statement on screen can be paid right now. */
  payable(s: BillingStatement | undefined = this.statement): s is BillingStatement {
    return s?.status === "open" && !this.checking && this.result !== "paid" && this.result !== "processing";
  }

  /** PayRex's embedded form, once its code has loaded. */
  get form(): PaymentFormController | undefined {
    return this._form?.value;
  }

  /** The embedded form's state, `loading` also while its code loads. */
  get formState(): PaymentFormState {
    return this._form?.error ? "error" : this.form ? this.form.state : "loading";
  }

  /** Why the embedded form is not there, while `formState` is `error`. */
  get formError(): PayrexError | undefined {
    return this._form?.error ?? this.form?.error;
  }

  /** Tries the embedded form again after a failure (its code, or PayRex.js). */
  readonly retryForm = (): void => {
    if (this._form?.error) this._form.retry();
    else this.form?.retry();
  };

  /** Whether payment happens in this page (PayRex's embedded form). */
  get embedded(): boolean {
    return this.host.payMode === "embedded";
  }

  async reload(): Promise<void> {
    this._refreshed = this.host.billingStatement;
    this._reloads++;
    await this.resource.reload();
  }

  /** Called from the element's `willUpdate`. */
  willUpdate(changed: PropertyValues): void {
    if (changed.has("billingStatementId") && changed.get("billingStatementId") !== undefined) {
      this.result = undefined;
      this.payError = undefined;
    }
  }

  hostUpdate(): void {
    this._zone.update(this.host.timeZone);
    // The form's code downloads while the statement loads.
    if (this.embedded) this._loadForm();
    const s = this.statement;
    // The key is checked in both modes: a secret key in a page must be noticed even when unused.
    const key = this.host.publicKey;
    this.issue = containsSecretKey(key)
      ? "secretKey"
      : !this.embedded || !this.payable(s)
        ? undefined
        : !PUBLIC_KEY.test(key ?? "")
          ? "noKey"
          : !s.payment_intent?.client_secret
            ? "noIntent"
            : undefined;
    this._reportIssue(s);

    if (this.resource.task.status === TaskStatus.PENDING && !this.given) {
      // Keep what is mounted until the new statement is known.
    } else if (this.embedded && this.payable(s) && !this.issue) {
      this.form?.show(s.payment_intent!.client_secret!, { name: s.customer?.name ?? undefined, email: s.customer?.email ?? undefined });
    } else if (this.form?.mounted) {
      this.form.hide();
      this.payError = undefined;
    }
  }

  hostUpdated(): void {
    if (this._returnChecked) return;
    this._returnChecked = true;
    // Back from PayRex's redirect: the URL says which payment to look at.
    const search = this.host.returnSearch ?? (typeof location === "undefined" ? "" : location.search);
    const secret = new URLSearchParams(search).get(RETURN_PARAM);
    if (secret) void this._settle(secret, false);
  }

  render(): unknown {
    return renderCheckout(this);
  }

  readonly pay = async (): Promise<void> => {
    const s = this.statement;
    if (!this.payable(s) || this.paying) return;
    if (this.payError) {
      this.payError = undefined;
      this.host.requestUpdate();
    }
    if (this.embedded) return this._payEmbedded(s);
    const url = safePaymentUrl(s.billing_statement_url ?? s.url);
    if (!url) {
      this.payError = "badUrl";
      this.host.requestUpdate();
      emit(this.host, "payrex-error", {
        error: new PayrexError("validation", "The billing statement's payment URL is missing or not https (http only on a loopback host): it was not followed."),
      });
      return;
    }
    if (emit(this.host, "payrex-checkout-start", { billingStatement: s }, true)) this.host.navigate(url, this.host.target);
  };

  private async _payEmbedded(s: BillingStatement): Promise<void> {
    const form = this.form;
    if (form?.state !== "ready" || !emit(this.host, "payrex-checkout-start", { billingStatement: s }, true)) return;
    this.paying = true;
    this.host.requestUpdate();
    try {
      await form.pay(this._returnUrl());
      // PayRex normally leaves for return_url; when it does not, the statement tells what happened.
      await this._settle(s.payment_intent!.client_secret!, true);
    } catch (error) {
      this.payError = "payFailed";
      emit(this.host, "payrex-error", { error: PayrexError.from(error) });
    } finally {
      this.paying = false;
      this.host.requestUpdate();
    }
  }

  private _loadForm(): LazyController<PaymentFormController, FormModule> {
    return (this._form ??= new LazyController(this.host, loadForm, (m) => new m.PaymentFormController(this.host)));
  }

  private _returnUrl(): string {
    if (this.host.returnUrl) return this.host.returnUrl;
    const url = new URL(location.href);
    url.searchParams.delete(RETURN_PARAM);
    return url.href;
  }

  /** Reports (once per key and statement) why the embedded form cannot be offered. */
  private _reportIssue(s: BillingStatement | undefined): void {
    const key = this.host.publicKey;
    const report = this.issue && `${this.issue}|${key}|${s?.id}`;
    if (report && report !== this._reportedIssue) {
      let error: PayrexError;
      try {
        refuseSecretKey(key, "<payrex-statement-checkout public-key>");
        error = new PayrexError(
          "validation",
          this.issue === "noKey"
            ? 'pay-mode="embedded" needs a public-key (pk_live_… or pk_test_…).'
            : "The statement has no payment_intent.client_secret to pay it embedded.",
        );
      } catch (refused) {
        error = PayrexError.from(refused);
      }
      emit(this.host, "payrex-error", { error });
    }
    this._reportedIssue = report;
  }

  /**
   * Works out how a payment ended, from a fresh statement (and PayRex.js when the statement does not
   * say). `judge` false: only a success is reported, never a failure (the page may be leaving).
   */
  private async _settle(clientSecret: string, fresh: boolean, judge = !fresh): Promise<void> {
    await null; // may start from an update; its state belongs to the next one
    // After a payment in this page the pay button shows the progress and the form stays mounted.
    if (!fresh) {
      this.checking = true;
      this.host.requestUpdate();
    }
    try {
      if (fresh) await this.reload();
      else {
        await this.host.updateComplete;
        await this.resource.task.taskComplete.catch(() => undefined);
      }
      const s = this.statement;
      const intent = s?.payment_intent;
      const other = intent?.client_secret && intent.client_secret !== clientSecret && !clientSecret.startsWith(`${intent.id}_secret`);
      if (!s || other) return;
      let status = intent?.status;
      if (s.status !== "paid" && !status && PUBLIC_KEY.test(this.host.publicKey ?? "")) {
        // Without PayRex.js the statement's own status is all there is.
        const form = await this._loadForm().ready.catch(() => undefined);
        status = await form?.intentStatus(clientSecret);
      }
      const result: CheckoutResult =
        s.status === "paid" || status === "succeeded"
          ? "paid"
          : status === "processing" || status === "awaiting_capture"
            ? "processing"
            : "failed";
      if (judge || result !== "failed") this.result = result;
    } finally {
      this.checking = false;
      this.host.requestUpdate();
    }
  }
}
