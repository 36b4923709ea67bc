import { css } from "lit";

/** The metadata editor's key/value rows (src/core/metadata-rows.ts), as the customer form and the statement editor show them. */
export const metadataRowStyles = css`
  .rows {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: 0.4em 0.5em;
    align-items: center;
    margin-block: 0.6em;
  }
  .rows .hint {
    font-weight: 600;
  }
  .rows .error {
    grid-column: 1 / -1;
  }
`;
