import { css } from "lit";
import { fieldStyles } from "../../core/field-styles.js";

/**
 * `:host` is painted, so forced or preferred dark colours stay readable on any page. `.picker`:
 * the country select and the place pickers, one box with one chevron.
 */
export const editorStyles = css`
  :host {
    background: var(--_bg);
    --_gap: var(--payrex-address-gap, calc(var(--_space) * 0.75));
  }
  [part~="form"] {
    display: grid;
  }
  [part~="form"] > .hint {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .row {
    display: grid;
    gap: 0 var(--_gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
  }
  .row.places {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 19em), 1fr));
  }
  .optional {
    color: var(--_muted);
    font-weight: 400;
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .status {
    margin: 0;
    display: flex;
    gap: 0.5em;
    align-items: center;
    color: var(--_muted);
  }
  .saved {
    color: var(--_success);
  }
  [part~="alert"] {
    margin-block-end: var(--_space);
  }
  [part~="alert"] button {
    margin-block-start: 0.5em;
  }
  .picker {
    position: relative;
  }
  .picker > input,
  .picker > select {
    padding-inline-end: 2.2em;
  }
  .picker > select {
    appearance: none;
  }
  .chevron {
    position: absolute;
    inset-inline-end: 0.8em;
    top: calc(50% - 0.25em);
    width: 0.75em;
    height: 0.5em;
    pointer-events: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;

/** The styles of the editor's templates (the pickers bring their own). */
export const styles = [fieldStyles, editorStyles];
