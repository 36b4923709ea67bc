import { defineMessages, plural, type Message, type Params } from "../../core/i18n.js";

const n = (p: Params) => Number(p.n);

/**
 * Strings of `<payrex-statement-checkout>` (namespace `statement-checkout`). Why a statement could
 * not be loaded is explained by the common catalog (`describeError`); the retry label is there too.
 * Statuses and payment methods are named by `billing-labels.ts`, shared with the payment history.
 */
const en = {
  loading: "Loading the billing statement…",
  loadFailed: "The billing statement could not be loaded.",
  nextCheckLink: "Check the link you followed, or contact the merchant.",
  nextContact: "If this statement is yours, contact the merchant.",
  title: "Billing statement {number}",
  titleNoNumber: "Billing statement",
  billedTo: "Billed to",
  issued: "Issued",
  due: "Due",
  descriptor: "Shows on your bank statement as",
  lineItems: "Line items",
  item: "Description",
  quantity: "Quantity",
  unitPrice: "Unit price",
  amount: "Amount",
  subtotal: "Subtotal",
  adjustments: "Adjustments",
  total: "Total",
  amountDue: "Amount due",
  amountPaid: "Amount paid",
  amountTotal: "Total",
  perUnit: "{quantity} × {price}",
  methods: "Accepted payment methods",
  notice_draft: "This statement has not been issued yet, so it cannot be paid.",
  notice_paid: "This statement has been paid. Thank you!",
  notice_void: "This statement was cancelled and no longer needs to be paid.",
  notice_uncollectible:
    "The merchant has marked this statement as uncollectible, so it can no longer be paid here. Contact them if you have questions.",
  dueToday: "Due today",
  overdueToday: "Was due earlier today",
  dueIn: (p, l) => plural(l, n(p), { one: "Due in {n} day", other: "Due in {n} days" }),
  overdueBy: (p, l) => plural(l, n(p), { one: "Overdue by {n} day", other: "Overdue by {n} days" }),
  pay: "Pay {amount}",
  paying: "Processing…",
  newTab: "(opens in a new tab)",
  badUrl: "This statement has no valid payment link. Please contact the merchant.",
  secretKey:
    "Online payment is switched off: this page was given a secret key instead of a public key. Secret keys must never be used in a web page.",
  noKey: "Online payment isn't set up: a PayRex public key (pk_live_… or pk_test_…) is needed.",
  noIntent: "This statement can't be paid here yet. Please try again later or contact the merchant.",
  formLoading: "Loading the payment form…",
  formError: "The payment form could not be loaded.",
  payFailed: "Your payment did not go through. Check the details you entered and try again, or choose another payment method.",
  checking: "Checking your payment…",
  result_paid: "Payment received. Thank you!",
  result_processing: "Your payment is being processed. This statement will show as paid once it is confirmed.",
  result_failed: "Your payment did not go through. Please try again or choose another payment method.",
} satisfies Record<string, Message>;

export type CheckoutMessage = keyof typeof en;

export const t = defineMessages("statement-checkout", en, {
  loading: "Kinukuha ang pahayag ng singil…",
  loadFailed: "Hindi makuha ang pahayag ng singil.",
  nextCheckLink: "Pakitingnan ang link na sinundan mo, o makipag-ugnayan po sa merchant.",
  nextContact: "Kung sa iyo ang pahayag ng singil na ito, makipag-ugnayan po sa merchant.",
  title: "Pahayag ng singil {number}",
  titleNoNumber: "Pahayag ng singil",
  billedTo: "Sinisingil kay",
  issued: "Inisyu noong",
  due: "Takdang petsa",
  descriptor: "Lalabas sa bank statement mo bilang",
  lineItems: "Mga item",
  item: "Paglalarawan",
  quantity: "Dami",
  unitPrice: "Presyo bawat isa",
  amount: "Halaga",
  subtotal: "Subtotal",
  adjustments: "Mga dagdag o bawas",
  total: "Kabuuan",
  amountDue: "Babayaran",
  amountPaid: "Nabayaran",
  amountTotal: "Kabuuan",
  perUnit: "{quantity} × {price}",
  methods: "Mga tinatanggap na paraan ng pagbabayad",
  notice_draft: "Hindi pa naiisyu ang pahayag na ito, kaya hindi pa ito mababayaran.",
  notice_paid: "Bayad na ang pahayag na ito. Salamat!",
  notice_void: "Kinansela ang pahayag na ito at hindi na kailangang bayaran.",
  notice_uncollectible:
    "Itinala ng merchant na hindi na masisingil ang pahayag na ito, kaya hindi na ito mababayaran dito. Makipag-ugnayan sa kanila kung may tanong ka.",
  dueToday: "Dapat bayaran ngayong araw",
  overdueToday: "Dapat nabayaran na kanina",
  dueIn: (p, l) => plural(l, n(p), { one: "Dapat bayaran sa loob ng {n} araw", other: "Dapat bayaran sa loob ng {n} araw" }),
  overdueBy: (p, l) =>
    plural(l, n(p), { one: "Lampas na nang {n} araw sa takdang petsa", other: "Lampas na nang {n} araw sa takdang petsa" }),
  pay: "Magbayad ng {amount}",
  paying: "Pinoproseso…",
  newTab: "(magbubukas sa bagong tab)",
  badUrl: "Walang wastong link ng pagbabayad ang pahayag na ito. Pakiusap, makipag-ugnayan sa merchant.",
  secretKey:
    "Nakapatay ang online na pagbabayad: secret key ang ibinigay sa pahinang ito sa halip na public key. Hindi dapat gamitin kailanman ang secret key sa isang web page.",
  noKey: "Hindi pa naka-set up ang online na pagbabayad: kailangan ng PayRex public key (pk_live_… o pk_test_…).",
  noIntent: "Hindi pa mababayaran dito ang pahayag na ito. Pakisubukan ulit mamaya o makipag-ugnayan sa merchant.",
  formLoading: "Inihahanda ang form ng pagbabayad…",
  formError: "Hindi ma-load ang form ng pagbabayad.",
  payFailed:
    "Hindi natuloy ang bayad mo. Pakisuri ang mga detalyeng inilagay mo at subukang muli, o pumili ng ibang paraan ng pagbabayad.",
  checking: "Sinusuri ang bayad mo…",
  result_paid: "Natanggap na ang bayad mo. Salamat!",
  result_processing: "Pinoproseso pa ang bayad mo. Lalabas na bayad na ang pahayag na ito kapag nakumpirma na.",
  result_failed: "Hindi natuloy ang bayad mo. Pakisubukang muli o pumili ng ibang paraan ng pagbabayad.",
});

