// The single-file builds (dist/standalone/<name>.js, docs/BUILD.md) as a merchant's page loads them:
// each in a page of its own (an iframe) served with a strict Content-Security-Policy header
// (test/standalone-server.js), given the memory adapter the other tests use. Needs `npm run build`
// (`npm test` builds them). The files' own code runs in the iframe, not in this page, so it counts
// for no coverage: the behaviour is the elements' (their own tests); what is tested here is the build.
import { expect, waitUntil } from "@open-wc/testing";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";

const NAMES = ["customer-form", "address-editor", "payment-history", "statement-checkout", "statement-editor", "customer-directory"];
const className = (name: string) => "Payrex" + name.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase());

type Report = { violations: string[]; errors: string[] };
type FrameWindow = Window & typeof globalThis & { __report: Report };
const frames: HTMLIFrameElement[] = [];

/** Opens a page that loads `names`' files in that order; resolves once every element is defined. */
async function open(...names: string[]) {
  const frame = document.createElement("iframe");
  frame.style.cssText = "width: 800px; height: 900px";
  frame.src = `/standalone-page/${names.join("+")}`;
  const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  for (const n of names) await win.customElements.whenDefined(`payrex-${n}`);
  const provider = doc.querySelector("payrex-provider") as HTMLElement & { adapter?: unknown };
  /** Adds `<payrex-<name>>` with `attrs` to the provider. */
  const add = (name: string, attrs: Record<string, string> = {}) => {
    const el = doc.createElement(`payrex-${name}`);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    provider.append(el);
    return el as HTMLElement & { updateComplete: Promise<boolean>; submit?: () => Promise<{ id: string }> };
  };
  /** What the page downloaded, by path. */
  const requests = () => win.performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname);
  return { win, doc, provider, add, requests, report: () => win.__report };
}

const input = (el: HTMLElement, selector: string) => el.shadowRoot?.querySelector<HTMLInputElement>(selector) ?? null;
async function type(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string, value: string) {
  const field = input(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
  field.dispatchEvent(new Event("change", { bubbles: true }));
  await el.updateComplete;
}

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

describe("dist/standalone/<name>.js", () => {
  it("one file per registering element, each exporting only its element class; all six run on one page", async () => {
    for (const name of NAMES) {
      const file = `/dist/standalone/${name}.js`;
      const m = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      expect(Object.keys(m), file).to.deep.equal([className(name)]);
      expect(customElements.get(`payrex-${name}`), file).to.be.a("function");
      expect(customElements.get("payrex-provider"), file).to.be.a("function");
    }
    // Each file brings its own lit: the first registration of a tag stays (the directory's file
    // registers the form too, and found it taken).
    const form = "/dist/standalone/customer-form.js";
    expect(customElements.get("payrex-customer-form")).to.equal(((await import(/* @vite-ignore */ form)) as Record<string, unknown>).PayrexCustomerForm);
  });

  it("a customer form page: one request, no CSP violation, creates a customer through the provider's memory adapter", async () => {
    const page = await open("customer-form");
    expect(page.win.customElements.get("payrex-provider")).to.be.a("function");
    expect(page.win.customElements.get("payrex-address-editor")).to.equal(undefined);
    const adapter = createMemoryAdapter();
    page.provider.adapter = adapter;
    const form = page.add("customer-form");
    await waitUntil(() => input(form, "#email"), "the form renders");
    await type(form, "name", "Ana Reyes");
    await type(form, "email", "ana@example.ph");
    const saved = new Promise<CustomEvent>((resolve) => form.addEventListener("payrex-customer-saved", (e) => resolve(e as CustomEvent), { once: true }));
    const customer = await form.submit!();
    expect(customer.id).to.match(/^cus_/);
    expect((await saved).detail.customer.id).to.equal(customer.id);
    expect((await adapter.getCustomer(customer.id)).email).to.equal("ana@example.ph");

    // A backend's validation error (a PayrexError of another copy of the code) lands on its field.
    adapter.failNext("createCustomer", "validation");
    form.removeAttribute("customer-id");
    (form as unknown as { customerId?: string }).customerId = undefined;
    await form.updateComplete;
    await type(form, "name", "Ben Cruz");
    await type(form, "email", "ben@example.ph");
    await form.submit!().catch(() => {});
    await waitUntil(() => form.shadowRoot!.querySelector("#email-error")?.textContent?.trim(), "the email field's message");
    expect(form.shadowRoot!.querySelector("#email-error")!.textContent!.trim()).to.equal("The email is invalid.");

    // The element's lazy parts came inside the file: nothing else was downloaded.
    expect(page.requests()).to.deep.equal(["/standalone-page/report.js", "/dist/standalone/customer-form.js"]);
    expect(page.report()).to.deep.equal({ violations: [], errors: [] });

    // The policy is in force and a violation would be noted: zod's probe, made by hand.
    expect(() => new page.win.Function("")).to.throw();
    await waitUntil(() => page.report().violations.length, "the violation is noted");
    expect(page.report().violations[0]).to.match(/^script-src blocked eval/);
  });

  it("the form's and the history's files inside one provider: its context reaches both copies", async () => {
    const page = await open("customer-form", "payment-history");
    page.provider.adapter = createMemoryAdapter();
    const form = page.add("customer-form", { "customer-id": demoIds.customer });
    const history = page.add("payment-history", { "customer-id": demoIds.customer });
    await waitUntil(() => input(form, "#name")?.value, "the form loads the customer");
    await waitUntil(() => history.shadowRoot?.querySelectorAll('.body [role="row"]').length, "the history lists payments");
    expect(input(form, "#email")!.value).to.contain("@");
    expect(history.shadowRoot!.querySelector('[part~="alert"]')).to.equal(null);
    expect(page.requests()).to.deep.equal([
      "/standalone-page/report.js",
      "/dist/standalone/customer-form.js",
      "/dist/standalone/payment-history.js",
    ]);
    expect(page.report()).to.deep.equal({ violations: [], errors: [] });
  });

  it("an address editor page loads the place data from ../ph/ next to the file, under the same CSP", async () => {
    const page = await open("address-editor");
    const editor = page.add("address-editor");
    const root = (editor as unknown as { renderRoot: ParentNode }).renderRoot;
    await waitUntil(() => root.querySelector('[id$="-region"][role=combobox]'), "the Philippine pickers");
    await waitUntil(() => page.requests().includes("/dist/ph/ph-index.js"), "the place index");
    expect(page.requests().filter((p) => !p.startsWith("/dist/ph/"))).to.deep.equal([
      "/standalone-page/report.js",
      "/dist/standalone/address-editor.js",
    ]);
    expect(page.report()).to.deep.equal({ violations: [], errors: [] });
  });
});
