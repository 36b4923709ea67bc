import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { Task, TaskStatus, initialState } from "@lit/task";
import { PayrexDataElement } from "../../core/payrex-element.js";
import { emit } from "../../core/events.js";
import { formatDate, formatMoney, isoDate } from "../../core/format.js";
import { PayrexError, isAbort } from "../../api/errors.js";
import { containsSecretKey, refuseSecretKey } from "../../api/secret-key.js";
import type { PayrexAdapter } from "../../api/adapter.js";
import type { BillingStatement } from "../../api/schemas.js";
import { styles as checkoutStyles } from "./statement-checkout.styles.js";
import { methodNames, t } from "./statement-checkout.messages.js";
import type { PayrexElements, PayrexJs, PayrexJsLoader, PayrexPaymentElement } from "./payrex-js.js";
import type { CheckoutResult, PayrexStatementCheckout } from "./statement-checkout.js";
import { safePaymentUrl } from "./payment-url.js";

export const styles = [checkoutStyles];

type EmbedIssue = "secretKey" | "noKey" | "noIntent";
type Tone = "info" | "danger" | "success" | "warning" | "neutral";

const DAY = 864e5;
const PUBLIC_KEY = /^pk_(live|test)_\w+$/;
const RETURN_PARAM = "payment_intent_client_secret";
const TONES: Record<string, Tone> = { open: "info", paid: "success", uncollectible: "warning" };
const midnight = (ms: number) => new Date(ms).setHours(0, 0, 0, 0);

/**
 * The statement checkout's behaviour, templates and styles, loaded on first use (see
 * `PayrexStatementCheckout` for the public surface). Extends the element's base class so `super`
 * calls reach the base.
 */
// The element's public properties, declared (and documented) once on the element class.
export interface StatementCheckoutImpl extends Omit<PayrexStatementCheckout, keyof PayrexDataElement> {}
export class StatementCheckoutImpl extends PayrexDataElement {
  protected declare _result: CheckoutResult | undefined;
  protected declare _checking: boolean;
  protected declare _paying: boolean;
  protected declare _embed: "loading" | "ready" | "error" | undefined;
  /** An error of the pay area, as a message key (translated when rendered) and PayRex's own words. */
  protected declare _payError: { key: string; message?: string } | undefined;

  private declare _reloads: number;
  private declare _givenAt: number;
  private declare _issue?: EmbedIssue;
  private declare _reportedIssue?: string;
  private declare _mountedFor?: string;
  /** Identifies the latest mount attempt, so an earlier one still loading PayRex.js gives up. */
  private declare _mountRun?: object;
  private declare _slotted?: HTMLElement;
  private declare _payrex?: { key: string; loader: PayrexJsLoader; promise: Promise<PayrexJs> };
  private declare _elements?: PayrexElements;
  private declare _paymentElement?: PayrexPaymentElement;
  private declare _task: Task<
    readonly [string | undefined, PayrexAdapter | PayrexError, BillingStatement | undefined, number],
    BillingStatement
  >;

  protected override init(): void {
    this._checking = false;
    this._paying = false;
    this._reloads = 0;
    this._givenAt = 0;
    this._task = new Task(this, {
      task: async ([id, adapter, given, reloads], { signal }) => {
        const which = id || given?.id;
        const offline = adapter instanceof PayrexError;
        if (given && (reloads === this._givenAt || offline || !which)) return given;
        if (offline) throw adapter;
        if (!which) return initialState;
        try {
          return await adapter.getBillingStatement(which, { signal });
        } catch (error) {
          if (!isAbort(error) && !signal.aborted) this.emitError(error);
          throw error;
        }
      },
      args: () => [this.billingStatementId, this.resolvedAdapter, this.billingStatement, this._reloads] as const,
    });
    // PayRex's element lives in the light DOM and may hold listeners: let it go with the element,
    // and mount it again if the element comes back.
    this.addController({
      hostConnected: () => this.hasUpdated && this.requestUpdate(),
      hostDisconnected: () => this._mountedFor && this._unmount(),
    });
  }

