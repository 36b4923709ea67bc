// The customer directory's search model (which filter applies, the debounce): checked in Node
// against tsc's output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lib } from "./lib.mjs";

const { searchOf, searchByOf, filtersKey, isFiltered, Debounce } = await lib("components/customer-directory/search.js");

const text = (t) => searchOf({ searchBy: "text", text: t, metadataKey: "" });
const meta = (key, value) => searchOf({ searchBy: "metadata", text: value, metadataKey: key });

test("blank text lists everyone", () => {
  assert.deepEqual(text(""), { filters: {} });
  assert.deepEqual(text("   "), { filters: {} });
  assert.deepEqual(text(undefined), { filters: {} });
});

test("text searches a name, trimmed, inner spaces collapsed", () => {
  assert.deepEqual(text("  Maria  Santos "), { filters: { name: "Maria Santos" } });
  assert.deepEqual(text("Kape't Bahay"), { filters: { name: "Kape't Bahay" } });
});

test("a whole email address searches the email filter", () => {
  assert.deepEqual(text(" maria@example.ph "), { filters: { email: "maria@example.ph" } });
  assert.deepEqual(text("a.b+c@mail.co.ph"), { filters: { email: "a.b+c@mail.co.ph" } });
});

test("an address still being typed is not searched: PayRex matches whole emails", () => {
  for (const partial of ["maria@", "maria@example", "@example.ph", "maria@example.", "maria@.ph", "ma ria@example.ph"]) {
    assert.deepEqual(text(partial), { hint: "wholeEmail" }, partial);
  }
});

test("metadata searches one key's value, both trimmed", () => {
  assert.deepEqual(meta(" crm_id ", " KB-1001 "), { filters: { metadata: { key: "crm_id", value: "KB-1001" } } });
});

test("a metadata value without its key is a problem at the key; a key without a value lists everyone", () => {
  assert.deepEqual(meta("", "KB-1001"), { problem: "metadataKeyRequired" });
  assert.deepEqual(meta("  ", "KB-1001"), { problem: "metadataKeyRequired" });
  assert.deepEqual(meta("crm_id", ""), { filters: {} });
  assert.deepEqual(meta(undefined, undefined), { filters: {} });
});

test("metadata text is never read as a name or an email", () => {
  assert.deepEqual(meta("email", "maria@example.ph"), { filters: { metadata: { key: "email", value: "maria@example.ph" } } });
  assert.deepEqual(meta("note", "maria@"), { filters: { metadata: { key: "note", value: "maria@" } } });
});

test("search-by: metadata, else text", () => {
  assert.equal(searchByOf("metadata"), "metadata");
  assert.equal(searchByOf("text"), "text");
  assert.equal(searchByOf("email"), "text");
  assert.equal(searchByOf(undefined), "text");
  assert.deepEqual(searchOf({ searchBy: "bogus", text: "Maria", metadataKey: "crm_id" }), { filters: { name: "Maria" } });
});

test("filtersKey: equal for equal filters, different for any difference", () => {
  assert.equal(filtersKey({}), filtersKey({ name: undefined }));
  assert.equal(filtersKey({ name: "a" }), filtersKey({ name: "a" }));
  const keys = [
    {},
    { name: "a" },
    { email: "a" },
    { metadata: { key: "a", value: "b" } },
    { metadata: { key: "b", value: "a" } },
    { metadata: { key: "a", value: "" } },
  ].map(filtersKey);
  assert.equal(new Set(keys).size, keys.length);
});

test("isFiltered: any filter narrows the list", () => {
  assert.equal(isFiltered({}), false);
  assert.equal(isFiltered({ name: "a" }), true);
  assert.equal(isFiltered({ email: "a@b.ph" }), true);
  assert.equal(isFiltered({ metadata: { key: "k", value: "v" } }), true);
});

/** A clock the test moves by hand. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const timers = new Map();
  return {
    timers: {
      setTimeout: (run, ms) => (timers.set(++seq, { at: now + ms, run }), seq),
      clearTimeout: (id) => timers.delete(id),
    },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now && timers.delete(id)) t.run();
      }
    },
    get waiting() {
      return timers.size;
    },
  };
}

test("debounce: runs once, delay ms after the last schedule", () => {
  const clock = fakeTimers();
  let runs = 0;
  const d = new Debounce(() => runs++, () => 300, clock.timers);
  d.schedule();
  clock.advance(200);
  d.schedule();
  clock.advance(200);
  d.schedule();
  clock.advance(299);
  assert.equal(runs, 0);
  assert.equal(d.pending, true);
  clock.advance(1);
  assert.equal(runs, 1);
  assert.equal(d.pending, false);
  assert.equal(clock.waiting, 0);
  clock.advance(10_000);
  assert.equal(runs, 1);
});

test("debounce: flush runs at once and only when something is waiting; cancel forgets it", () => {
  const clock = fakeTimers();
  let runs = 0;
  const d = new Debounce(() => runs++, () => 300, clock.timers);
  d.flush();
  assert.equal(runs, 0);
  d.schedule();
  d.flush();
  assert.equal(runs, 1);
  assert.equal(clock.waiting, 0);
  clock.advance(1000);
  assert.equal(runs, 1);
  d.schedule();
  d.cancel();
  clock.advance(1000);
  d.flush();
  assert.equal(runs, 1);
  assert.equal(clock.waiting, 0);
});

test("debounce: reads the delay at each schedule; a bad delay waits 0 ms", () => {
  const clock = fakeTimers();
  let runs = 0;
  let delay = 500;
  const d = new Debounce(() => runs++, () => delay, clock.timers);
  d.schedule();
  delay = 100;
  clock.advance(100);
  assert.equal(runs, 0);
  d.schedule();
  clock.advance(100);
  assert.equal(runs, 1);
  for (delay of [NaN, -5, Infinity]) {
    d.schedule();
    clock.advance(0);
  }
  assert.equal(runs, 4);
});
