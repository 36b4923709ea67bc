// The merchant's glue code: configure the backend once on <payrex-provider>, then react to events.
// The adapter talks to this store's own backend (examples/server.js): `createPayrexHandler` under
// /api/payrex, which answers only for the signed-in person's customer (a session cookie).
import { createFetchAdapter } from "../dist/payrex-components.js";

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
    demoNote: "Demo store: the account below lives in a local sandbox on this computer. No real payment is made.",
    demoNoteProxy: "Demo store connected to PayRex's test mode: statements open PayRex's test payment page. No real payment is made.",
    signInTitle: "Sign in",
    signInLead: "This demo store has no passwords: choose who you are.",
    signInMaria: "Sign in as Maria (demo)",
    signInNew: "I am a new customer (demo)",
    signInStaff: "Sign in as shop staff (demo)",
    signedInStaff: "Signed in: shop staff",
    customers: "Customers",
    customersHint: "Find a customer by name, by email, or by their CRM id (Search by: Metadata, e.g. KB-1005), then issue them a billing statement.",
    issueStatement: "Billing statement",
    issueStatementHint: "A new draft for this customer, or the statement chosen below.",
    customerSaved: "The customer has been saved.",
    signOut: "Sign out",
    signedInAs: (name) => `Signed in as ${name}`,
    signedInNew: "Signed in: new customer",
    signInFailed: "Signing in did not work. Please try again.",
    welcome: "Welcome! Tell us your name and email to open your account.",
    profile: "Profile",
    address: "Billing address",
    history: "Payments and statements",
    statement: "Billing statement",
    statementHint: "Choose a statement in the list above to see it here.",
    footer: "© Kape't Bahay Coffee Roasters · 18 J.P. Rizal St., Marikina City · (02) 8123 4567",
    profileSaved: "Your profile has been saved.",
    addressSaved: "Your billing address has been saved.",
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
    lead: "Pamahalaan ang detalye ng iyong coffee subscription, billing address at mga billing statement. Ligtas na pinoproseso ng PayRex ang iyong mga bayad.",
    demoNote: "Demo na tindahan: nasa lokal na sandbox sa computer na ito ang account sa ibaba. Walang totoong bayad na magaganap.",
    demoNoteProxy: "Demo na tindahan na nakakonekta sa test mode ng PayRex: bubuksan ng mga billing statement ang test na payment page ng PayRex. Walang totoong bayad na magaganap.",
    signInTitle: "Mag-sign in",
    signInLead: "Walang password ang demo na tindahang ito: piliin kung sino ka.",
    signInMaria: "Mag-sign in bilang Maria (demo)",
    signInNew: "Bagong customer ako (demo)",
    signInStaff: "Mag-sign in bilang staff ng tindahan (demo)",
    signedInStaff: "Naka-sign in: staff ng tindahan",
    customers: "Mga customer",
    customersHint: "Hanapin ang customer ayon sa pangalan, email, o CRM id (Hanapin ayon sa: Metadata, hal. KB-1005), saka padalhan ng billing statement.",
    issueStatement: "Billing statement",
    issueStatementHint: "Bagong draft para sa customer na ito, o ang billing statement na pinili sa ibaba.",
    customerSaved: "Na-save na ang customer.",
    signOut: "Mag-sign out",
    signedInAs: (name) => `Naka-sign in bilang ${name}`,
    signedInNew: "Naka-sign in: bagong customer",
    signInFailed: "Hindi nakapag-sign in. Pakisubukang muli.",
    welcome: "Maligayang pagdating! Ibigay ang iyong pangalan at email para mabuksan ang iyong account.",
    profile: "Profile",
    address: "Billing address",
    history: "Mga bayad at billing statement",
    statement: "Billing statement",
    statementHint: "Pumili ng billing statement sa listahan sa itaas para makita ito rito.",
    footer: "© Kape't Bahay Coffee Roasters · 18 J.P. Rizal St., Marikina City · (02) 8123 4567",
    profileSaved: "Na-save na ang iyong profile.",
    addressSaved: "Na-save na ang iyong billing address.",
  },
};

const provider = $("payrex");
const form = $("customer-form");
const checkout = $("checkout");
const status = $("status");
const api = createFetchAdapter({ baseUrl: "/api/payrex" });
let locale = "en";
/** Who is signed in: null (nobody), or `{ customerId, name, staff }` (customerId null: no customer yet, or staff). */
let signedIn = null;
/** What the server said about itself: `{ demoCustomer, proxy }` (see examples/demo-sessions.js). */
let backend = { demoCustomer: false, proxy: false };

function say(message) {
  status.textContent = message;
}

/** The element holding focus, inside shadow roots. */
function focused() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// The status bar sticks to the bottom of the window: the page keeps that much room free when it scrolls
// something into view (focus, scrollIntoView), so the bar never covers what has focus. When the bar
// appears or grows over the focused field or button, that one moves up out from under it.
new ResizeObserver(() => {
  const bar = status.getBoundingClientRect();
  const clearance = status.textContent ? Math.ceil(bar.height + parseFloat(getComputedStyle(status).bottom)) : 0;
  document.documentElement.style.setProperty("--status-clearance", `${clearance}px`);
  const target = focused();
  const box = target?.getBoundingClientRect();
  if (clearance && box && box.bottom > bar.top && box.top < bar.bottom) target.scrollIntoView({ block: "nearest" });
}).observe(status);