  /** The statement on screen (the last one loaded, also while a reload runs). */
  get statement(): BillingStatement | undefined {
    // `_task` is missing until this instance's first update (another instance may have loaded the implementation).
    if (this._given || !this._task) return this.billingStatement;
    return this._task.status === TaskStatus.ERROR ? undefined : this._task.value;
  }

  /** The `billingStatement` property is shown as is (until `reload()` asks the backend). */
  private get _given(): boolean {
    return !!this.billingStatement && this._reloads === this._givenAt;
  }

  /** Loads the statement again, e.g. after a webhook told your page it was paid. */
  async reload(): Promise<void> {
    // An instance that has not updated yet starts first, as when the implementation was not loaded.
    if (!this._task) return this.implementationLoaded().then(() => this.reload());
    this._reloads++;
    this.requestUpdate();
    await this.updateComplete;
    await this._task.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  private get _embedded() {
    return this.payMode === "embedded";
  }

  /** The statement can be paid right now. */
  private _payable(s: BillingStatement | undefined): s is BillingStatement {
    return s?.status === "open" && !this._checking && this._result !== "paid" && this._result !== "processing";
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("billingStatement")) this._givenAt = this._reloads;
    if (changed.has("billingStatementId") && changed.get("billingStatementId") !== undefined) {
      this._result = undefined;
      this._payError = undefined;
    }
  }

  // Runs after the load task has seen this update's arguments (controllers update after willUpdate),
  // so a statement being replaced is not mistaken for the current one.
  protected override update(changed: PropertyValues): void {
    // The key is checked in both modes: a secret key in a page must be noticed even when unused.
    const s = this.statement;
    const key = this.publicKey;
    this._issue = containsSecretKey(key)
      ? "secretKey"
      : !this._embedded || !this._payable(s)
        ? undefined
        : !PUBLIC_KEY.test(key ?? "")
          ? "noKey"
          : !s.payment_intent?.client_secret
            ? "noIntent"
            : undefined;
    const report = this._issue && `${this._issue}|${key}|${s?.id}`;
    if (report && report !== this._reportedIssue) {
      try {
        refuseSecretKey(key, "<payrex-statement-checkout public-key>");
        throw new PayrexError(
          "validation",
          this._issue === "noKey"
            ? 'pay-mode="embedded" needs a public-key (pk_live_… or pk_test_…).'
            : "The statement has no payment_intent.client_secret to pay it embedded.",
        );
      } catch (error) {
        this.emitError(error);
      }
    }
    this._reportedIssue = report;

    if (this._task.status === TaskStatus.PENDING && !this._given) {
      // Keep what is mounted until the new statement is known.
    } else if (this._embedded && this._payable(s) && !this._issue) {
      const secret = s.payment_intent!.client_secret!;
      const mountKey = `${key}|${secret}`;
      if (this._mountedFor !== mountKey) void this._mount(mountKey, secret, s);
    } else if (this._mountedFor) {
      this._unmount();
    }
    super.update(changed);
  }

  protected override firstUpdated(): void {
    const search = this.returnSearch ?? (typeof location === "undefined" ? "" : location.search);
    const secret = new URLSearchParams(search).get(RETURN_PARAM);
    if (secret) void this._settle(secret, false);
  }

  // A statement passed as a property needs no backend: a missing one is not reported (a broken one is).
  protected override get needsAdapter(): boolean {
    return !this.billingStatement || !!(this.adapter || this._config?.adapter || this.baseUrl);
  }

  private _lib(): Promise<PayrexJs> {
    const key = this.publicKey!;
    if (this._payrex?.key !== key || this._payrex.loader !== this.loader) {
      const promise = this.loader(key, { nonce: this.nonce || undefined });
      this._payrex = { key, loader: this.loader, promise };
      promise.catch(() => this._payrex?.promise === promise && (this._payrex = undefined));
    }
    return this._payrex.promise;
  }

