import { css } from "lit";

/**
 * Added to the editor's styles when the pickers load (the chevron's are the editor's own). The
 * selected option's outline is transparent here; forced colours paint it, so the active option is
 * marked by more than a background.
 */
export const comboboxStyles = css`
  [role="listbox"] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    max-height: 16em;
    overflow-y: auto;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 20px light-dark(#0002, #0008);
  }
  [role="listbox"][hidden] {
    display: none;
  }
  [role="option"] {
    padding: 0.4em 0.7em;
    cursor: pointer;
  }
  [role="option"]:hover {
    background: var(--_surface);
  }
  [role="option"][aria-selected="true"] {
    background: var(--_primary);
    color: var(--_on-primary);
    outline: 2px solid transparent;
    outline-offset: -2px;
  }
  .detail {
    opacity: 0.8;
  }
  @media (forced-colors: active) {
    [role="option"][aria-selected="true"] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: CanvasText;
    }
  }
`;
