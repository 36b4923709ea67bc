/**
 * The small, always-loaded part of the demo data: the PRNG, id helpers and `demoIds`. The data
 * itself (demo-data.ts) is generated in a lazily loaded chunk on the memory adapter's first call.
 */
import type { Customer } from "./schemas.js";

/** mulberry32: tiny and good enough for demo data (not for anything secret). */
export const prng = (seed: number) => (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `n` characters of `chars` drawn with `r`. */
export const randomString = (r: () => number, n = 24, chars = ALNUM): string => {
  let s = "";
  while (n--) s += chars[(r() * chars.length) | 0];
  return s;
};

/** A fresh customer as a backend creates it; `f` overrides the defaults. */
export const newCustomer = (r: () => number, t: number, f: Partial<Customer> = {}): Customer => ({
  id: "cus_" + randomString(r),
  resource: "customer",
  currency: "PHP",
  next_billing_statement_sequence_number: "1",
  metadata: null,
  billing_details: null,
  livemode: false,
  created_at: t,
  updated_at: t,
  ...f,
  billing_statement_prefix: f.billing_statement_prefix || randomString(r, 8, ALNUM.slice(0, 36)),
});

// Ids are derived from fixed seeds so `demoIds` needs no data generation at import time.
export const fixedId = (prefix: string, seed: number) => prefix + randomString(prng(seed));
export const statementId = (i: number) => fixedId("bstm_", 100 + i);

/** Ids of notable demo records, for stories, docs and tests. */
export const demoIds = {
  /** Maria Santos: metadata, a Philippine billing address, 150 payments, 30 statements. */
  customer: fixedId("cus_", 1),
  /** Juan dela Cruz: no billing address, a few payments. */
  customerNoAddress: fixedId("cus_", 2),
  /** A customer created moments ago: no payments, no statements. */
  customerEmpty: fixedId("cus_", 3),
  statementDraft: statementId(0),
  statementOpen: statementId(1),
  /** Open, with more than 40 line items. */
  statementLong: statementId(2),
  /** Open and past its due date. */
  statementOverdue: statementId(3),
  statementPaid: statementId(5),
  statementVoid: statementId(7),
  statementUncollectible: statementId(10),
};

