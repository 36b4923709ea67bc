// The focus indicator of every element: a solid outline that keyboard focus draws on each stop (fields,
// buttons, comboboxes, rows, links, dialogs), at 3:1 or more against what lies behind it in light and
// dark, in the merchant's --payrex-focus-ring, and kept when forced colours are on.
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import { createMemoryAdapter, demoIds } from "../src/api/memory-adapter.js";
import "../src/customer-form.js";
import "../src/address-editor.js";
import "../src/payment-history.js";
import "../src/statement-checkout.js";
import "../src/statement-editor.js";
import "../src/customer-directory.js";

type Rgba = [number, number, number, number];

function rgba(color: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b, a = "1"] = m[1]!.split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The parent across shadow boundaries. */
const up = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The first opaque background from `from` outwards. */
function backdrop(from: Element | null): Rgba {
  for (let node = from; node; node = up(node)) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] === 1) return color;
  }
  return [255, 255, 255, 1];
}

/** The element holding focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What draws the focus: the history's row buttons are outlined as their whole row. */
const indicatorOf = (focused: Element) => (focused.matches('[part="open"]') ? focused.closest('[role="row"]')! : focused);

type Outline = Pick<CSSStyleDeclaration, "outlineStyle" | "outlineWidth" | "outlineColor" | "outlineOffset" | "boxShadow" | "color">;

interface Stop {
  name: string;
  /** The indicator's style while it had focus (a computed style is live: copied at once). */
  style: Outline;
  contrast: number;
}

/** Tabs from the button before the element to the one after it, recording each stop inside the element. */
async function tabThrough(wrap: HTMLElement, max = 80): Promise<Stop[]> {
  const start = wrap.querySelector<HTMLElement>("#start")!;
  const end = wrap.querySelector<HTMLElement>("#end")!;
  start.focus();
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: "Tab" });
    const focused = deepActive();
    if (!focused || focused === end || focused === document.body) break;
    // A date field's calendar button: focus inside the browser's own parts of the field, which draw their own ring.
    if (!focused.matches(":focus")) continue;
    const indicator = indicatorOf(focused);
    const live = getComputedStyle(indicator);
    const { outlineStyle, outlineWidth, outlineColor, outlineOffset, boxShadow, color } = live;
    const style = { outlineStyle, outlineWidth, outlineColor, outlineOffset, boxShadow, color };
    const inside = parseFloat(style.outlineOffset) < 0;
    const behind = backdrop(inside ? indicator : up(indicator));
    stops.push({
      name: `${focused.localName}${focused.id ? `#${focused.id}` : ""}${focused.getAttribute("part") ? `[part=${focused.getAttribute("part")}]` : ""}`,
      style,
      contrast: style.outlineStyle === "none" ? 0 : contrast(rgba(style.outlineColor), behind),
    });
  }
  return stops;
}

const THEMES = { light: "#ffffff", dark: "#16181d" };

type Mount = (theme: string) => ReturnType<typeof html>;
const adapter = createMemoryAdapter();
const ELEMENTS: Record<string, { mount: Mount; ready: string; min: number }> = {
  "customer form": {
    mount: (theme) => html`<payrex-customer-form locale="en" theme=${theme} .adapter=${adapter}></payrex-customer-form>`,
    ready: "input[name=email]",
    min: 4,
  },
  "address editor": {
    mount: (theme) =>
      html`<payrex-address-editor locale="en" theme=${theme} .adapter=${adapter} customer-id=${demoIds.customer}></payrex-address-editor>`,
    ready: '[part~="save"]',
    min: 8,
  },
  "payment history": {
    mount: (theme) =>
      html`<payrex-payment-history locale="en" theme=${theme} .adapter=${adapter} customer-id=${demoIds.customer} filterable></payrex-payment-history>`,
    ready: '.body [role="row"]',
    min: 3,
  },
  "statement checkout": {
    mount: (theme) =>
      html`<payrex-statement-checkout locale="en" theme=${theme} .adapter=${adapter} billing-statement-id=${demoIds.statementOpen}></payrex-statement-checkout>`,
    ready: '[part~="pay-button"]',
    min: 1,
  },
  "statement editor": {
    mount: (theme) =>
      html`<payrex-statement-editor locale="en" theme=${theme} .adapter=${adapter} customer-id=${demoIds.customer}></payrex-statement-editor>`,
    ready: "input",
    min: 5,
  },
  "customer directory": {
    mount: (theme) => html`<payrex-customer-directory locale="en" theme=${theme} .adapter=${adapter}></payrex-customer-directory>`,
    ready: '.body [role="row"]',
    min: 4,
  },
};

