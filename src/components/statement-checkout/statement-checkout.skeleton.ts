import { css, html, nothing } from "lit";

/**
 * The loading state: the statement's layout with placeholders of the same sizes (header, amount and
 * pay area, details, a few line items), so nothing jumps when the statement arrives.
 */
export function renderSkeleton(label: string) {
  const bone = (width: number) => html`<span class="bone w${width}"></span>`;
  const row = (detail: unknown) => html`<tr>
    <td>${bone(60)}${detail}</td>
    <td class="num wide">${bone(30)}</td>
    <td class="num wide">${bone(60)}</td>
    <td class="num">${bone(60)}</td>
  </tr>`;
  const item = row(html`<span class="per-unit small">${bone(40)}</span>`);
  const detail = html`<div><dt>${bone(40)}</dt><dd>${bone(70)}</dd></div>`;
  return html`<div part="loading" class="card skeleton" role="status">
    <span class="visually-hidden">${label}</span>
    <div class="layout" aria-hidden="true">
      <header>
        <div>
          <p class="muted">${bone(40)}</p>
          <p class="title">${bone(70)}</p>
        </div>
        <span class="badge">${bone(60)}</span>
      </header>
      <div class="summary">
        <p class="figure"><span>${bone(40)}</span><span class="amount">${bone(60)}</span></p>
        <p>${bone(40)}</p>
        <span class="bone button"></span>
        <div>
          <p class="small">${bone(60)}</p>
          <p class="methods">${bone(70)}</p>
        </div>
      </div>
      <div class="main">
        <p>${bone(70)}</p>
        <dl>${detail}${detail}${detail}${detail}</dl>
        <table>
          <thead>
            ${row(nothing)}
          </thead>
          <tbody>
            ${item}${item}${item}
          </tbody>
          <tfoot>
            <tr>
              <th>${bone(40)}</th>
              <td class="wide"></td>
              <td class="wide"></td>
              <td class="num">${bone(60)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  </div>`;
}

/** Placeholders of the loading state: as tall as the text they stand for. */
export const skeletonStyles = css`
  .bone {
    display: inline-block;
    height: 0.9em;
    vertical-align: middle;
    border-radius: 4px;
    background: var(--_border);
    opacity: 0.6;
  }
  .skeleton .badge {
    width: 4.5em;
    color: var(--_border);
  }
  .bone.button {
    display: block;
    height: 3.2em;
    border-radius: var(--_radius);
  }
  .methods {
    margin-block-start: 0.35rem;
    line-height: 1.9;
  }
  .w30 {
    width: 30%;
  }
  .w40 {
    width: 40%;
  }
  .w60 {
    width: 60%;
  }
  .w70 {
    width: 70%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: payrex-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes payrex-pulse {
    to {
      opacity: 0.25;
    }
  }
  @media (forced-colors: active) {
    .bone {
      border: 1px solid GrayText;
    }
  }
`;
