// The address editor's rules are plain data and functions: checked in Node against tsc's output, with
// the real country formats (Google's address data) loaded as the editor loads them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const {
  autofillToken,
  countryCode,
  countryOptions,
  draftOf,
  emptyDraft,
  fieldOrder,
  formEntries,
  formValueOf,
  keyOfParameter,
  modeOf,
  placeErrors,
  problemsOf,
  rowsOf,
  restoredValue,
  setAsideOnSwitch,
  valueFromForm,
  valueOf,
} = await lib("components/address-editor/address-model.js");
const { fallbackFormat, loadFormats } = await lib("components/address-editor/formats.js");
const formats = await loadFormats();

const layout = (country, options = {}) => ({
  country,
  format: formats.get(country),
  fields: {},
  barangay: true,
  pickers: false,
  ...options,
});
const draft = (parts) => ({ ...emptyDraft(), ...parts });

test("a value's parts become the draft; name and email are kept only when the value has them", () => {
  const { draft: d, kept, country } = draftOf({
    name: "Maria",
    phone: "+639171234567",
    address: { line1: "1 Rizal Ave", city: "Quezon City", country: "ph", state: null },
  });
  assert.deepEqual(d, draft({ name: "Maria", phone: "+639171234567", line1: "1 Rizal Ave", city: "Quezon City" }));
  assert.deepEqual([...kept], ["name"]);
  assert.equal(country, "PH");
  assert.equal(draftOf({ address: { country: "Philippines" } }).country, undefined);
  assert.deepEqual(draftOf(null), { draft: emptyDraft(), kept: new Set(), country: undefined });
  assert.equal(countryCode(""), "PH");
  assert.equal(countryCode("jp"), "JP");
});

test("each country shows, requires and orders its own fields", () => {
  const us = layout("US");
  assert.deepEqual(rowsOf(us), [["line1"], ["line2"], ["city", "state", "postal_code"]]);
  assert.deepEqual(["line1", "city", "state", "postal_code", "line2", "phone", "name"].map((k) => modeOf(us, k)), [
    "required",
    "required",
    "required",
    "required",
    "optional",
    "optional",
    "hidden",
  ]);
  assert.deepEqual(rowsOf(layout("JP")), [["postal_code"], ["state"], ["line1"], ["line2"]]);
  assert.equal(modeOf(layout("SG"), "state"), "hidden");
  assert.equal(modeOf(layout("SG"), "city"), "hidden");
  // The merchant's settings win: a state made optional, a postal code hidden, a name asked for.
  const custom = layout("US", { fields: { state: "optional", postal_code: "hidden", name: "required", line2: "hidden" } });
  assert.deepEqual(rowsOf(custom), [["line1"], ["city", "state"]]);
  assert.deepEqual(fieldOrder(custom), ["name", "line1", "city", "state", "phone"]);
  // Before the formats arrive: street and city required, every part shown.
  assert.deepEqual(rowsOf({ ...us, format: fallbackFormat("US") }), [["line1"], ["line2"], ["city"], ["state", "postal_code"]]);
});

test("the Philippines: region and province share a row, then city and barangay, street, postal code", () => {
  assert.deepEqual(rowsOf(layout("PH", { pickers: true })), [["state"], ["city", "line2"], ["line1"], ["postal_code"]]);
  // Without the pickers the province field stays only when the format shows it (it does for PH).
  assert.deepEqual(rowsOf(layout("PH")), [["state"], ["city", "line2"], ["line1"], ["postal_code"]]);
  // barangay-field="none": line2 is an ordinary second street line.
  assert.deepEqual(rowsOf(layout("PH", { barangay: false })), [["state"], ["city"], ["line1"], ["line2"], ["postal_code"]]);
});

test("problems come in screen order with what is wrong", () => {
  const ph = layout("PH", { pickers: true, fields: { phone: "required" } });
  assert.deepEqual([...problemsOf(ph, emptyDraft())], [
    ["city", "pick"],
    ["line1", "required"],
    ["phone", "required"],
  ]);
  assert.deepEqual([...problemsOf(layout("PH"), emptyDraft())].slice(0, 1), [["city", "required"]]);
  const bad = draft({ line1: "1 Rizal Ave", city: "Quezon City", postal_code: "11000", phone: "12345" });
  assert.deepEqual([...problemsOf(ph, bad)], [
    ["postal_code", "postal"],
    ["phone", "phone"],
  ]);
  const email = layout("US", { fields: { email: "optional" } });
  assert.equal(problemsOf(email, draft({ email: "ana@" })).get("email"), "email");
  assert.equal(problemsOf(email, draft({ email: "ana@example.com" })).get("email"), undefined);
});

