import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { PayrexAddressEditor } from "../src/address-editor.js";

// In a file of its own: the page in the iframe loads the editor's modules a second time, which would
// replace their coverage from the main test file's page.
type Editor = PayrexAddressEditor;

describe("<payrex-address-editor> back/forward", () => {
  it("is restored by the browser after navigating away and back", async () => {
    // A page in an iframe: fill it, leave it, come back; the browser hands the state back.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="restore"></iframe>`);
    const moduleUrl = new URL("../src/address-editor.ts", import.meta.url).href;
    const page = `<!doctype html><html lang="en"><body><form><payrex-address-editor name="b"></payrex-address-editor></form>
      <script type="module">import ${JSON.stringify(moduleUrl)};</script></body></html>`;
    const url = URL.createObjectURL(new Blob([page], { type: "text/html" }));
    const loaded = () => new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
    let load = loaded();
    frame.src = url;
    await load;
    const editor = () => frame.contentDocument!.querySelector<Editor>("payrex-address-editor")!;
    // The frame loads the editor's modules afresh: allow for a cold module graph on a busy machine.
    await waitUntil(() => editor()?.shadowRoot?.querySelector('[id$="-line1"]'), "editor rendered in frame", { timeout: 8000 });
    await editor().updateComplete;
    const line1 = editor().shadowRoot!.querySelector<HTMLInputElement>('[id$="-line1"]')!;
    line1.value = "9 Rizal Ave";
    line1.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
    await editor().updateComplete;
    const before = editor();
    load = loaded();
    frame.contentWindow!.location.href = "about:blank";
    await load;
    load = loaded();
    frame.contentWindow!.history.back();
    await load;
    await waitUntil(() => editor()?.shadowRoot?.querySelector('[id$="-line1"]'), "editor rendered again", { timeout: 8000 });
    // A new document and element (not a page cache): the browser called formStateRestoreCallback.
    expect(editor()).not.to.equal(before);
    await waitUntil(() => editor().value.address.line1 === "9 Rizal Ave", "state restored");
    const fd = new (frame.contentWindow as unknown as typeof globalThis).FormData(frame.contentDocument!.querySelector("form")!);
    expect(fd.get("b[line1]")).to.equal("9 Rizal Ave");
    URL.revokeObjectURL(url);
  });
});
