import { css } from "lit";

// Its own module, imported only by the form elements' lazy parts, so the script-tag entry (which
// holds the tokens every element needs before load) does not carry it.
/** Labels, inputs and messages shared by the form elements. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: 0.3em;
    margin-block-end: calc(var(--_space) * 0.9);
  }
  label,
  .label {
    font-weight: 600;
  }
  .required {
    color: var(--_danger);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.7em;
    min-width: 0;
    width: 100%;
  }
  [aria-invalid="true"] {
    border-color: var(--_danger);
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  .error:empty {
    display: none;
  }
`;
