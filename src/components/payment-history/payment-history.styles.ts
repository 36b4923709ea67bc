import { css } from "lit";
import { cardStyles } from "./history-cards.styles.js";

const base = css`
  /*
   * The layout follows the element's own width (container queries), so it has no width of its own
   * to offer: in a flex row it takes the free space rather than collapsing to nothing.
   */
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
  /* Forced colors paint every border: only the selected tab keeps its bar. */
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
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
  }
  /* No scroll box of its own: the page scrolls (virtualised rows too), unless the merchant asks for a box. */
  .frame {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Rows' square backgrounds stay inside the rounded corners (no scroll box: the page still scrolls). */
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
    /* Inside the frame's rounded corners. */
    border-radius: calc(var(--_radius) - 1px) calc(var(--_radius) - 1px) 0 0;
    background: var(--_surface);
    color: var(--_muted);
    font-weight: 600;
  }
  /* On the cells, not the row: the column widths are in em and must match the body's. */
  [role="columnheader"] {
    font-size: 0.875em;
  }
  /* Rows scrolled out of the box skip rendering until they come near (the virtualizer does its own). */
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
    /* The end leaves room for the row's button (header rows too, so columns line up). */
    padding: 0.6em 0.9em;
    padding-inline-end: 2.75em;
    background: var(--_bg);
  }
  /* A separator sits on top of the row below it: a row painted later never covers it. */
  .row + .row {
    border-block-start: 1px solid var(--_border);
  }
  /*
   * Column widths do not depend on content, so every row (each its own grid, and virtualised rows
   * are positioned on their own) lines up with the header. The minimums fit in the width where the
   * table gives way to cards (see the end). Refunded and Statement are columns only when some
   * payment has one.
   */
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
  /* The row's button: a chevron at the row's end, over the row's full height. */
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
  /* Focus is drawn around the whole row, inside its edges (a scroll box would clip it outside). */
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
  /* Text from the backend never widens the element: words break anywhere, long values are clamped. */
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
  /* On paper: every row laid out (none skipped as off screen), no scroll box, no buttons. */
  @media print {
    .body:not(.virtual) > .row {
      content-visibility: visible;
    }
    .boxed {
      max-height: none;
      overflow: visible;
    }
    .open,
    .foot button {
      display: none;
    }
    .row {
      break-inside: avoid;
    }
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: middle;
    border: 1px solid currentColor;
    border-radius: 0.75em;
    padding: 0 0.6em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  .badge.success {
    color: var(--_success);
  }
  .badge.warning {
    color: var(--_warning);
  }
  .badge.danger {
    color: var(--_danger);
  }
  .badge.info {
    color: var(--_primary);
  }
  /* Placeholders: a shade of the text colour (visible in light and dark), the system's grey in forced colors. */
  .bone {
    display: block;
    width: 70%;
    height: 1em;
    margin-block: 0.2em;
    border-radius: 0.25em;
    background: color-mix(in srgb, currentColor 16%, transparent);
  }
  [role="cell"]:nth-child(2n) .bone {
    width: 90%;
  }
  .num .bone {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .bone {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: payrex-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes payrex-pulse {
    to {
      opacity: 0.5;
    }
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .empty p {
    max-width: 36em;
    margin: 0.25em auto;
  }
  .empty .what {
    color: var(--_text);
    font-weight: 600;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .foot [part~="alert"] {
    flex: 1;
  }
  [part~="alert"] button {
    margin-inline-start: 0.75em;
  }
`;

export const styles = [base, cardStyles];