function showAccount() {
  const text = page[locale];
  $("who").textContent = signedIn?.staff
    ? text.signedInStaff
    : signedIn?.name
      ? text.signedInAs(signedIn.name)
      : signedIn
        ? text.signedInNew
        : "";
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
  showAccount();
}

function setTheme(theme) {
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  $("theme").value = document.documentElement.dataset.theme ?? "";
  localStorage.setItem("kapetbahay-theme", $("theme").value);
}

/** The statement shown in the checkout is kept in the address, so coming back from paying shows it again. */
function showStatement(id) {
  const url = new URL(location.href);
  if (id) {
    checkout.setAttribute("billing-statement-id", id);
    url.searchParams.set("statement", id);
  } else {
    checkout.removeAttribute("billing-statement-id");
    url.searchParams.delete("statement");
  }
  // The hint asks for a choice only while there is none.
  document.querySelector("#statement .hint").hidden = Boolean(id);
  history.replaceState(null, "", url);
}

/** Points every element at the signed-in customer; a new customer sees only the form, in create mode. */
async function render(session) {
  signedIn = session.signedIn ? { customerId: session.customerId, name: null, staff: session.staff === true } : null;
  $("sign-in").hidden = !!signedIn;
  $("sign-in-maria").hidden = !backend.demoCustomer;
  $("account").hidden = !signedIn;
  provider.hidden = !signedIn;
  $("customer-view").hidden = !!signedIn?.staff;
  showStaffView(!!signedIn?.staff);
  if (signedIn?.staff) {
    showStatement(null);
    showAccount();
    return;
  }
  const customerId = signedIn?.customerId;
  for (const el of document.querySelectorAll("[data-needs-customer]")) el.hidden = !customerId;
  for (const id of ["customer-form", "address-editor", "history"]) {
    if (customerId) $(id).setAttribute("customer-id", customerId);
    else $(id).removeAttribute("customer-id");
  }
  showAccount();
  if (!customerId) {
    showStatement(null);
    if (signedIn) say(page[locale].welcome);
    return;
  }
  // The statement in the address (after paying), else the customer's latest open one.
  const wanted = new URLSearchParams(location.search).get("statement");
  let customer, statements;
  try {
    [customer, statements] = await Promise.all([
      api.getCustomer(customerId),
      wanted ? null : api.listBillingStatements(customerId, { limit: 20 }),
    ]);
  } catch {
    return; // the elements show what went wrong, each in its place
  }
  if (signedIn?.customerId !== customerId) return;
  signedIn.name = customer.name;
  showAccount();
  showStatement(wanted ?? statements.data.find((s) => s.status === "open")?.id ?? null);
}

async function session(method, body) {
  const response = await fetch("/demo/session", {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const state = await response.json();
  backend = { demoCustomer: state.demoCustomer, proxy: state.proxy };
  const note = document.querySelector(".demo-note");
  note.dataset.i18n = backend.proxy ? "demoNoteProxy" : "demoNote";
  note.textContent = page[locale][note.dataset.i18n];
  return state;
}

async function signIn(as) {
  say("");
  try {
    await render(await session("POST", { as }));
    $(signedIn?.staff ? "h-customers" : "h-profile").focus();
  } catch {
    say(page[locale].signInFailed);
  }
}

provider.adapter = api;

provider.addEventListener("payrex-customer-saved", (event) => {
  const { customer } = event.detail;
  if (signedIn?.staff) return say(page[locale].customerSaved);
  say(page[locale].profileSaved);
  // Created just now: the backend made this customer the session's; show the whole account.
  if (signedIn && !signedIn.customerId) void render({ signedIn: true, customerId: customer.id });
  else if (signedIn) (signedIn.name = customer.name), showAccount();
});
provider.addEventListener("payrex-address-saved", () => say(page[locale].addressSaved));

/**
 * The staff view exists only while staff are signed in (so a customer's page never asks for the staff
 * routes). The chosen customer's details follow the directory: the recipe in the README.
 */
function showStaffView(show) {
  if (!show) return $("staff-view")?.remove();
  if ($("staff-view")) return;
  provider.append($("staff-template").content.cloneNode(true));
  setLocale(locale);
  const directory = $("directory");
  directory.addEventListener("payrex-customer-select", (event) => {
    for (const el of directory.querySelectorAll("[data-customer]")) {
      el.customerId = event.detail.customer.id;
      if (el.localName === "payrex-statement-editor") el.billingStatementId = undefined;
    }
  });
}

provider.addEventListener("payrex-statement-select", (event) => {
  if (signedIn?.staff) {
    // Staff: the statement chosen in the customer's history opens in the statement editor.
    $("statement-editor").billingStatementId = event.detail.billingStatement.id;
    $("h-staff-statement").focus();
    return;
  }
  showStatement(event.detail.billingStatement.id);
  const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
  $("statement").scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "start" });
  $("h-statement").focus({ preventScroll: true });
});

$("sign-in-maria").addEventListener("click", () => signIn("maria"));
$("sign-in-new").addEventListener("click", () => signIn("new"));
$("sign-in-staff").addEventListener("click", () => signIn("staff"));
$("sign-out").addEventListener("click", async () => {
  say("");
  await render(await session("DELETE"));
  $(backend.demoCustomer ? "sign-in-maria" : "sign-in-new").focus();
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
await render(await session("GET"));
