import type { PropertyValues } from "lit";
import { TaskStatus } from "@lit/task";
import type { PayrexAdapter } from "../api/adapter.js";
import { PayrexError } from "../api/errors.js";
import { newIdempotencyKey } from "../api/fetch-adapter.js";
import type { Customer, CustomerInput, CustomerUpdate } from "../api/schemas.js";
import { emit } from "./events.js";
import { ResourceController } from "./resource.js";
import type { PayrexDataElement } from "./payrex-element.js";

/** An element bound to one customer: `customer-id` says which, `customer` holds it once loaded. */
export interface CustomerHost extends PayrexDataElement {
  customerId: string | undefined;
  customer: Customer | undefined;
}

/**
 * Loads and saves the customer an element is bound to (`customerId` / `customer`), for the customer
 * form and the bound address editor:
 * - loads `customerId` unless `customer` already is that customer (a customer set as a property is
 *   not fetched again, and wins over a load in flight), and again on `reload()`;
 * - keeps `customer` and `customerId` in step (`sync()` from the host's `willUpdate`);
 * - saves one request at a time: a second `create()` / `update()` while one is in flight joins it;
 * - a create carries an idempotency key that is kept while the same submit is retried, until
 *   `edited()` says the input changed.
 * Failures fire `payrex-error` (a load's through `ResourceController`, a save's here).
 */
export class CustomerBinding {
  readonly load: ResourceController<readonly [string | undefined], Customer>;
  private _saving?: Promise<Customer>;
  private _idempotencyKey?: string;
  /** Set by `reload()`: fetch the bound customer even though `customer` already is it. */
  private _refresh = false;

  constructor(private readonly host: CustomerHost) {
    this.load = new ResourceController(host, {
      args: () => [host.customerId] as const,
      fetch: (adapter, [id], signal) =>
        !id || (host.customer?.id === id && !this._refresh) ? host.customer : adapter.getCustomer(id, { signal }),
      onValue: (customer) => {
        // A customer given as a property while this load was in flight wins (it clears _refresh).
        if (customer && (this.waiting || this._refresh)) host.customer = customer;
        this._refresh = false;
      },
    });
  }

  /** True while the bound customer is still being fetched (or failed to be). */
  get waiting(): boolean {
    return !!this.host.customerId && this.host.customer?.id !== this.host.customerId;
  }

  /** True when the bound customer could not be loaded (the load error stands). */
  get failed(): boolean {
    return this.waiting && this.load.task.status === TaskStatus.ERROR;
  }

  /** True while a save is in flight. */
  get saving(): boolean {
    return !!this._saving;
  }

  /**
   * Call from the host's `willUpdate`. Returns `"customer"` when a customer was set (the host shows
   * it; `customerId` follows it), `"switched"` when `customerId` moved to another customer or to
   * none (`customer` is cleared), else `undefined`. A `customer` cleared while `customerId` stays
   * loads it again.
   */
  sync(changed: PropertyValues): "customer" | "switched" | undefined {
    const { host } = this;
    const customer = host.customer;
    if (changed.has("customer") && customer) {
      this._refresh = false;
      host.customerId = customer.id;
      return "customer";
    }
    if (changed.has("customerId") && host.customerId !== customer?.id) {
      host.customer = undefined;
      return "switched";
    }
    if (changed.has("customer") && host.customerId && this.load.task.status !== TaskStatus.PENDING) {
      void this.load.task.run();
    }
    return undefined;
  }

  /** Fetches the bound customer again, and shows it (in place of what the host holds). */
  reload(): Promise<void> {
    this._refresh = !!this.host.customerId;
    return this.load.reload().finally(() => (this._refresh = false));
  }

  /** The input changed since the last create: the next one is a new submit with a new idempotency key. */
  edited(): void {
    this._idempotencyKey = undefined;
  }

  /**
   * Creates a customer (one request at a time; a retry of the same submit reuses its idempotency
   * key). `onFailure` runs before `payrex-error` fires, so listeners find the element showing it.
   */
  create(input: CustomerInput, onFailure?: (error: PayrexError) => void): Promise<Customer> {
    const idempotencyKey = (this._idempotencyKey ??= newIdempotencyKey());
    return this._save((adapter) => adapter.createCustomer(input, { idempotencyKey }), true, onFailure);
  }

  /** Updates customer `id` with `changes` (one request at a time); `onFailure` as for `create()`. */
  update(id: string, changes: CustomerUpdate, onFailure?: (error: PayrexError) => void): Promise<Customer> {
    return this._save((adapter) => adapter.updateCustomer(id, changes), false, onFailure);
  }

  private _save(
    request: (adapter: PayrexAdapter) => Promise<Customer>,
    creating: boolean,
    onFailure?: (error: PayrexError) => void,
  ): Promise<Customer> {
    if (this._saving) return this._saving;
    const run = async () => {
      const adapter = this.host.resolvedAdapter;
      if (adapter instanceof PayrexError) throw adapter;
      try {
        // Called inside the try: an adapter may throw instead of returning a rejected promise.
        const saved = await request(adapter);
        if (creating) this._idempotencyKey = undefined;
        return saved;
      } catch (error) {
        const e = PayrexError.from(error);
        onFailure?.(e);
        emit(this.host, "payrex-error", { error: e });
        throw e;
      }
    };
    const saving = run().finally(() => {
      this._saving = undefined;
      this.host.requestUpdate();
    });
    this._saving = saving;
    this.host.requestUpdate();
    return saving;
  }
}
