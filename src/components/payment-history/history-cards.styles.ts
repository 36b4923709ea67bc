import { css } from "lit";

/**
 * Stacked cards, for widths where the columns do not fit: the row's fields flow in as many columns
 * as fit, each value after its column's name (drawn by CSS as decoration; the header row, hidden
 * but still there, gives screen readers the real column names). Rules relative to the table. Empty
 * fields leave the card, but stay in the row for screen readers.
 */
const stacked = css`
  .head {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .row {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.3em 1.25em;
    align-items: start;
    padding-block: 0.75em;
  }
  .body:not(.virtual) > .row {
    contain-intrinsic-size: auto 9em;
  }
  [role="cell"] {
    display: grid;
    grid-template-columns: 6.5em minmax(0, 1fr);
    gap: 0 0.75em;
    align-items: baseline;
  }
  [role="cell"]::before {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .body [role="cell"]:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .num {
    text-align: start;
  }
  .badge {
    justify-self: start;
  }
  [role="cell"]:nth-child(1)::before {
    content: var(--_l1) / "";
  }
  [role="cell"]:nth-child(2)::before {
    content: var(--_l2) / "";
  }
  [role="cell"]:nth-child(3)::before {
    content: var(--_l3) / "";
  }
  [role="cell"]:nth-child(4)::before {
    content: var(--_l4) / "";
  }
  [role="cell"]:nth-child(5)::before {
    content: var(--_l5) / "";
  }
  [role="cell"]:nth-child(6)::before {
    content: var(--_l6) / "";
  }
  [role="cell"]:nth-child(7)::before {
    content: var(--_l7) / "";
  }
`;

/** Five columns need about 38em; six or seven (`.wide`) about 50em. 200% zoom on a 1280 px screen is 40em. */
export const cardStyles = css`
  @container (max-width: 42em) {
    [role="table"] {
      ${stacked}
    }
  }
  @container (max-width: 50em) {
    [role="table"].wide {
      ${stacked}
    }
  }
`;
