import { css } from "lit";
import { cardStyles } from "./history-cards.styles.js";
import { stateStyles } from "./history-states.styles.js";

// Notes on these rules live here, not in the CSS, so the page is not sent them.

/**
 * The element, its tabs and its controls. The layout follows the element's own width (container
 * queries), so it has no width of its own to offer: in a flex row it takes the free space rather
 * than collapsing to nothing. Forced colors paint every border: only the selected tab keeps its bar.
 */
const layout = css`
  :host {
    container-type: inline-size;
    flex-grow: 1;
  }
  [role="tablist"] {
    display: flex;
    gap: 0.25em;
    border-block-end: 1px solid var(--_border);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  [role="tab"] {
    border: 0;
    border-block-end: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_muted);
    padding: 0.5em 0.9em;
  }
  [role="tab"][aria-selected="true"] {
    color: var(--_text);
    border-block-end-color: var(--_primary);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [role="tab"] {
      border-block-end-color: Canvas;
    }
    [role="tab"][aria-selected="true"] {
      border-block-end-color: Highlight;
    }
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .controls label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-width: 0;
  }
  select {
    min-width: 0;
    max-width: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
  }
`;

/**
 * The table.
 * - `.frame`: no scroll box of its own, the page scrolls (virtualised rows too), unless the merchant
 *   sets `--payrex-history-max-height` (`.boxed`); `overflow: clip` keeps the rows' square
 *   backgrounds inside the rounded corners, and the header's radius sits inside them too.
 * - Header cells, not the header row, get the smaller font: the column widths are in em and must
 *   match the body's.
 * - Rows scrolled out of sight skip rendering until they come near (`content-visibility`; the
 *   virtualizer does its own). The row's end leaves room for its button (header rows too, so
 *   columns line up). A separator sits on top of the row below it: a row painted later never
 *   covers it.
 * - Column widths do not depend on content, so every row (each its own grid, and virtualised rows
 *   are positioned on their own) lines up with the header. The minimums fit in the width where the
 *   table gives way to cards (history-cards.styles.ts). Refunded and Statement are columns only
 *   when some payment has one.
 * - `.open`, the row's button: a chevron at the row's end, over the row's full height. Focus is
 *   drawn around the whole row, inside its edges (a scroll box would clip it outside).
 * - Text from the backend never widens the element: words break anywhere, long values are clamped.
 */
const table = css`
  .frame {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: clip;
  }
  .boxed {
    max-height: var(--payrex-history-max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .boxed .head {
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .head {
    border-block-end: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 1px) calc(var(--_radius) - 1px) 0 0;
    background: var(--_surface);
    color: var(--_muted);
    font-weight: 600;
  }
  [role="columnheader"] {
    font-size: 0.875em;
  }
  .body:not(.virtual) > .row {
    content-visibility: auto;
    contain-intrinsic-size: auto 2.6em;
  }
  .row {
    position: relative;
    display: grid;
    grid-template-columns: var(--_cols);
    gap: 0 0.75em;
    align-items: center;
    width: 100%;
    padding: 0.6em 0.9em;
    padding-inline-end: 2.75em;
    background: var(--_bg);
  }
  .row + .row {
    border-block-start: 1px solid var(--_border);
  }
  .payments {
    --_cols: minmax(6.5em, 1.1fr) minmax(5.5em, 1.6fr) minmax(6em, 1.1fr) minmax(6.5em, 0.9fr) var(--_refunded,)
      minmax(5.5em, 0.8fr) var(--_statement,);
  }
  .payments.refunded {
    --_refunded: minmax(6em, 0.9fr);
  }
  .payments.statement {
    --_statement: minmax(5.5em, 0.9fr);
  }
  .statements {
    --_cols: minmax(6em, 1fr) minmax(6em, 2fr) minmax(6.5em, 1fr) minmax(6.5em, 1fr) minmax(6em, 1fr);
  }
  .head .row {
    background: inherit;
  }
  .body .row {
    cursor: pointer;
  }
  .body .row:hover {
    background: var(--_surface);
  }
  .open {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: 2.75em;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_muted);
  }
  .open::before {
    content: "";
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .open:dir(rtl)::before {
    transform: rotate(135deg);
  }
  .row:hover .open {
    color: var(--_primary);
  }
  .body .open:focus-visible {
    outline: none;
  }
  .body .row:has(.open:focus-visible),
  .body:focus-visible {
    outline-style: solid;
    outline-width: 2px;
    outline-color: var(--_focus);
    outline-offset: -2px;
  }
  .body [role="cell"]:empty::before,
  .blank::before {
    content: "—" / "";
    color: var(--_muted);
  }
  [role="cell"],
  [role="columnheader"] {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
`;

export const styles = [layout, table, stateStyles, cardStyles];