  private async _mount(key: string, clientSecret: string, s: BillingStatement) {
    this._unmount();
    this._mountedFor = key;
    // The key alone is not enough: A → B → A while PayRex.js loads would mount A twice.
    const run = (this._mountRun = {});
    await null; // state changes belong to the next update, not this one
    if (this._mountRun !== run) return;
    this._embed = "loading";
    try {
      const payrex = await this._lib();
      if (this._mountRun !== run) return;
      const billingDetails: Record<string, string> = {};
      if (s.customer?.name) billingDetails.name = s.customer.name;
      if (s.customer?.email) billingDetails.email = s.customer.email;
      const elements = payrex.elements({ clientSecret });
      const paymentElement = elements.create("payment", { layout: "accordion", defaultValues: { billingDetails } });
      // PayRex's iframe cannot work inside a shadow root: it lives in a light-DOM child, shown through the slot.
      const slotted = document.createElement("div");
      slotted.slot = "payment-element";
      this.append(slotted);
      paymentElement.mount(slotted);
      this._elements = elements;
      this._paymentElement = paymentElement;
      this._slotted = slotted;
      this._embed = "ready";
    } catch (error) {
      if (this._mountRun !== run) return;
      this._embed = "error";
      this._payError = { key: "formError" };
      this.emitError(error);
    }
  }

  private _unmount() {
    try {
      this._paymentElement?.destroy ? this._paymentElement.destroy() : this._paymentElement?.unmount?.();
    } catch {
      // A library that already tore its iframe down must not break ours.
    }
    this._slotted?.remove();
    this._mountedFor = this._mountRun = this._elements = this._paymentElement = this._slotted = this._payError = undefined;
    this._embed = undefined;
  }

  private _retryMount() {
    this._unmount();
    this.requestUpdate();
  }

  private _returnUrl(): string {
    if (this.returnUrl) return this.returnUrl;
    const url = new URL(location.href);
    url.searchParams.delete(RETURN_PARAM);
    return url.href;
  }

  private async _pay() {
    const s = this.statement;
    if (!this._payable(s) || this._paying) return;
    this._payError = undefined;
    if (this._embedded) {
      const elements = this._elements;
      if (!elements || this._embed !== "ready" || !emit(this, "payrex-checkout-start", { billingStatement: s }, true)) return;
      this._paying = true;
      try {
        const payrex = await this._lib();
        const outcome = (await payrex.attachPaymentMethod({ elements, options: { return_url: this._returnUrl() } })) as
          | { error?: unknown }
          | undefined;
        if (outcome?.error) throw outcome.error;
        // PayRex normally leaves for return_url; when it does not, the statement tells what happened.
        await this._settle(s.payment_intent!.client_secret!, true);
      } catch (error) {
        const e = PayrexError.from(error);
        this._payError = { key: "payFailed", message: e.message };
        this.emitError(e);
      } finally {
        this._paying = false;
      }
      return;
    }
    const url = safePaymentUrl(s.billing_statement_url ?? s.url);
    if (!url) {
      this._payError = { key: "badUrl" };
      this.emitError(new PayrexError("validation", "The billing statement's payment URL is missing or not https (http only on a loopback host): it was not followed."));
      return;
    }
    if (emit(this, "payrex-checkout-start", { billingStatement: s }, true)) this.navigate(url, this.target);
  }

  /**
   * Works out how a payment ended, from a fresh statement (and PayRex.js when the statement does not
   * say). `judge` false: only a success is reported, never a failure (the page may be leaving).
   */
  private async _settle(clientSecret: string, fresh: boolean, judge = !fresh) {
    await null; // may start from an update; its state belongs to the next one
    // After a payment in this page the pay button shows the progress and the form stays mounted.
    if (!fresh) this._checking = true;
    try {
      if (fresh) await this.reload();
      else {
        await this.updateComplete;
        await this._task.taskComplete.catch(() => undefined);
      }
      const s = this.statement;
      const intent = s?.payment_intent;
      if (!s || (intent?.client_secret && intent.client_secret !== clientSecret && !clientSecret.startsWith(`${intent.id}_secret`))) return;
      let status = intent?.status;
      if (s.status !== "paid" && !status && PUBLIC_KEY.test(this.publicKey ?? "")) {
        try {
          status = (await (await this._lib()).getPaymentIntent?.(clientSecret))?.status;
        } catch {
          // Without PayRex.js the statement's own status is all there is.
        }
      }
      const result: CheckoutResult =
        s.status === "paid" || status === "succeeded"
          ? "paid"
          : status === "processing" || status === "awaiting_capture"
            ? "processing"
            : "failed";
      if (judge || result !== "failed") this._result = result;
    } finally {
      this._checking = false;
    }
  }

