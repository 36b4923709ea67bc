import { css } from "lit";

/** `:host` is painted, so forced or preferred dark colours stay readable on any page. */
export const styles = css`
  :host {
    container-type: inline-size;
    background: var(--_bg);
  }
  .heading {
    margin: 0;
    line-height: 1.25;
    font-size: 1.1em;
  }
  #heading {
    font-size: 1.35em;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  @container (min-width: 60rem) {
    .layout.with-preview {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .preview {
      position: sticky;
      top: var(--_space);
    }
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.8em;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .badge {
    display: inline-block;
    padding: 0.15em 0.65em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .badge.open {
    color: var(--_primary);
  }
  .badge.paid {
    color: var(--_success);
  }
  .badge.overdue,
  .badge.void {
    color: var(--_danger);
  }
  .badge.uncollectible {
    color: var(--_warning);
  }
  .customer,
  .notice {
    margin: 0 0 var(--_space);
  }
  .label {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    padding: 0 0.3em;
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.2em;
    margin-block: 0.5em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 400;
  }
  .choice input {
    width: auto;
    margin: 0;
  }
  .items {
    list-style: none;
    margin: 0.6em 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .item fieldset {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 0 0.6em;
    background: var(--_surface);
  }
  .item .field {
    margin-block-end: 0.6em;
  }
  .item .field.description {
    grid-column: 1 / -1;
  }
  @container (min-width: 36rem) {
    .item fieldset {
      grid-template-columns: minmax(0, 3fr) minmax(0, 1.4fr) minmax(0, 1fr);
    }
    .item .field.description {
      grid-column: auto;
    }
  }
  .item-legend {
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .line-total {
    grid-column: 1 / -1;
    font-variant-numeric: tabular-nums;
  }
  .item-actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-block-start: 0.4em;
  }
  .item-actions button {
    padding: 0.35em 0.8em;
  }
  .total {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1em;
    margin-block-start: 0.8em;
    padding-block-start: 0.6em;
    border-top: 1px solid var(--_border);
    font-weight: 600;
    font-size: 1.15em;
  }
  output {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .unsaved {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .issued {
    display: grid;
    gap: 0.6em;
    margin-block-end: var(--_space);
  }
  .issued .field {
    margin: 0;
  }
  .number {
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
  }
  .link-row {
    display: flex;
    gap: 0.5em;
  }
  .link-row input {
    flex: 1;
  }
  a {
    color: var(--_primary);
  }
  [part~="alert"] {
    margin-block-end: var(--_space);
  }
  [part~="alert"] p {
    margin: 0 0 0.4em;
  }
  [part~="alert"] p:last-child,
  [part~="alert"] ul {
    margin-block-end: 0;
  }
  .preview .hint {
    margin: 0.2em 0 0.6em;
  }
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
  }
  dialog p {
    margin: 0.6em 0 var(--_space);
  }
  [part~="status"] {
    margin-block-start: 0.6em;
    color: var(--_muted);
  }
  [part~="status"].ok {
    color: var(--_success);
  }
  .spinner {
    margin-inline-end: 0.4em;
  }
`;