test("the value: trimmed parts or null, the phone in E.164, hidden name and email only when kept", () => {
  const ph = layout("PH");
  const d = draft({ line1: " 1 Rizal Ave ", city: "Quezon City", phone: "0917 123 4567", name: "Maria" });
  assert.deepEqual(valueOf(ph, d, new Set()), {
    phone: "+639171234567",
    address: { line1: "1 Rizal Ave", line2: null, city: "Quezon City", state: null, postal_code: null, country: "PH" },
  });
  assert.equal(valueOf(ph, d, new Set(["name"])).name, "Maria");
  assert.equal(valueOf(ph, draft({ phone: "call me" }), new Set()).phone, "call me");
});

test("FormData parts leave hidden fields out, and a restore keeps what hidden fields hold", () => {
  const us = layout("US", { fields: { line2: "hidden" } });
  const d = draft({ line1: "1 Market St", city: "San Francisco", state: "CA", postal_code: "94105", phone: "+1 202 555 0143" });
  const value = valueOf(us, d, new Set());
  assert.deepEqual(formEntries("b", us, value, d), [
    ["b[line1]", "1 Market St"],
    ["b[city]", "San Francisco"],
    ["b[state]", "CA"],
    ["b[postal_code]", "94105"],
    ["b[country]", "US"],
    ["b[phone]", "+12025550143"],
  ]);
  const form = new FormData();
  form.set("b[line1]", "2 Market St");
  form.set("b[country]", "US");
  const restored = valueFromForm(form, "b", us, { ...value, name: "Ana", address: { ...value.address, line2: "Suite 3" } });
  assert.equal(restored.address.line1, "2 Market St");
  assert.equal(restored.address.line2, "Suite 3");
  assert.equal(restored.name, "Ana");
  assert.equal(restored.address.city, null);
});

test("the form value: parts under the editor's name and its value as JSON, which restores as it was", () => {
  const us = layout("US");
  const d = draft({ line1: "1 Market St", city: "San Francisco", state: "CA", postal_code: "94105" });
  const value = valueOf(us, d, new Set());
  const { value: form, state } = formValueOf("b", us, value, d);
  assert.deepEqual([...form.entries()], formEntries("b", us, value, d));
  assert.deepEqual(restoredValue(state, "b", us, valueOf(us, emptyDraft(), new Set())), value);
  assert.equal(formValueOf(undefined, us, value, d).value, null, "no name: nothing submitted");
  assert.equal(restoredValue(form, "b", us, value).address.line1, "1 Market St");
  assert.equal(restoredValue("null", "b", us, value), null);
  for (const other of ["{", "5", '"text"']) assert.equal(restoredValue(other, "b", us, value), undefined, other);
  assert.equal(autofillToken(undefined, "postal-code"), "billing postal-code");
  assert.equal(autofillToken("ship to", "postal-code"), "section-shipto billing postal-code", "one section per editor name");
});

test("a backend's parameter names a field of the editor, and its errors are placed or handed back", () => {
  assert.equal(keyOfParameter("billing_details[address][postal_code]"), "postal_code");
  assert.equal(keyOfParameter("billing[phone]"), "phone");
  assert.equal(keyOfParameter("address[city]"), "city");
  assert.equal(keyOfParameter("country"), "country");
  assert.equal(keyOfParameter("metadata[city]"), undefined);
  assert.equal(keyOfParameter("currency"), undefined);
  assert.equal(keyOfParameter(null), undefined);
  const { placed, rest } = placeErrors(
    [
      { detail: "Unknown postal code.", parameter: "billing_details[address][postal_code]" },
      { detail: "Second message.", parameter: "billing_details[address][postal_code]" },
      { detail: "Bad email.", parameter: "billing_details[email]" },
      { detail: "Other.", parameter: "currency" },
    ],
    layout("PH"),
  );
  assert.deepEqual(placed, { postal_code: "Unknown postal code." });
  // The email field is hidden here: its message goes back to the caller.
  assert.deepEqual(
    rest.map((r) => r.detail),
    ["Bad email.", "Other."],
  );
});

test("a country switch sets aside state and postal code, and line2 between the Philippines and elsewhere", () => {
  assert.deepEqual(setAsideOnSwitch("US", "GB", true), ["state", "postal_code"]);
  assert.deepEqual(setAsideOnSwitch("US", "PH", true), ["state", "postal_code", "line2"]);
  assert.deepEqual(setAsideOnSwitch("PH", "US", false), ["state", "postal_code"]);
});

test("countries are named in the locale and sorted; the current one is always offered", () => {
  assert.deepEqual(countryOptions(["US", "JP", "SG"], "US", "en"), [
    ["JP", "Japan"],
    ["SG", "Singapore"],
    ["US", "United States"],
  ]);
  assert.deepEqual(countryOptions(["PH"], "US", "en").map(([code]) => code), ["PH", "US"]);
});
