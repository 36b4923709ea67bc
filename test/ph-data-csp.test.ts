// A strict Content-Security-Policy reports zod's `new Function` probe, made when an object schema is
// built while zod's JIT is allowed. The place data loader is the first code to build a schema on a
// page with only an unbound address editor, so its schemas must be built with the JIT off. This file
// runs in a page of its own: nothing else has built a schema before the import below.
import { expect } from "@open-wc/testing";
import * as z from "zod/mini";

describe("the place data loader under a strict CSP", () => {
  it("turns zod's JIT off before building its schemas (no `new Function` probe)", async () => {
    expect(z.config().jitless).to.not.equal(true);
    await import("../src/components/address-editor/ph-data.js");
    expect(z.config().jitless).to.equal(true);
  });
});