  protected override render() {
    const adapter = this.resolvedAdapter;
    if (!this.billingStatement && adapter instanceof PayrexError) return this.renderConfigError(adapter);
    const task = this._task;
    if (this._given) return this._renderStatement(this.billingStatement!, false);
    if (task.status === TaskStatus.ERROR) {
      const notFound = task.error instanceof PayrexError && task.error.status === 404;
      return html`<div part="alert" class="state" role="alert">
        <span>${this.tr(t, notFound ? "notFound" : "loadError")}</span>
        ${notFound
          ? nothing
          : html`<button part="retry-button" type="button" @click=${() => this.reload()}>${this.retryLabel}</button>`}
      </div>`;
    }
    const s = task.value;
    if (!s) {
      return task.status === TaskStatus.PENDING
        ? html`<div part="loading" class="state" role="status">
            <span class="spinner" aria-hidden="true"></span><span>${this.tr(t, "loading")}</span>
          </div>`
        : nothing;
    }
    return this._renderStatement(s, task.status === TaskStatus.PENDING);
  }

  private _renderStatement(s: BillingStatement, busy: boolean) {
    const locale = this.resolvedLocale;
    const money = (minor: number) => formatMoney(minor, s.currency, locale);
    const count = new Intl.NumberFormat(locale);
    const date = (seconds: number) => html`<time datetime=${isoDate(seconds)}>${formatDate(seconds, locale)}</time>`;
    const open = s.status === "open";
    const now = this.now();
    const dueMs = s.due_at == null ? undefined : s.due_at * 1000;
    const overdue = open && dueMs !== undefined && dueMs < now;
    const days = dueMs === undefined ? 0 : Math.round((midnight(dueMs) - midnight(now)) / DAY);
    const known = ["draft", "open", "paid", "void", "uncollectible"].includes(s.status);
    const tone: Tone = overdue ? "danger" : TONES[s.status] ?? "neutral";
    const items = s.line_items ?? [];
    const methods = s.payment_settings?.payment_methods ?? [];
    const customer = s.customer;

    return html`<article part="base" class="card" aria-labelledby="title" aria-busy=${busy ? "true" : "false"}>
      <header part="header">
        <div>
          ${s.billing_statement_merchant_name
            ? html`<p class="muted">${s.billing_statement_merchant_name}</p>`
            : nothing}
          <h2 id="title">
            ${s.billing_statement_number
              ? this.tr(t, "title", { number: s.billing_statement_number })
              : this.tr(t, "titleNoNumber")}
          </h2>
        </div>
        <span part="badge" class="badge ${tone}">
          ${known ? this.tr(t, overdue ? "status_overdue" : `status_${s.status}`) : s.status}
        </span>
      </header>
      <div class="summary">
        <p part="amount" class="amount">${money(s.amount)}</p>
        ${open && dueMs !== undefined
          ? html`<p part="due" class="due ${overdue ? "danger" : ""}">
              ${overdue
                ? // Past its due time but still on its due date: saying "overdue by 1 day" would be wrong.
                  days >= 0
                  ? this.tr(t, "overdueToday")
                  : this.tr(t, "overdueBy", { n: -days })
                : days <= 0
                  ? this.tr(t, "dueToday")
                  : this.tr(t, "dueIn", { n: days })}
            </p>`
          : nothing}
        ${s.description ? html`<p>${s.description}</p>` : nothing}
      </div>
      <dl part="details">
        ${customer?.name || customer?.email
          ? html`<div>
              <dt>${this.tr(t, "billedTo")}</dt>
              ${customer.name ? html`<dd>${customer.name}</dd>` : nothing}
              ${customer.email ? html`<dd>${customer.email}</dd>` : nothing}
            </div>`
          : nothing}
        ${s.finalized_at != null ? html`<div><dt>${this.tr(t, "issued")}</dt><dd>${date(s.finalized_at)}</dd></div>` : nothing}
        ${s.due_at != null ? html`<div><dt>${this.tr(t, "due")}</dt><dd>${date(s.due_at)}</dd></div>` : nothing}
        ${s.statement_descriptor
          ? html`<div><dt>${this.tr(t, "descriptor")}</dt><dd>${s.statement_descriptor}</dd></div>`
          : nothing}
      </dl>
      <div class="scroll">
        <table part="line-items">
          <caption class="visually-hidden">${this.tr(t, "lineItems")}</caption>
          <thead>
            <tr>
              <th scope="col">${this.tr(t, "item")}</th>
              <th scope="col" class="num wide">${this.tr(t, "quantity")}</th>
              <th scope="col" class="num wide">${this.tr(t, "unitPrice")}</th>
              <th scope="col" class="num">${this.tr(t, "amount")}</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (item) => html`<tr>
                <td>
                  ${item.description ?? ""}
                  <span class="per-unit muted small">
                    ${this.tr(t, "perUnit", { quantity: count.format(item.quantity), price: money(item.unit_price) })}
                  </span>
                </td>
                <td class="num wide">${count.format(item.quantity)}</td>
                <td class="num wide">${money(item.unit_price)}</td>
                <td class="num">${money(item.unit_price * item.quantity)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${this.tr(t, "total")}</th>
              <td class="wide"></td>
              <td class="wide"></td>
              <td class="num">${money(s.amount)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      ${methods.length
        ? html`<div part="payment-methods">
            <span id="methods" class="muted small">${this.tr(t, "methods")}</span>
            <ul aria-labelledby="methods">
              ${methods.map((m) => html`<li>${m === "card" ? this.tr(t, "method_card") : methodNames[m] ?? m}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this._renderNotice(s)} ${this._renderActions(s)}
    </article>`;
  }

  private _renderNotice(s: BillingStatement): TemplateResult | typeof nothing {
    const notice = (tone: Tone, key: string) =>
      html`<p part="notice" class="notice ${tone}" role="status"><span>${this.tr(t, key)}</span></p>`;
    if (this._checking) return notice("info", "checking");
    if (this._result) {
      const tone = this._result === "paid" ? "success" : this._result === "processing" ? "info" : "danger";
      return notice(tone, `result_${this._result}`);
    }
    if (s.status === "draft" || s.status === "void") return notice("neutral", `notice_${s.status}`);
    if (s.status === "paid") return notice("success", "notice_paid");
    if (s.status === "uncollectible") return notice("warning", "notice_uncollectible");
    return nothing;
  }

  private _renderActions(s: BillingStatement) {
    const keyRefused = this._issue === "secretKey";
    if (!this._payable(s)) {
      return keyRefused ? html`<p part="alert" role="alert">${this.tr(t, "secretKey")}</p>` : nothing;
    }
    const embedded = this._embedded;
    const issue = this._issue;
    const blocked = embedded && (issue || this._embed !== "ready");
    const newTab = !embedded && this.target === "_blank";
    return html`<div part="actions" class="actions">
      ${issue ? html`<p part="alert" role="alert">${this.tr(t, issue)}</p>` : nothing}
      ${embedded && !issue
        ? html`<slot name="payment-element"></slot>
            ${this._embed === "loading"
              ? html`<p class="state muted" role="status">
                  <span class="spinner" aria-hidden="true"></span><span>${this.tr(t, "formLoading")}</span>
                </p>`
              : nothing}`
        : nothing}
      ${this._payError
        ? html`<div part="alert" class="state" role="alert">
            <span>${this.tr(t, this._payError.key, { message: this._payError.message ?? "" })}</span>
            ${this._embed === "error"
              ? html`<button part="retry-button" type="button" @click=${this._retryMount}>${this.retryLabel}</button>`
              : nothing}
          </div>`
        : nothing}
      ${embedded && (issue || this._embed === "error")
        ? nothing
        : html`<button
            part="pay-button"
            class="primary pay"
            type="button"
            aria-disabled=${blocked || this._paying ? "true" : "false"}
            @click=${this._pay}
          >
            ${this._paying
              ? html`<span class="spinner" aria-hidden="true"></span> ${this.tr(t, "paying")}`
              : this.tr(t, "pay", { amount: formatMoney(s.amount, s.currency, this.resolvedLocale) })}
            ${newTab ? html`<span class="visually-hidden">${this.tr(t, "newTab")}</span>` : nothing}
          </button>`}
    </div>`;
  }
}
