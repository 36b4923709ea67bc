import { css } from "lit";

/**
 * `:host` is painted, so forced or preferred dark colours stay readable on any page. Narrow
 * (34rem): each row is a card; the header row stays for screen readers only, and empty fields
 * leave the card but stay in the row for them.
 */
export const styles = css`
  :host {
    container-type: inline-size;
    background: var(--_bg);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 calc(var(--_space) * 0.75);
    flex: 1 1 28em;
    min-width: 0;
  }
  .search .field {
    margin: 0;
  }
  .search .grow {
    flex: 1 1 12em;
  }
  .note {
    flex-basis: 100%;
    margin: 0.3em 0 0;
  }
  .note:empty {
    display: none;
  }
  button {
    white-space: nowrap;
  }
  .danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
    font-weight: 600;
  }
  .table {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
  .table[inert] {
    opacity: 0.55;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(9em, 1.3fr) minmax(11em, 1.7fr) minmax(6em, 0.8fr) minmax(7.5em, 0.9fr);
    gap: 0 0.75em;
    align-items: center;
    padding: 0.45em 0.9em;
  }
  .deletable .row {
    grid-template-columns: minmax(9em, 1.3fr) minmax(11em, 1.7fr) minmax(6em, 0.8fr) minmax(7.5em, 0.9fr) 6em;
  }
  .row + .row {
    border-block-start: 1px solid var(--_border);
  }
  .head {
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_muted);
    font-weight: 600;
    font-size: 0.875em;
  }
  .head .row {
    padding-block: 0.6em;
  }
  .body .row {
    cursor: pointer;
  }
  .body .row:hover {
    background: var(--_surface);
  }
  .body .selected {
    box-shadow: inset 4px 0 0 var(--_primary);
    background: var(--_surface);
  }
  [role="cell"] {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .body [role="cell"]:empty::before {
    content: "—" / "";
    color: var(--_muted);
  }
  .name {
    border: 0;
    padding: 0.15em 0;
    background: none;
    color: var(--_primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .actions {
    text-align: end;
  }
  .delete {
    padding: 0.3em 0.7em;
    color: var(--_danger);
    border-color: currentColor;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
    padding: 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton span {
    height: 1.4em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: payrex-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes payrex-pulse {
    to {
      opacity: 0.4;
    }
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    text-align: center;
  }
  .empty p {
    margin: 0 0 0.75em;
  }
  [part~="alert"] p {
    margin: 0;
  }
  [part~="alert"] .retry {
    margin-block-start: 0.6em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em 1em;
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .page {
    color: var(--_muted);
  }
  .chevron::before {
    content: "";
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    margin-inline: 0.5em 0.1em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.1em) rotate(-45deg);
  }
  .chevron.back::before {
    margin-inline: 0.1em 0.5em;
    transform: translateY(-0.1em) rotate(135deg);
  }
  .detail {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  dialog {
    width: min(36em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
  }
  dialog h2 {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  #delete-text {
    overflow-wrap: anywhere;
  }
  #delete [part~="alert"] {
    margin-block-end: var(--_space);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
  }
  @container (max-width: 34rem) {
    .head {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .row,
    .deletable .row {
      grid-template-columns: 1fr auto;
      gap: 0.15em 0.75em;
      padding-block: 0.7em;
    }
    .body [role="cell"] {
      grid-column: 1;
    }
    .body [role="cell"]:empty {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .body .actions {
      grid-column: 2;
      grid-row: 1 / span 4;
      align-self: center;
    }
  }
`;
