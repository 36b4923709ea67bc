// The store interface: the memory reference store and the libSQL store answer alike.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { createLibsqlStore, createMemoryStore } from "../../dist/lib/server/index.js";

for (const [name, open] of [
  ["memory", async () => createMemoryStore()],
  ["libsql :memory:", () => createLibsqlStore(":memory:")],
  ["libsql :memory: through @libsql/client", () => createLibsqlStore(":memory:", { client: true })],
]) {
  describe(`${name} store`, () => {
    test("get, insert (once), put, delete", async () => {
      const s = await open();
      const r = { id: "a", owner: "o", created: 1, data: { n: 1, nested: { x: [1, "2"] } } };
      assert.equal(await s.get("c", "a"), null);
      assert.equal(await s.insert("c", r), true);
      assert.equal(await s.insert("c", { ...r, data: 2 }), false);
      assert.deepEqual(await s.get("c", "a"), r);
      assert.equal(await s.get("other", "a"), null, "collections are separate");
      await s.put("c", { ...r, data: 3 });
      assert.equal((await s.get("c", "a")).data, 3);
      await s.delete("c", "a");
      assert.equal(await s.get("c", "a"), null);
      await s.close?.();
    });

    test("concurrent inserts of one id: exactly one wins", async () => {
      const s = await open();
      const wins = await Promise.all(Array.from({ length: 8 }, () => s.insert("c", { id: "k", owner: null, created: 1, data: null })));
      assert.equal(wins.filter(Boolean).length, 1);
      await s.close?.();
    });

    test("list: owner's records, newest first (ties by id), cursors both ways, unknown cursor null", async () => {
      const s = await open();
      const created = [5, 3, 3, 9, 1, 7, 3];
      for (const [i, t] of created.entries()) await s.put("p", { id: `r${i}`, owner: "me", created: t, data: i });
      await s.put("p", { id: "x", owner: "you", created: 8, data: "x" });
      const ids = (page) => page.data.map((r) => r.id);
      const first = await s.list("p", { owner: "me", limit: 3 });
      assert.deepEqual(ids(first), ["r3", "r5", "r0"]);
      assert.equal(first.has_more, true);
      const second = await s.list("p", { owner: "me", limit: 3, after: "r0" });
      assert.deepEqual(ids(second), ["r6", "r2", "r1"]);
      const last = await s.list("p", { owner: "me", limit: 3, after: "r1" });
      assert.deepEqual(ids(last), ["r4"]);
      assert.equal(last.has_more, false);
      const back = await s.list("p", { owner: "me", limit: 2, before: "r2" });
      assert.deepEqual(ids(back), ["r0", "r6"]);
      assert.equal(back.has_more, true);
      assert.equal(await s.list("p", { owner: "me", limit: 2, after: "x" }), null, "another owner's record is no cursor");
      assert.equal(await s.list("p", { owner: "me", limit: 2, before: "nope" }), null);
      assert.deepEqual(await s.list("p", { owner: "nobody", limit: 2 }), { data: [], has_more: false });
      await s.close?.();
    });

    test("list with owner null: the records without an owner (the sandbox's customers), paged the same way", async () => {
      const s = await open();
      for (const [i, t] of [4, 2, 6].entries()) await s.put("customers", { id: `c${i}`, owner: null, created: t, data: i });
      await s.put("customers", { id: "owned", owner: "me", created: 5, data: "x" });
      const ids = (page) => page.data.map((r) => r.id);
      const first = await s.list("customers", { owner: null, limit: 2 });
      assert.deepEqual(ids(first), ["c2", "c0"]);
      assert.equal(first.has_more, true);
      assert.deepEqual(ids(await s.list("customers", { owner: null, limit: 2, after: "c0" })), ["c1"]);
      assert.deepEqual(ids(await s.list("customers", { owner: null, limit: 2, before: "c1" })), ["c2", "c0"]);
      assert.equal(await s.list("customers", { owner: null, limit: 2, after: "owned" }), null, "an owned record is no cursor here");
      assert.deepEqual(ids(await s.list("customers", { owner: "me", limit: 5 })), ["owned"]);
      await s.close?.();
    });
  });
}

for (const [name, options] of [
  ["engine", {}],
  ["@libsql/client", { client: true }],
]) {
  test(`libsql listJson (${name}) answers every page exactly as list does, as JSON text`, async () => {
    const s = await createLibsqlStore(":memory:", options);
    // Ties on `created` and ids out of insertion order exercise the (created, id) cursor.
    for (let i = 0; i < 30; i++) {
      await s.put("payments", { id: `pay_${String(i % 7).padStart(2, "0")}_${i}`, owner: "cus_1", created: 1000 + Math.floor(i / 3), data: { i, text: 'a"b,\u2028]' } });
    }
    await s.put("payments", { id: "pay_other", owner: "cus_2", created: 2000, data: { i: -1 } });
    const ids = (await s.list("payments", { owner: "cus_1", limit: 100 })).data.map((r) => r.id);
    assert.equal(ids.length, 30);
    for (const limit of [1, 3, 29, 30, 100]) {
      for (const cursor of [undefined, ...ids]) {
        for (const key of ["after", "before"]) {
          const q = { owner: "cus_1", limit, ...(cursor && { [key]: cursor }) };
          const expected = await s.list("payments", q);
          const got = await s.listJson("payments", q);
          assert.deepEqual({ data: JSON.parse(got.json), has_more: got.has_more }, { data: expected.data.map((r) => r.data), has_more: expected.has_more }, JSON.stringify(q));
        }
      }
    }
    assert.deepEqual(await s.listJson("payments", { owner: "nobody", limit: 5 }), { json: "[]", has_more: false });
    assert.equal(await s.listJson("payments", { owner: "cus_1", limit: 5, after: "pay_other" }), null);
    s.close();
  });
}
