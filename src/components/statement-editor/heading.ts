import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";

/**
 * A heading at `level` (1–6; anything else reads as 2), so the element fits the page's outline:
 * native heading elements, one literal template per level (lit cannot bind a tag name). The main
 * heading has part `heading` and takes focus after an action (`tabindex="-1"`).
 */
export function heading(level: number, id: string, content: unknown, main = false) {
  const part = main ? "heading" : undefined;
  const tabindex = main ? "-1" : undefined;
  switch (Math.min(6, Math.max(1, Math.trunc(level) || 2))) {
    case 1:
      return html`<h1 id=${id} class="heading" part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 3:
      return html`<h3 id=${id} class="heading" part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class="heading" part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class="heading" part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class="heading" part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
    default:
      return html`<h2 id=${id} class="heading" part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
  }
}
