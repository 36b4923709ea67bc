import { html } from "lit";

/**
 * The chevron of the country select and the place pickers: an SVG stroked in the text colour, so
 * forced-colours modes (which drop background images) keep it. Styled by `.chevron` in the editor's
 * styles, inside a `.picker` box.
 */
export const chevron = html`<svg class="chevron" aria-hidden="true" focusable="false" viewBox="0 0 12 8">
  <path d="M1.5 1.5 6 6l4.5-4.5" />
</svg>`;
