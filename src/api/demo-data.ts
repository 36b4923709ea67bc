/**
 * Demo data for the memory adapter, generated from a seeded PRNG so every run (and every story) sees
 * the same customers, payments and statements, with times relative to "now". Loaded lazily: pages
 * that never create a memory adapter without a seed never download it.
 */
import type { BillingStatement, Payment } from "./schemas.js";
import type { MemorySeed } from "./memory-adapter.js";
import { prng, randomString, newCustomer, statementId, ALNUM, demoIds } from "./demo-ids.js";

const DAY = 86400;
// [description, unit price in centavos]
const PRODUCTS: [string, number][] = [
  ["Kapeng Barako 250g", 38000],
  ["Benguet Arabica 250g", 45000],
  ["Sagada Roast 500g", 82000],
  ["Tablea de Batangas", 18000],
  ["Cold Brew 1L", 32000],
  ["Buwanang Kape Subscription", 149900],
  ["Ensaymada Box", 39000],
  ["Barako Tumbler", 45000],
];
const PURPOSES = ["Buwanang supply ng kape", "Office pantry restock", "Wholesale beans order", "Kapihan catering"];
const METHODS = "card gcash maya qrph billease bdo_installment".split(" ");
// Fees in per mille by METHODS index (cards 3.5%, e-wallets 2.5%, QR Ph 1.5%); cards are picked most.
const FEES = [35, 25, 25, 15, 40, 35];
const WEIGHTED = [0, 0, 0, 1, 1, 2, 3, 4, 5];
const CARDS = [
  ["visa", "455633"],
  ["mastercard", "522123"],
  ["jcb", "356600"],
];
const STATUS: Record<string, string> = { d: "draft", o: "open", p: "paid", v: "void", u: "uncollectible" };
// The rest of the customer directory: [name, email domain, city]. Each has an internal id in
// metadata (`crm_id`, `KB-1001` upwards), the way a merchant links PayRex customers to its own CRM.
const DIRECTORY: [string, string, string][] = [
  ["Jose Rizal Mercado", "gmail.com", "Calamba"],
  ["Ana Lim", "yahoo.com", "Cebu City"],
  ["Carlo Villanueva", "kapihan.ph", "Davao City"],
  ["Bea Alonzo Tan", "gmail.com", "Pasig"],
  ["Miguel Bautista", "outlook.com", "Iloilo City"],
  ["Patricia Gonzales", "gmail.com", "Baguio"],
  ["Ramon Aquino", "cafe-ramon.ph", "Makati City"],
  ["Kristine Navarro", "gmail.com", "Taguig"],
  ["Enrique Dizon", "yahoo.com", "Angeles"],
  ["Liza Fernandez", "gmail.com", "Bacolod"],
  ["Paolo Castillo", "sarisari.ph", "Quezon City"],
  ["Grace Ocampo", "gmail.com", "Cagayan de Oro"],
  ["Francis Garcia", "outlook.com", "Batangas City"],
  ["Camille Torres", "gmail.com", "Dumaguete"],
  ["Rafael Mendoza", "yahoo.com", "Zamboanga City"],
  ["Joy Ramos", "gmail.com", "Legazpi"],
  ["Antonio Cruz", "brewworks.ph", "Mandaluyong"],
  ["Nicole Santiago", "gmail.com", "Tagaytay"],
  ["Dennis Reyes", "outlook.com", "General Santos"],
  ["Maricel Flores", "gmail.com", "Lipa"],
];

/** Directory customers: one every 19 days backwards from three weeks ago, from their own PRNG. */
function directory(now: number) {
  const r = prng(1001);
  return DIRECTORY.map(([name, domain, city], i) => {
    const email = `${name.toLowerCase().split(" ").join(".")}@${domain}`;
    return newCustomer(r, now - (21 + 19 * i) * DAY - ((r() * 36000) | 0), {
      name,
      email,
      next_billing_statement_sequence_number: String(1 + ((r() * 12) | 0)),
      metadata: { crm_id: `KB-${1001 + i}`, ...(i % 3 == 0 && { tier: "Wholesale" }) },
      billing_details: i % 4 == 3 ? null : { name, email, phone: null, address: { line1: null, line2: null, city, state: null, postal_code: null, country: "PH" } },
    });
  });
}

/**
 * The demo data set, generated afresh (deterministic apart from `now`): Maria Santos with 150
 * payments and 30 billing statements, Juan dela Cruz with a few payments, a brand-new customer, and twenty
 * more customers with a CRM id in metadata (`crm_id`: `KB-1001` to `KB-1020`) for the customer directory.
 */
