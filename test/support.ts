// Test helpers shared by the element and controller tests.
import { expect, waitUntil } from "@open-wc/testing";
import type { PayrexAdapter, RequestOptions } from "../src/api/adapter.js";

/** A call an adapter from `handAdapter` received; it stays pending until the test answers it. */
export interface Call {
  method: keyof PayrexAdapter;
  args: unknown[];
  /** The request options (the last argument), and their signal. */
  options?: RequestOptions;
  signal?: AbortSignal;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** The customer-facing methods (CONTRACT §3). */
export const CUSTOMER_METHODS: (keyof PayrexAdapter)[] = [
  "getCustomer",
  "createCustomer",
  "updateCustomer",
  "listPayments",
  "listBillingStatements",
  "getBillingStatement",
];

/** An adapter with `methods` whose every call waits for the test to resolve or reject it. */
export function handAdapter(methods: (keyof PayrexAdapter)[] = CUSTOMER_METHODS) {
  const calls: Call[] = [];
  const adapter = Object.fromEntries(
    methods.map((method) => [
      method,
      (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          const options = args.at(-1) as RequestOptions | undefined;
          calls.push({ method, args, options, signal: options?.signal, resolve, reject });
        }),
    ]),
  ) as unknown as PayrexAdapter;
  const of = (method: keyof PayrexAdapter) => calls.filter((c) => c.method === method);
  const taken = new Map<string, number>();
  /** The first call of `method` that `next` has not returned yet (waits for it). */
  const next = (method: keyof PayrexAdapter) => {
    const i = taken.get(method) ?? 0;
    taken.set(method, i + 1);
    return waitUntil(() => of(method)[i], `no call ${i + 1} of ${method}`).then(() => of(method)[i]!);
  };
  return { adapter, calls, of, next };
}

/** Each call must throw the early-call policy's InvalidStateError (docs/ELEMENTS.md); returns the messages. */
export function expectNotReady(...calls: (() => unknown)[]): string[] {
  return calls.map((call) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(DOMException);
    expect((thrown as DOMException).name).to.equal("InvalidStateError");
    return (thrown as DOMException).message;
  });
}
