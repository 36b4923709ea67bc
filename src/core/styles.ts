import { css } from "lit";

/**
 * Design tokens. Merchants theme with `--payrex-*` custom properties on any ancestor (they inherit
 * through shadow roots); `--_*` are internal and always resolve to a token or its default.
 * Light and dark defaults come from `light-dark()`: the element follows the user's preference unless
 * `theme="light"|"dark"` is set on it (or `--payrex-color-scheme: light|dark` on an ancestor).
 *
 * Focus (comments kept out of the CSS, which ships as written): a solid outline with an offset around
 * whatever holds keyboard focus (fields, buttons, links, rows, dialogs), in `--_focus`, the merchant's
 * `--payrex-focus-ring` colour or the primary one. Forced-colours mode keeps an outline (it drops
 * box-shadows) and paints it in a system colour; the default colours reach 3:1 against the background
 * in light and dark. A text or date field shows it whenever it has focus (a date field's focus is
 * inside its own parts). Longhands, not the `outline` shorthand: a `--payrex-focus-ring` that is not a
 * colour (an old box-shadow value) then drops only the colour, and the outline takes the text colour.
 */
export const tokens = css`
  :host {
    color-scheme: var(--payrex-color-scheme, light dark);
    --_bg: var(--payrex-color-background, light-dark(#ffffff, #16181d));
    --_surface: var(--payrex-color-surface, light-dark(#f6f7f9, #1f232a));
    --_text: var(--payrex-color-text, light-dark(#1b1f24, #eef0f3));
    --_muted: var(--payrex-color-muted, light-dark(#5b6470, #a9b1bc));
    --_border: var(--payrex-color-border, light-dark(#c9ced6, #48505c));
    --_primary: var(--payrex-color-primary, light-dark(#1a56db, #8fb2ff));
    --_on-primary: var(--payrex-color-on-primary, light-dark(#ffffff, #0d1526));
    --_danger: var(--payrex-color-danger, light-dark(#b42318, #ff9c94));
    --_success: var(--payrex-color-success, light-dark(#067647, #73e2a3));
    --_warning: var(--payrex-color-warning, light-dark(#93370d, #fdb022));
    --_focus: var(--payrex-focus-ring, var(--_primary));
    --_radius: var(--payrex-radius, 8px);
    --_space: var(--payrex-spacing, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font: inherit;
    line-height: 1.4;
  }
  :host([theme="light"]) {
    color-scheme: light;
  }
  :host([theme="dark"]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~="alert"],
  .alert {
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    color: var(--_danger);
    background: var(--_bg);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    padding: 0.55em 1.1em;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  :focus-visible,
  input:not([type="checkbox"], [type="radio"]):focus {
    outline-style: solid;
    outline-width: 2px;
    outline-color: var(--_focus);
    outline-offset: 2px;
  }
  button[disabled],
  button[aria-disabled="true"] {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: payrex-spin 0.8s linear infinite;
    }
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
  }
  @keyframes payrex-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
