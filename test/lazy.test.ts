import { expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { expectNotReady } from "./support.js";
import { css, html as litHtml, type CSSResult, type PropertyDeclarations } from "lit";
import { PayrexElement } from "../src/core/payrex-element.js";
import { LazyController } from "../src/core/lazy.js";
import { defineElement } from "../src/core/define.js";
import type { PayrexError } from "../src/api/errors.js";

/** The lazily loaded part of the test element: a controller constructed with the element as host. */
class Greeter {
  submits = 0;
  constructor(readonly host: LazyGreeting) {}
  greet(): string {
    return `hello ${this.host.label}`;
  }
  async submit(): Promise<number> {
    return ++this.submits;
  }
  render() {
    return litHtml`<p part="greeting">${this.greet()}</p>`;
  }
}

interface GreeterModule {
  Greeter: typeof Greeter;
  styles: CSSResult;
}

/** A module download that finishes (or fails) when the test says so. */
function loader() {
  let resolve!: (m: GreeterModule) => void;
  let reject!: (e: unknown) => void;
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<GreeterModule>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return { load, calls: () => calls, finish: () => resolve({ Greeter, styles: css`p { margin: 7px; }` }), fail: (e: unknown) => reject(e) };
}

let current = loader();

/** What every element does: real properties and methods on the class, behaviour in a lazy controller. */
class LazyGreeting extends PayrexElement {
  static override properties: PropertyDeclarations = { label: { type: String } };
  declare label: string;
  // Each test defines a fresh subclass bound to a fresh loader, so downloads do not leak between tests.
  static load: () => Promise<GreeterModule> = () => current.load();
  protected _part = new LazyController(
    this,
    (this.constructor as typeof LazyGreeting).load,
    (m) => new m.Greeter(this),
    (m) => m.styles,
  );

  /** Synchronous: throws InvalidStateError until the part has loaded. */
  greet(): string {
    return this._part.require("greet").greet();
  }
  /** Asynchronous: waits for the part. */
  async submit(): Promise<number> {
    return (await this._part.ready).submit();
  }
  protected override render() {
    return this._part.render((part) => part.render(), () => litHtml`<p part="pending">…</p>`);
  }
}

let n = 0;
function freshTag() {
  const l = (current = loader());
  const load = () => l.load();
  class El extends LazyGreeting {
    static override load = load;
  }
  const tag = `test-lazy-greeting-${++n}`;
  defineElement(tag, El);
  return { tag, ...l };
}

describe("LazyController", () => {
  it("starts the download when the element is made, before it is connected", () => {
    const { tag, calls } = freshTag();
    document.createElement(tag);
    expect(calls()).to.equal(1);
  });

  it("renders a pending state, then the loaded part; updateComplete waits for it", async () => {
    const { tag, finish } = freshTag();
    const el = document.createElement(tag) as LazyGreeting;
    el.label = "Maria";
    document.body.append(el);
    await new Promise(requestAnimationFrame);
    expect(el.shadowRoot!.querySelector('[part="pending"]')).to.exist;
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    await Promise.resolve();
    expect(done).to.equal(false);
    finish();
    await complete;
    const greeting = el.shadowRoot!.querySelector('[part="greeting"]')!;
    expect(greeting.textContent).to.equal("hello Maria");
    expect(getComputedStyle(greeting).marginTop).to.equal("7px", "the part's styles come with it");
    expect(getComputedStyle(el).display).to.equal("block", "the element's own styles stay");
    await expect(el).to.be.accessible();
    el.remove();
  });

  it("throws InvalidStateError from a synchronous method before the part has loaded, and answers after ready", async () => {
    const { tag, finish } = freshTag();
    const el = document.createElement(tag) as LazyGreeting;
    el.label = "Juan";
    const [message] = expectNotReady(() => el.greet());
    expect(message).to.contain(`${tag}.greet()`).and.contain("ready");
    finish();
    await el.ready;
    expect(el.greet()).to.equal("hello Juan");
  });

  it("lets async methods wait for the part, connected or not", async () => {
    const { tag, finish } = freshTag();
    const el = document.createElement(tag) as LazyGreeting;
    const answer = el.submit();
    finish();
    expect(await answer).to.equal(1);
  });

  it("gives an instance made after the download its part at once, without downloading again", async () => {
    const { tag, finish, calls } = freshTag();
    document.createElement(tag);
    finish();
    await (document.createElement(tag) as LazyGreeting).ready;
    const later = document.createElement(tag) as LazyGreeting;
    later.label = "Ana";
    expect(later.greet()).to.equal("hello Ana");
    expect(calls()).to.equal(1);
    // Connected later, it still gets the part's styles.
    document.body.append(later);
    await later.updateComplete;
    expect(getComputedStyle(later.shadowRoot!.querySelector("p")!).marginTop).to.equal("7px");
    later.remove();
  });

  it("runs a subclass's super.submit() once per call, also before the part has loaded", async () => {
    const { tag, finish } = freshTag();
    const Base = customElements.get(tag) as typeof LazyGreeting;
    let overrides = 0;
    class Custom extends Base {
      override async submit(): Promise<number> {
        overrides++;
        return super.submit();
      }
    }
    defineElement(`${tag}-custom`, Custom);
    const el = document.createElement(`${tag}-custom`) as Custom;
    const first = el.submit();
    finish();
    expect(await first).to.equal(1);
    expect(await el.submit()).to.equal(2);
    expect(overrides).to.equal(2);
  });

  it("reports a failed download, shows the one load-error template, and retries", async () => {
    const { tag, fail, finish, calls } = freshTag();
    const el = document.createElement(tag) as LazyGreeting;
    el.locale = "fil";
    el.label = "Davao";
    const fired = oneEvent(el, "payrex-error");
    document.body.append(el);
    const ready = el.ready.then(
      () => undefined,
      (e: PayrexError) => e,
    );
    fail(new TypeError("Failed to fetch dynamically imported module"));
    const { detail } = await fired;
    expect(detail.error.kind).to.equal("network");
    expect(detail.error.code).to.equal("load_failed");
    expect(detail.error.message).to.contain(tag).and.contain("Failed to fetch");
    expect(await ready).to.equal(detail.error);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[part="alert"][role="alert"]')!;
    expect(alert.textContent).to.contain("Hindi ma-load");
    const retry = alert.querySelector<HTMLButtonElement>('button[part="retry"]')!;
    expect(retry.textContent).to.equal("Subukang muli");
    await expect(el).to.be.accessible();
    // A synchronous call still refuses rather than guessing.
    expect(() => el.greet()).to.throw(DOMException);
    retry.click();
    expect(calls()).to.equal(2);
    finish();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain("hello Davao");
    el.remove();
  });

  it("keeps working inside another shadow root", async () => {
    const { tag, finish } = freshTag();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: "open" });
    root.innerHTML = `<${tag} label="Cebu"></${tag}>`;
    const el = root.querySelector(tag) as LazyGreeting;
    expect(el).to.be.instanceOf(LazyGreeting);
    finish();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.textContent!.includes("hello Cebu"));
  });
});