export function demoSeed(now = Math.floor(Date.now() / 1000)): Required<MemorySeed> {
  const r = prng(2024);
  const pick = <T>(a: readonly T[]): T => a[(r() * a.length) | 0]!;
  const int = (min: number, max: number) => min + ((r() * (max - min + 1)) | 0);
  const rid = (prefix: string) => prefix + randomString(r);

  const email = "maria.santos@example.ph";
  const maria = newCustomer(r, now - 400 * DAY, {
    id: demoIds.customer,
    name: "Maria Santos",
    email,
    billing_statement_prefix: "SNTS4821",
    next_billing_statement_sequence_number: "30",
    metadata: { membership: "Suki Gold", branch: "Maginhawa St." },
    billing_details: {
      name: "Maria Santos",
      email,
      phone: "+639171234567",
      address: {
        line1: "Unit 12B, 88 Kalayaan Ave",
        line2: "Pinyahan",
        city: "Quezon City",
        state: "Metro Manila",
        postal_code: "1100",
        country: "PH",
      },
    },
    updated_at: now - 20 * DAY,
  });
  const juan = newCustomer(r, now - 90 * DAY, {
    id: demoIds.customerNoAddress,
    name: "Juan dela Cruz",
    email: "juan.delacruz@example.com",
  });
  const andrea = newCustomer(r, now - 3600, {
    id: demoIds.customerEmpty,
    name: "Andrea Reyes",
    email: "andrea.reyes@example.ph",
  });

  // Newest first, one every 12 days; the first five are a draft and four open ones (two overdue).
  const statements = Array.from({ length: 30 }, (_, i): BillingStatement => {
    const status = STATUS["doooo"[i] ?? (i % 9 == 7 ? "v" : i % 9 == 1 ? "u" : "p")]!;
    const created = now - (12 * i + 1) * DAY - int(0, 36000);
    const first = int(0, 7);
    // Consecutive products, so a short statement never lists one twice.
    const line_items = Array.from({ length: i == 2 ? 42 : int(1, 8) }, (_, k) => {
      const [description, unit_price] = PRODUCTS[(first + k) % 8]!;
      return { id: rid("bstm_li_"), description, unit_price, quantity: int(1, 3) };
    });
    const draft = i < 1;
    const intent = rid("pi_");
    return {
      id: statementId(i),
      resource: "billing_statement",
      amount: line_items.reduce((sum, li) => sum + li.unit_price * li.quantity, 0),
      currency: "PHP",
      customer_id: maria.id,
      customer: { id: maria.id, name: maria.name, email },
      description: pick(PURPOSES),
      status,
      due_at: created + 30 * DAY,
      finalized_at: draft ? null : created + 3600,
      billing_statement_number: draft ? null : `SNTS4821-${String(30 - i).padStart(4, "0")}`,
      billing_statement_url: draft ? null : "https://bill.payrexhq.com/b/test_" + randomString(r),
      billing_statement_merchant_name: "Kape't Bahay Coffee Roasters",
      statement_descriptor: "KAPETBAHAY",
      line_items,
      payment_intent: draft
        ? null
        : {
            id: intent,
            client_secret: `${intent}_secret_${randomString(r, 16)}`,
            status: status == "paid" ? "succeeded" : status == "void" ? "canceled" : "awaiting_payment_method",
          },
      payment_settings: { payment_methods: ["card", "gcash", "maya", "qrph"] },
      metadata: null,
      livemode: false,
      created_at: created,
      updated_at: created + 3600,
    };
  });

  // Newest first, one every `step` seconds; Maria's every fifth payment settles a paid statement.
  const payments = (count: number, step: number, linked: BillingStatement[] = []) =>
    Array.from({ length: count }, (_, j): Payment => {
      const created = now - j * step - int(600, step >> 1);
      const bs = linked[(j + 1) / 5];
      const paying = bs?.status == "paid" ? bs : undefined;
      const [name, price] = pick(PRODUCTS);
      const qty = int(1, 4);
      const k = pick(paying ? [0, 1, 2, 3] : WEIGHTED);
      const type = METHODS[k]!;
      const x = r();
      const status = paying || x > 0.12 ? "paid" : x > 0.04 ? "failed" : "pending";
      const amount = paying ? paying.amount : price * qty;
      const y = status == "paid" && !paying ? r() : 1;
      const amount_refunded = y < 0.05 ? amount : y < 0.12 ? Math.round((amount * int(1, 9)) / 10) : 0;
      const fee = status == "paid" ? Math.round((amount * FEES[k]!) / 1000) : 0;
      const [brand, first6] = pick(CARDS);
      if (paying) paying.updated_at = created;
      return {
        id: rid("pay_"),
        resource: "payment",
        amount,
        amount_refunded,
        currency: "PHP",
        description: paying ? paying.description : qty > 1 ? `${name} ×${qty}` : name,
        fee,
        net_amount: status == "paid" ? amount - fee : 0,
        status,
        refunded: amount_refunded == amount,
        payment_intent_id: paying?.payment_intent?.id ?? rid("pi_"),
        payment_method: type == "card" ? { type, card: { brand, first6, last4: randomString(r, 4, ALNUM.slice(0, 10)) } } : { type },
        ...(paying && { billing_statement_id: paying.id }),
        metadata: null,
        livemode: false,
        created_at: created,
        updated_at: created,
      };
    });

  return {
    customers: [maria, juan, andrea, ...directory(now)],
    payments: { [maria.id]: payments(150, 2.4 * DAY, statements), [juan.id]: payments(6, 13 * DAY) },
    billingStatements: statements,
  };
}
