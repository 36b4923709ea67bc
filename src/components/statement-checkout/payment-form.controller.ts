import type { ReactiveController } from "lit";
import { PayrexError } from "../../api/errors.js";
import { emit } from "../../core/events.js";
import type { PayrexElements, PayrexJs, PayrexJsLoader, PayrexPaymentElement } from "./payrex-js.js";
import type { PayrexStatementCheckout } from "./statement-checkout.js";

/** `loading` while PayRex.js loads and mounts, `ready` once the customer can pay, `error` when it failed. */
export type PaymentFormState = "loading" | "ready" | "error" | undefined;

/** Billing details PayRex's form starts with. */
export type BillingDefaults = { name?: string; email?: string };

/**
 * PayRex's embedded payment form (`pay-mode="embedded"`): loads PayRex.js for the element's public
 * key, mounts PayRex's payment element and pays with it. PayRex's iframe cannot work inside a shadow
 * root, so it is mounted in a light-DOM child of the element (slot `payment-element`). The form goes
 * with the element when it leaves the page and comes back with it.
 */
export class PaymentFormController implements ReactiveController {
  state: PaymentFormState;
  /** Why the form could not be loaded or mounted, while `state` is `error`. */
  error?: PayrexError;

  private _mountedFor?: string;
  /** The latest mount attempt, so an earlier one still loading PayRex.js gives up. */
  private _run?: object;
  private _payrex?: { key: string; loader: PayrexJsLoader; promise: Promise<PayrexJs> };
  private _elements?: PayrexElements;
  private _element?: PayrexPaymentElement;
  private _slotted?: HTMLElement;

  constructor(private readonly host: PayrexStatementCheckout) {
    host.addController(this);
  }

  /** Whether a form is mounted or mounting. */
  get mounted(): boolean {
    return this._mountedFor !== undefined;
  }

  hostConnected(): void {
    // Back in the page: the next update mounts the form again.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // PayRex's element lives in the light DOM and may hold listeners: it goes with the element.
    if (this.mounted) this.hide();
  }

  /**
   * Mounts PayRex's payment form for `clientSecret` (with the element's public key), unless it is
   * already mounted for them. Called during an update: its state changes show in the next one.
   */
  show(clientSecret: string, defaults: BillingDefaults): void {
    const mountKey = `${this.host.publicKey}|${clientSecret}`;
    if (this._mountedFor !== mountKey) void this._mount(mountKey, clientSecret, defaults);
  }

  /** Destroys the mounted form, if any. */
  hide(): void {
    try {
      if (this._element?.destroy) this._element.destroy();
      else this._element?.unmount?.();
    } catch {
      // A library that already tore its iframe down must not break ours.
    }
    this._slotted?.remove();
    this._mountedFor = this._run = this._elements = this._element = this._slotted = this.error = undefined;
    this.state = undefined;
  }

  /** After a failure: drops the form, so the next update mounts it again. */
  readonly retry = (): void => {
    this.hide();
    this.host.requestUpdate();
  };

  /** PayRex.js initialised with the element's public key (loaded once per key and loader). */
  lib(): Promise<PayrexJs> {
    const { loader } = this.host;
    const key = this.host.publicKey ?? "";
    let payrex = this._payrex;
    if (payrex?.key !== key || payrex.loader !== loader) {
      const promise = loader(key, { nonce: this.host.nonce || undefined });
      payrex = this._payrex = { key, loader, promise };
      promise.catch(() => this._payrex?.promise === promise && (this._payrex = undefined));
    }
    return payrex.promise;
  }

  /**
   * Pays with what the customer entered in the form; PayRex normally leaves for `returnUrl`.
   * Rejects with PayRex's error (thrown, or returned as `{ error }`).
   */
  async pay(returnUrl: string): Promise<void> {
    const elements = this._elements;
    if (!elements) throw new PayrexError("validation", "The payment form is not ready.");
    const payrex = await this.lib();
    const outcome = (await payrex.attachPaymentMethod({ elements, options: { return_url: returnUrl } })) as
      | { error?: unknown }
      | undefined;
    if (outcome?.error) throw outcome.error;
  }

  /** The payment intent's status as PayRex.js reports it, or undefined when it cannot say. */
  async intentStatus(clientSecret: string): Promise<string | undefined> {
    try {
      return (await (await this.lib()).getPaymentIntent?.(clientSecret))?.status;
    } catch {
      return undefined;
    }
  }

  private async _mount(mountKey: string, clientSecret: string, defaults: BillingDefaults): Promise<void> {
    this.hide();
    this._mountedFor = mountKey;
    // The key alone is not enough: A → B → A while PayRex.js loads would mount A twice.
    const run = (this._run = {});
    await null; // called during an update: state changes belong to the next one
    if (this._run !== run) return;
    this.state = "loading";
    this.host.requestUpdate();
    try {
      const payrex = await this.lib();
      if (this._run !== run) return;
      const billingDetails: Record<string, string> = {};
      if (defaults.name) billingDetails.name = defaults.name;
      if (defaults.email) billingDetails.email = defaults.email;
      const elements = payrex.elements({ clientSecret });
      const element = elements.create("payment", { layout: "accordion", defaultValues: { billingDetails } });
      const slotted = document.createElement("div");
      slotted.slot = "payment-element";
      this._element = element;
      this._slotted = slotted;
      this.host.append(slotted);
      element.mount(slotted);
      this._elements = elements;
      this.state = "ready";
    } catch (error) {
      if (this._run !== run) return;
      this._slotted?.remove();
      this._slotted = this._element = undefined;
      this.state = "error";
      this.error = PayrexError.from(error);
      emit(this.host, "payrex-error", { error: this.error });
    }
    this.host.requestUpdate();
  }
}
