import { css } from "lit";

export const styles = css`
  form > .hint {
    margin: 0 0 calc(var(--_space) * 0.75);
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
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  [part~="alert"] {
    margin-block-end: var(--_space);
  }
  [part~="alert"] p {
    margin: 0 0 0.4em;
  }
  [part~="alert"] p:last-of-type {
    margin: 0;
  }
  [part~="alert"] button {
    margin-block-start: 0.6em;
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
