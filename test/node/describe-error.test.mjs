// describeError and the common catalog are plain modules: checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { describeError, errorMessageKey, backendDetail, shownDetails } = await lib("core/describe-error.js");
const { PayrexError } = await lib("api/errors.js");
const { setMessages } = await lib("core/i18n.js");

const http = (status, errors) => new PayrexError("http", `answered HTTP ${status}.`, { status, errors });

test("maps kind, code and status to a common catalog key", () => {
  const cases = [
    [new PayrexError("network", "x"), "network"],
    [new PayrexError("timeout", "x"), "timeout"],
    [new PayrexError("aborted", "x"), "aborted"],
    [new PayrexError("invalid_response", "x"), "invalidResponse"],
    [new PayrexError("validation", "x"), "invalid"],
    [new PayrexError("validation", "x", { code: "secret_key" }), "secretKey"],
    [new PayrexError("validation", "x", { code: "no_adapter" }), "noAdapter"],
    [new PayrexError("network", "x", { code: "load_failed" }), "loadFailed"],
    [new PayrexError("validation", "x", { code: "missing_method", method: "listCustomers" }), "missingMethod"],
    [http(400), "http400"],
    [http(401), "http401"],
    [http(403), "http403"],
    [http(404), "http404"],
    [http(409), "http409"],
    [http(422), "http422"],
    [http(429), "http429"],
    [http(500), "http5xx"],
    [http(503), "http5xx"],
    [http(418), "http400"],
    [new TypeError("Failed to fetch"), "network"],
  ];
  for (const [error, key] of cases) assert.equal(errorMessageKey(error), key, String(error.message));
});

test("names the adapter method that is missing, in English and Filipino", () => {
  const error = new PayrexError("validation", "The adapter has no finalizeBillingStatement method.", {
    code: "missing_method",
    method: "finalizeBillingStatement",
  });
  assert.match(describeError(error, "en"), /^The backend adapter has no finalizeBillingStatement method, which this needs\./);
  assert.match(describeError(error, "fil"), /^Walang finalizeBillingStatement na method ang backend adapter/);
});

test("speaks the user's language, never the developer message", () => {
  const error = http(429);
  assert.equal(describeError(error, "en"), "Too many tries. Please wait a moment and try again.");
  assert.equal(describeError(error, "fil-PH"), "Masyadong maraming subok. Maghintay sandali at subukang muli.");
  assert.equal(describeError(error, "ja"), describeError(error, "en"));
  assert.ok(!describeError(http(500), "en").includes("HTTP"));
  assert.match(describeError(new PayrexError("validation", "x", { code: "secret_key" }), "en"), /secret key/);
});

test("every common message reads differently in Filipino", () => {
  for (const kind of ["network", "timeout", "aborted", "invalid_response", "validation"]) {
    const error = new PayrexError(kind, "x");
    assert.notEqual(describeError(error, "fil"), describeError(error, "en"), kind);
  }
  for (const status of [400, 401, 403, 404, 409, 422, 429, 500]) {
    assert.notEqual(describeError(http(status), "fil"), describeError(http(status), "en"), String(status));
  }
});

test("merchants override common messages with setMessages", () => {
  setMessages("en", "common", { http403: "Ask your administrator for access." });
  assert.equal(describeError(http(403), "en-PH"), "Ask your administrator for access.");
  assert.equal(describeError(http(403), "fil"), "Wala kang pahintulot na gawin ito.");
});

test("backendDetail gives the first detail of an HTTP error only", () => {
  assert.equal(backendDetail(http(400, [{ code: "a" }, { code: "b", detail: "The email is taken." }]), "en-PH"), "The email is taken.");
  assert.equal(backendDetail(http(400), "en"), undefined);
  assert.equal(backendDetail(new PayrexError("network", "x", { errors: [{ detail: "no" }] }), "en"), undefined);
});

test("a backend's English detail never reaches a Filipino reader", () => {
  const errors = [
    { code: "parameter_invalid", detail: "The email is invalid.", parameter: "email" },
    { code: "parameter_invalid", detail: "Currency not supported." },
    { code: "parameter_required", parameter: "name" },
  ];
  assert.equal(backendDetail(http(400, errors), "fil"), undefined);
  assert.equal(backendDetail(http(400, errors), "tl-PH"), undefined);
  // English readers see it as sent; fields keep their parameter, the text is translated or dropped.
  assert.deepEqual(shownDetails(errors, "en"), errors);
  assert.deepEqual(shownDetails(errors, "fil", "Pakisuri ito."), [
    { code: "parameter_invalid", detail: "Pakisuri ito.", parameter: "email" },
    { code: "parameter_invalid", detail: "Pakisuri ito." },
    { code: "parameter_required", detail: undefined, parameter: "name" },
  ]);
  assert.deepEqual(shownDetails(errors, "fil").map((e) => e.detail), [undefined, undefined, undefined]);
  assert.equal(errors[0].detail, "The email is invalid.");
});

test("no developer words in what a customer reads: request, element, resource, server", () => {
  const statuses = [400, 401, 403, 404, 409, 422, 429, 500];
  const kinds = ["network", "timeout", "aborted", "invalid_response", "validation"];
  const errors = [...statuses.map((s) => http(s)), ...kinds.map((k) => new PayrexError(k, "x"))];
  for (const locale of ["en", "fil"]) {
    for (const error of errors) {
      const text = describeError(error, locale);
      assert.doesNotMatch(text, /\b(requests?|elements?|elemento|resources?|server|kahilingan|HTTP)\b/i, text);
    }
  }
});
