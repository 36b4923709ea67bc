// The customer form's draft model is plain data and functions: checked in Node against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const {
  changesOf,
  draftOf,
  editDraft,
  fieldOf,
  fieldOrder,
  fieldsAffectedBy,
  messageKeys,
  newRow,
  parameterOf,
  validateDraft,
  placeBackendErrors,
  asErrorDetails,
} = await lib("components/customer-form/customer-draft.js");

const maria = {
  id: "cus_maria",
  resource: "customer",
  name: "Maria Santos",
  email: "maria@example.ph",
  currency: "PHP",
  billing_statement_prefix: "MSANTOS",
  metadata: { plan: "pro", branch: "Cubao" },
  livemode: false,
};

test("a customer's draft, and the empty draft of create mode", () => {
  const draft = draftOf(maria);
  assert.equal(draft.name, "Maria Santos");
  assert.equal(draft.prefix, "MSANTOS");
  assert.deepEqual(draft.rows.map((r) => [r.key, r.value]), [["plan", "pro"], ["branch", "Cubao"]]);
  assert.notEqual(draft.rows[0].id, draft.rows[1].id);
  assert.deepEqual(draftOf(undefined), { name: "", email: "", prefix: "", rows: [] });
});

test("validation: trimmed input with currency, or a message code per field", () => {
  const ok = validateDraft({ name: "  Ana Reyes ", email: "ana@example.ph", prefix: "", rows: [] });
  assert.deepEqual(ok, { value: { name: "Ana Reyes", email: "ana@example.ph", currency: "PHP" }, errors: {} });
  const bad = validateDraft({ name: "", email: "ana", prefix: "a b", rows: [] });
  assert.equal(bad.value, null);
  assert.deepEqual(Object.keys(bad.errors).sort(), ["email", "name", "prefix"]);
  assert.equal(bad.errors.name, "required");
});

test("metadata rows: blank rows ignored, a value needs a key, keys are unique", () => {
  const [a, b, blank, c] = [newRow("plan", "pro"), newRow("", "orphan"), newRow(), newRow(" plan ", "x")];
  const { value, errors } = validateDraft({ name: "Ana", email: "ana@example.ph", prefix: "", rows: [a, b, blank, c] });
  assert.equal(value, null);
  assert.deepEqual(errors, { [`key-${b.id}`]: "metadata_key", [`key-${c.id}`]: "metadata_duplicate" });
  const hidden = validateDraft({ name: "Ana", email: "ana@example.ph", prefix: "", rows: [b] }, { hideMetadata: true });
  assert.deepEqual(hidden.value, { name: "Ana", email: "ana@example.ph", currency: "PHP" });
});

test("an existing prefix cannot be emptied; a hidden prefix is never sent", () => {
  const draft = { ...draftOf(maria), prefix: "" };
  assert.equal(validateDraft(draft, { customer: maria }).errors.prefix, "required");
  const hidden = validateDraft({ ...draft, prefix: "x" }, { customer: maria, hidePrefix: true });
  assert.equal(hidden.errors.prefix, undefined);
  assert.equal(hidden.value.billing_statement_prefix, undefined);
});

test("the update holds only what changed, metadata whole", () => {
  const draft = draftOf(maria);
  const same = validateDraft(draft, { customer: maria }).value;
  assert.deepEqual(changesOf(maria, same), {});
  const edited = editDraft(editDraft(draft, "email", "m@example.ph"), `value-${draft.rows[0].id}`, "enterprise");
  const value = validateDraft(edited, { customer: maria }).value;
  assert.deepEqual(changesOf(maria, value), { email: "m@example.ph", metadata: { plan: "enterprise", branch: "Cubao" } });
  assert.deepEqual(changesOf(maria, value, { hideMetadata: true }), { email: "m@example.ph" });
});

test("fields and backend parameters map both ways", () => {
  const draft = draftOf(maria);
  const [plan] = draft.rows;
  assert.equal(parameterOf(draft, "prefix"), "billing_statement_prefix");
  assert.equal(parameterOf(draft, `key-${plan.id}`), "metadata[plan]");
  assert.equal(fieldOf(draft, "metadata[plan]"), `value-${plan.id}`);
  assert.equal(fieldOf(draft, "metadata[gone]"), "metadata");
  assert.equal(fieldOf(draft, "billing_statement_prefix", { hidePrefix: true }), undefined);
  assert.equal(fieldOf(draft, "currency"), undefined);
  assert.deepEqual(fieldOrder(draft).slice(0, 4), ["name", "email", "prefix", `key-${plan.id}`]);
  assert.deepEqual(fieldsAffectedBy(`key-${plan.id}`), [`key-${plan.id}`, `value-${plan.id}`, "metadata"]);
  assert.deepEqual(messageKeys(`key-${plan.id}`, "metadata_key"), ["key_metadata_key", "metadata_key", "invalid"]);
});

test("backend errors go to their fields, the rest with a detail to the alert", () => {
  const draft = draftOf(maria);
  const [plan] = draft.rows;
  const placed = placeBackendErrors(
    draft,
    [
      { code: "taken", detail: "Prefix already in use.", parameter: "billing_statement_prefix" },
      { code: "invalid", detail: "Unknown plan.", parameter: "metadata[plan]" },
      { code: "invalid", parameter: "name" },
      { code: "invalid", detail: "Currency not supported.", parameter: "currency" },
      { code: "invalid", detail: "Currency not supported.", parameter: "currency" },
      { code: "invalid" },
    ],
    "Check this field.",
  );
  assert.deepEqual(placed.server, { prefix: "Prefix already in use.", [`value-${plan.id}`]: "Unknown plan.", name: "Check this field." });
  assert.deepEqual(placed.alert, ["Currency not supported."]);
});

test("client problems become PayRex-style error entries", () => {
  const draft = draftOf(maria);
  const [plan] = draft.rows;
  assert.deepEqual(asErrorDetails(draft, { name: "required", [`key-${plan.id}`]: "metadata_duplicate" }), [
    { code: "required", parameter: "name" },
    { code: "metadata_duplicate", parameter: "metadata[plan]" },
  ]);
});
