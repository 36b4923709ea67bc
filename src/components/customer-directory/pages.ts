import type { List } from "../../api/schemas.js";

/**
 * The directory's cursor paging as a plain model (no DOM; tested in Node). One page is shown at a
 * time (the DOM holds one page of at most 100 rows, however many customers there are); PayRex's
 * `after` / `before` cursors name the row next to the page wanted.
 */

/** Where the page shown starts: the first page, the page after a row, or the page before one. */
export type Cursor = { readonly after: string } | { readonly before: string } | undefined;

export interface PageState {
  hasNext: boolean;
  hasPrevious: boolean;
  /** 1 for the first page; counted from the pages the user moved through. */
  number: number;
}

export const FIRST_PAGE: PageState = { hasNext: false, hasPrevious: false, number: 1 };

/**
 * What lies around the page loaded at `cursor`. `has_more` speaks of the direction asked: after the
 * page for the first page and `after`, before it for `before`. The page moved away from is known to
 * exist. An empty page claiming more would page forever, so it claims nothing.
 */
export function pageStateOf(cursor: Cursor, list: List<{ id: string }> | undefined, number: number): PageState {
  const more = !!list?.has_more && !!list.data.length;
  const state = !cursor
    ? { hasNext: more, hasPrevious: false }
    : "after" in cursor
      ? { hasNext: more, hasPrevious: true }
      : { hasNext: true, hasPrevious: more };
  // Customers added meanwhile can leave pages before "page 1", and going back can reach the first
  // page sooner than counted: a page with nothing before it is page 1, one with something is at least 2.
  return { ...state, number: state.hasPrevious ? Math.max(2, number) : 1 };
}

/** The cursor of the page after `rows` (the first page when there are none). */
export const nextCursor = (rows: readonly { id: string }[]): Cursor => (rows.length ? { after: rows[rows.length - 1]!.id } : undefined);

/** The cursor of the page before `rows` (the first page when there are none). */
export const previousCursor = (rows: readonly { id: string }[]): Cursor => (rows.length ? { before: rows[0]!.id } : undefined);
