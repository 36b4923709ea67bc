import { css } from "lit";

/**
 * Numbers, status badges, the loading skeleton, the empty and failed states, the footer, and paper.
 * - `.bone`, the skeleton's placeholders: a shade of the text colour (visible in light and dark),
 *   the system's grey in forced colors.
 * - On paper: every row laid out (none skipped as off screen), no scroll box, no buttons.
 */
export const stateStyles = css`
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
`;
