import { css } from "lit";

// Notes on these rules live here, not in the CSS, so the page is not sent them.
/**
 * The checkout's card.
 * - Text from the backend may hold words longer than the card: it breaks (`overflow-wrap`) instead
 *   of widening the page. Names and numbers are short; a runaway one is cut to a few lines
 *   (assistive technology reads it all).
 * - `.layout`: one column (header, the amount and pay area, then the details); wide, the details
 *   beside the summary, which stays in view (sticky) while a long statement scrolls past it.
 * - Narrow (30rem): quantity and unit price move under the description, so the line-item table
 *   keeps two columns.
 * - Forced colors drop backgrounds: the summary panel keeps an outline instead.
 */
export const styles = css`
  :host {
    max-width: var(--payrex-checkout-max-width, 64rem);
  }
  .card {
    container-type: inline-size;
    overflow-wrap: anywhere;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: "header" "summary" "main";
  }
  header {
    grid-area: header;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.5rem 1rem;
  }
  .summary {
    grid-area: summary;
    display: grid;
    gap: 0.75rem;
    align-self: start;
    min-width: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .main {
    grid-area: main;
    display: grid;
    gap: var(--_space);
    align-content: start;
    min-width: 0;
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, 20rem);
      grid-template-areas: "header header" "main summary";
      column-gap: calc(var(--_space) * 2);
    }
    .summary {
      position: sticky;
      top: var(--_space);
    }
  }
  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  dl,
  dd {
    margin: 0;
  }
  header > div {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .merchant,
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .title {
    -webkit-line-clamp: 3;
  }
  .muted,
  dt,
  thead th {
    color: var(--_muted);
  }
  dt,
  thead th,
  .small {
    font-size: 0.875em;
  }
  .badge {
    display: inline-block;
    min-width: 0;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 0.15em 0.7em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .info {
    color: var(--_primary);
  }
  .danger {
    color: var(--_danger);
  }
  .success {
    color: var(--_success);
  }
  .warning {
    color: var(--_warning);
  }
  .neutral {
    color: var(--_muted);
  }
  .figure {
    display: grid;
    gap: 0.15rem;
  }
  .amount {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }
  .amount,
  table {
    font-variant-numeric: tabular-nums;
  }
  .due.danger {
    font-weight: 700;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: 0.75rem 1rem;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5em 0.4em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    font-weight: 600;
  }
  tr > :first-child {
    padding-inline-start: 0;
  }
  tr > :last-child {
    padding-inline-end: 0;
  }
  .num {
    text-align: end;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  tfoot > tr > * {
    border: 0;
    padding-block: 0.25em;
    font-weight: 400;
  }
  tfoot > tr:first-child > * {
    padding-block-start: 0.6em;
  }
  tfoot > .total > * {
    font-weight: 700;
  }
  .per-unit {
    display: none;
  }
  @container (max-width: 30rem) {
    .wide {
      display: none;
    }
    .per-unit {
      display: block;
    }
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0.35rem 0 0;
    padding: 0;
    list-style: none;
  }
  li {
    max-width: 100%;
    padding: 0.1em 0.65em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
    background: var(--_bg);
  }
  .notice {
    padding: 0.75em;
    border-inline-start: 4px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .notice > span {
    color: var(--_text);
  }
  .actions {
    display: grid;
    gap: 0.75rem;
  }
  .pay {
    width: 100%;
    padding: 0.75em 1em;
    font-size: 1.05em;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  @media (forced-colors: active) {
    .summary {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      max-width: none;
    }
    .card {
      border: 0;
      padding: 0;
    }
    .layout {
      grid-template-columns: none;
      grid-template-areas: "header" "summary" "main";
    }
    .summary {
      position: static;
      padding: 0;
    }
    .actions,
    button,
    ::slotted(*) {
      display: none !important;
    }
    .scroll {
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
