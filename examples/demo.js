// The merchant's glue code: configure the backend once on <payrex-provider>, then react to events.
// In a live store the adapter would be `createFetchAdapter({ baseUrl: "/api/payrex" })` talking to the
// merchant's own backend; this demo keeps everything in the browser with the memory adapter.
import { createMemoryAdapter, demoIds } from "../dist/payrex-components.js";

const $ = (id) => document.getElementById(id);

const page = {
  en: {
    skip: "Skip to content",
    tagline: "Coffee Roasters · Batangas & Benguet beans, roasted in Marikina",
    navMain: "Main",
    shop: "Shop",
    subscriptions: "Subscriptions",
    account: "My account",
    language: "Language",
    theme: "Theme",
    themeAuto: "Device setting",
    themeLight: "Light",
    themeDark: "Dark",
    title: "My account",
    lead: "Manage your coffee subscription details, billing address and statements. Your payments are processed securely by PayRex.",
    demoNote: "Demo store: everything below runs on sample data in your browser. No real payment is made.",
    profile: "Profile",
    address: "Billing address",
    history: "Payments and statements",
    statement: "Billing statement",
    statementHint: "Choose a statement in the list above to see it here.",
    footer: "© Kape't Bahay Coffee Roasters · 18 J.P. Rizal St., Marikina City · (02) 8123 4567",
    profileSaved: "Your profile has been saved.",
    addressSaved: "Your billing address has been saved.",
    checkout: (n) =>
      `Demo store: in a live store you would now continue to PayRex's secure payment page to pay statement ${n}.`,
  },
  fil: {
    skip: "Lumaktaw sa nilalaman",
    tagline: "Coffee Roasters · Butil mula Batangas at Benguet, inihaw sa Marikina",
    navMain: "Pangunahing menu",
    shop: "Tindahan",
    subscriptions: "Mga subscription",
    account: "Aking account",
    language: "Wika",
    theme: "Tema",
    themeAuto: "Ayon sa device",
    themeLight: "Maliwanag",
    themeDark: "Madilim",
    title: "Aking account",
    lead: "Pamahalaan ang detalye ng iyong coffee subscription, billing address at mga pahayag ng singil. Ligtas na pinoproseso ng PayRex ang iyong mga bayad.",
    demoNote: "Demo na tindahan: sample na datos sa iyong browser ang lahat ng nasa ibaba. Walang totoong bayad na magaganap.",
    profile: "Profile",
    address: "Billing address",
    history: "Mga bayad at pahayag ng singil",
    statement: "Pahayag ng singil",
    statementHint: "Pumili ng pahayag ng singil sa listahan sa itaas para makita ito rito.",
    footer: "© Kape't Bahay Coffee Roasters · 18 J.P. Rizal St., Marikina City · (02) 8123 4567",
    profileSaved: "Na-save na ang iyong profile.",
    addressSaved: "Na-save na ang iyong billing address.",
    checkout: (n) =>
      `Demo na tindahan: sa totoong tindahan, dadalhin ka na ngayon sa ligtas na payment page ng PayRex para bayaran ang pahayag ng singil ${n}.`,
  },
};

const provider = $("payrex");
const checkout = $("checkout");
const status = $("status");
let locale = "en";

function say(message) {
  status.textContent = message;
}

function setLocale(next) {
  locale = next === "fil" ? "fil" : "en";
  document.documentElement.lang = locale;
  provider.setAttribute("locale", locale);
  const text = page[locale];
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = text[el.dataset.i18n];
  for (const el of document.querySelectorAll("[data-i18n-attr]")) {
    const [attr, key] = el.dataset.i18nAttr.split(":");
    el.setAttribute(attr, text[key]);
  }
  document.title = `${text.account} · Kape't Bahay Coffee Roasters`;
  $("locale").value = locale;
  localStorage.setItem("kapetbahay-locale", locale);
}

function setTheme(theme) {
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  $("theme").value = document.documentElement.dataset.theme ?? "";
  localStorage.setItem("kapetbahay-theme", $("theme").value);
}

// One backend for every element inside the provider; a little latency shows the loading states.
provider.adapter = createMemoryAdapter(undefined, { latencyMs: 300 });

// The signed-in customer (Maria Santos in the demo data) and her latest open statement.
for (const id of ["customer-form", "address-editor", "history"]) $(id).setAttribute("customer-id", demoIds.customer);
checkout.setAttribute("billing-statement-id", demoIds.statementOpen);

provider.addEventListener("payrex-customer-saved", () => say(page[locale].profileSaved));
provider.addEventListener("payrex-address-saved", () => say(page[locale].addressSaved));

provider.addEventListener("payrex-statement-select", (event) => {
  const { billingStatement } = event.detail;
  checkout.setAttribute("billing-statement-id", billingStatement.id);
  const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
  $("statement").scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "start" });
  $("h-statement").focus({ preventScroll: true });
});

provider.addEventListener("payrex-checkout-start", (event) => {
  // A live store lets the element continue to the statement's PayRex page; the demo stays here.
  event.preventDefault();
  const { billingStatement } = event.detail;
  say(page[locale].checkout(billingStatement.billing_statement_number ?? billingStatement.id));
});

$("locale").addEventListener("change", (event) => {
  say("");
  setLocale(event.target.value);
});
$("theme").addEventListener("change", (event) => setTheme(event.target.value));
$("settings").addEventListener("submit", (event) => event.preventDefault());

const saved = localStorage.getItem("kapetbahay-locale");
setLocale(saved ?? (/^(fil|tl)\b/i.test(navigator.language) ? "fil" : "en"));
setTheme(localStorage.getItem("kapetbahay-theme") ?? "");
