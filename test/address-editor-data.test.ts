// The Philippine place data cannot be had (a wrong dataUrl, a page that is not JavaScript, a module
// of another shape, offline): the editor falls back to plain fields, and says why to the developer
// (payrex-error, a console warning naming dataUrl), never silently. The folders under /ph-data/ are
// served by test/ph-data-server.js.
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import "../src/address-editor.js";
import type { PayrexAddressEditor } from "../src/address-editor.js";
import type { PayrexError } from "../src/api/errors.js";

const NOTE = "The list of places could not be loaded. Type the address instead.";

async function failedLoad(dataUrl: string) {
  const realWarn = console.warn;
  const warnings: string[] = [];
  const errors: PayrexError[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(" "));
  try {
    const el = await fixture<PayrexAddressEditor>(
      html`<payrex-address-editor .dataUrl=${dataUrl} @payrex-error=${(e: CustomEvent<{ error: PayrexError }>) => errors.push(e.detail.error)}></payrex-address-editor>`,
    );
    await waitUntil(() => errors.length > 0, "no payrex-error");
    await el.updateComplete;
    const note = (el.shadowRoot ?? el).querySelector(".note");
    return { el, errors, warnings, note: note?.textContent };
  } finally {
    console.warn = realWarn;
  }
}

describe("<payrex-address-editor> without its place data", () => {
  it("reports a 404 at dataUrl: payrex-error and a console warning naming the URL and dataUrl", async () => {
    const { errors, warnings, note } = await failedLoad("/missing-ph-data/");
    expect(note).to.equal(NOTE);
    expect(errors).to.have.length(1);
    expect(errors[0]!.kind).to.equal("network");
    expect(errors[0]!.code).to.equal("load_failed");
    expect(errors[0]!.message).to.contain(`${location.origin}/missing-ph-data/ph-index.js: HTTP 404`);
    expect(errors[0]!.message).to.contain("dataUrl");
    expect(warnings).to.deep.equal([errors[0]!.message]);
  });

  it("reports an HTML page served where the modules should be", async () => {
    const { errors, warnings, note } = await failedLoad("/ph-data/html/");
    expect(note).to.equal(NOTE);
    expect(errors[0]!.message).to.contain("/ph-data/html/ph-index.js: not JavaScript (text/html");
    expect(warnings[0]).to.contain("dataUrl");
  });

  it("reports a module that is not place data", async () => {
    const { errors, warnings } = await failedLoad("/ph-data/other/");
    expect(errors[0]!.message).to.contain("/ph-data/other/ph-index.js: not place data");
    expect(warnings[0]).to.contain("dataUrl");
  });

  it("reports a network failure (offline)", async () => {
    const { errors, warnings, note } = await failedLoad("/ph-data/offline/");
    expect(note).to.equal(NOTE);
    expect(errors[0]!.message).to.contain(`${location.origin}/ph-data/offline/ph-index.js: `);
    expect(errors[0]!.message).to.match(/Failed to fetch/);
    expect(warnings[0]).to.contain("dataUrl");
  });

  it("runs no code from a data: URL: refused before any import, with payrex-error", async () => {
    const w = window as unknown as { __phDataRan?: boolean };
    const { errors, note } = await failedLoad("data:text/javascript,window.__phDataRan=true;export const index={},barangays=[];");
    expect(note).to.equal(NOTE);
    expect(errors[0]!.message).to.contain("not an http(s) URL");
    expect(w.__phDataRan).to.equal(undefined);
  });
});

describe("<payrex-address-editor> data-url in markup", () => {
  it("is not an attribute: markup cannot choose the place data's code, the bundled data is used", async () => {
    const errors: PayrexError[] = [];
    const el = await fixture<PayrexAddressEditor>(
      html`<payrex-address-editor data-url="/missing-ph-data/" @payrex-error=${(e: CustomEvent<{ error: PayrexError }>) => errors.push(e.detail.error)}></payrex-address-editor>`,
    );
    expect(el.dataUrl).to.equal(undefined);
    await waitUntil(() => (el.shadowRoot ?? el).querySelector('[role="combobox"]'), "no place pickers");
    expect((el.shadowRoot ?? el).querySelector(".note")).to.equal(null);
    expect(errors).to.deep.equal([]);
  });
});