async function place(mount: Mount, ready: string, theme: keyof typeof THEMES, focusRing?: string) {
  const style = `background: ${THEMES[theme]}; color-scheme: ${theme}; padding: 8px;${focusRing ? ` --payrex-focus-ring: ${focusRing}` : ""}`;
  const wrap = await fixture<HTMLDivElement>(html`<div style=${style}>
    <button id="start">start</button>${mount(theme)}<button id="end">end</button>
  </div>`);
  const el = wrap.children[1] as HTMLElement;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName} did not show ${ready}`, { timeout: 8000 });
  return { wrap, el };
}

describe("focus indicator", () => {
  for (const [name, { mount, ready, min }] of Object.entries(ELEMENTS)) {
    for (const theme of ["light", "dark"] as const) {
      it(`${name}, ${theme}: every keyboard stop has a solid 2px outline at 3:1 or more`, async () => {
        const { wrap } = await place(mount, ready, theme);
        const stops = await tabThrough(wrap);
        expect(stops.length, "keyboard stops").to.be.at.least(min);
        for (const stop of stops) {
          expect(stop.style.outlineStyle, stop.name).to.equal("solid");
          expect(parseFloat(stop.style.outlineWidth), stop.name).to.be.at.least(2);
          expect(stop.style.boxShadow, stop.name).to.equal("none");
          expect(stop.contrast, `${stop.name} outline contrast`).to.be.at.least(3);
        }
      });
    }
  }

  it("draws the delete dialog's focus and its buttons' outlines", async () => {
    const { el } = await place(ELEMENTS["customer directory"]!.mount, ready("customer directory"), "light");
    const remove = el.shadowRoot!.querySelector<HTMLElement>(".delete")!;
    remove.focus();
    await sendKeys({ press: "Enter" });
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>("#delete")!;
    await waitUntil(() => dialog.open);
    await sendKeys({ press: "Tab" });
    const focused = deepActive()!;
    expect(dialog.contains(focused)).to.be.true;
    expect(getComputedStyle(focused).outlineStyle).to.equal("solid");
    await sendKeys({ press: "Escape" });
  });

  it("follows --payrex-focus-ring, and a value that is not a colour leaves the text colour", async () => {
    const { wrap, el } = await place(ELEMENTS["statement checkout"]!.mount, ready("statement checkout"), "light", "rgb(0, 128, 0)");
    const [pay] = await tabThrough(wrap);
    expect(pay!.style.outlineColor).to.equal("rgb(0, 128, 0)");
    // An old box-shadow value: still an outline, in the button's own text colour.
    wrap.style.setProperty("--payrex-focus-ring", "0 0 0 3px #6b3e2666");
    const [again] = await tabThrough(wrap);
    expect(again!.style.outlineStyle).to.equal("solid");
    expect(again!.style.outlineColor).to.equal(again!.style.color);
    expect(el).to.exist;
  });

  it("keeps the outline on every element when forced colours are on", async () => {
    await emulateMedia({ forcedColors: "active" });
    try {
      expect(matchMedia("(forced-colors: active)").matches).to.be.true;
      for (const [name, { mount, ready }] of Object.entries(ELEMENTS)) {
        const { wrap } = await place(mount, ready, "light");
        const stops = await tabThrough(wrap, 4);
        expect(stops.length, name).to.be.at.least(1);
        for (const stop of stops) {
          expect(stop.style.outlineStyle, `${name} ${stop.name}`).to.equal("solid");
          expect(parseFloat(stop.style.outlineWidth), `${name} ${stop.name}`).to.be.at.least(2);
        }
      }
    } finally {
      await emulateMedia({ forcedColors: "none" });
    }
  });
});

function ready(name: string) {
  return ELEMENTS[name]!.ready;
}
