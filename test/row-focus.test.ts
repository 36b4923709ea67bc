import { expect, fixture, html as fixtureHtml, waitUntil } from "@open-wc/testing";
import { LitElement, html } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { RowFocusController } from "../src/core/row-focus.js";

/**
 * A list of `count` rows, each with a button that takes focus. With `windowed`, only ten rows from
 * `first` are drawn, like a virtualised list; the holder keeps focus while the focused row is gone.
 */
class TestRows extends LitElement {
  static override properties = { count: { type: Number }, first: { state: true } };
  declare count: number;
  declare first: number;
  windowed = false;
  opened: number[] = [];
  readonly rows = new RowFocusController(this, {
    count: () => this.count,
    item: (i) => this.renderRoot.querySelector<HTMLElement>(`[data-i="${i}"] button`),
    indexOf: (target) => Number((target as Element).closest?.("[data-i]")?.getAttribute("data-i") ?? -1),
    activate: (i) => this.opened.push(i),
    virtual: () => this.windowed,
    reveal: (i) => (this.first = Math.max(0, i - 5)),
    holder: () => this.renderRoot.querySelector<HTMLElement>(".holder"),
  });

  constructor() {
    super();
    this.count = 30;
    this.first = 0;
  }

  override render() {
    const drawn = this.windowed ? Array.from({ length: 10 }, (_, k) => this.first + k).filter((i) => i < this.count) : [...Array(this.count).keys()];
    return html`<div @keydown=${this.rows.onKeydown} @focusin=${this.rows.onFocusin} @click=${this.rows.onClick}>
      <div class="holder" tabindex="-1" @focusout=${this.rows.onFocusout}>
        ${repeat(
          drawn,
          (i) => i,
          (i) => html`<div data-i=${i}><span>Row ${i}</span> <button tabindex=${this.rows.tabIndex(i)}>Open ${i}</button></div>`,
        )}
      </div>
    </div>`;
  }
}
customElements.define("test-row-focus", TestRows);

const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, composed: true, cancelable: true }));
const focusedRow = (el: TestRows) => el.shadowRoot!.activeElement?.closest("[data-i]")?.getAttribute("data-i");
const button = (el: TestRows, i: number) => el.shadowRoot!.querySelector<HTMLElement>(`[data-i="${i}"] button`)!;

describe("RowFocusController", () => {
  it("keeps one Tab stop and moves it with the arrow keys, Home, End, Page Up and Page Down", async () => {
    const el = await fixture<TestRows>(fixtureHtml`<test-row-focus></test-row-focus>`);
    const tabbable = () => [...el.shadowRoot!.querySelectorAll("button")].filter((b) => b.tabIndex === 0);
    expect(tabbable()).to.deep.equal([button(el, 0)]);
    button(el, 0).focus();
    for (const [k, expected] of [
      ["ArrowDown", "1"],
      ["End", "29"],
      ["ArrowDown", "29"],
      ["PageUp", "19"],
      ["Home", "0"],
      ["ArrowUp", "0"],
      ["PageDown", "10"],
    ] as const) {
      const prevented = !key(el.shadowRoot!.activeElement!, k);
      expect(prevented, k).to.equal(true);
      await waitUntil(() => focusedRow(el) === expected, `${k} should focus row ${expected}`);
    }
    expect(tabbable()).to.deep.equal([button(el, 10)]);
    // Keys on anything but a row's focus target are left alone.
    expect(key(el.shadowRoot!.querySelector("[data-i='3'] span")!, "ArrowDown")).to.equal(true);
  });

  it("opens a row with Enter, Space or a click anywhere in it, and follows focus however it moves", async () => {
    const el = await fixture<TestRows>(fixtureHtml`<test-row-focus></test-row-focus>`);
    key(button(el, 2), "Enter");
    key(button(el, 4), " ");
    el.shadowRoot!.querySelector<HTMLElement>("[data-i='6'] span")!.click();
    expect(el.opened).to.deep.equal([2, 4, 6]);
    expect(el.rows.active).to.equal(6);
    button(el, 8).focus();
    await el.updateComplete;
    expect(el.rows.active).to.equal(8);
    expect(button(el, 8).tabIndex).to.equal(0);
    el.rows.reset();
    await el.updateComplete;
    expect(button(el, 0).tabIndex).to.equal(0);
    // Fewer rows than the active index: the last one is tabbable.
    el.rows.active = 20;
    el.count = 5;
    await el.updateComplete;
    expect(el.rows.active).to.equal(4);
    expect(button(el, 4).tabIndex).to.equal(0);
  });

  it("reveals a row that is not drawn, and keeps focus in the list while the focused row is gone", async () => {
    const el = await fixture<TestRows>(fixtureHtml`<test-row-focus></test-row-focus>`);
    el.windowed = true;
    el.requestUpdate();
    await el.updateComplete;
    button(el, 0).focus();
    // Resolves once the row is drawn and focus has settled on it.
    await el.rows.focus(29);
    expect(focusedRow(el)).to.equal("29");
    // The window moves away (a scroll): the focused row is removed, the holder keeps focus.
    el.first = 0;
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains("holder"), "holder keeps focus");
    // The arrow keys go on from the row that had focus.
    key(el.shadowRoot!.activeElement!, "ArrowUp");
    await waitUntil(() => focusedRow(el) === "28", "next row from the held one");
    // Scrolled back to the focused row: it gets focus back once drawn.
    el.first = 0;
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains("holder"));
    el.first = 20;
    await el.updateComplete;
    el.rows.rangeChanged(20, 29);
    await waitUntil(() => focusedRow(el) === "28", "focus given back");
    // Focus that moves away while a row settles stays away, even when something else had focused the row.
    const moving = el.rows.focus(5);
    await el.updateComplete; // the focus move runs first: row 5 is not drawn, it reveals it
    await el.updateComplete; // row 5 drawn
    button(el, 5).focus();
    await new Promise(requestAnimationFrame);
    console.log("C"); // the focus move sees its row focused
    button(el, 5).blur();
    await moving;
    expect(el.shadowRoot!.activeElement?.textContent ?? "nothing focused").to.equal("nothing focused");
    // A drawn row stays tabbable when the active one is scrolled out without focus in the list.
    el.first = 20;
    await el.updateComplete;
    el.rows.rangeChanged(20, 29);
    await el.updateComplete;
    expect(el.rows.active).to.equal(20);
    expect(button(el, 20).tabIndex).to.equal(0);
  });
});
