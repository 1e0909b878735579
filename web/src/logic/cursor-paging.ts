// A DataGrid paging through a cursor connection (first / after): page n starts after the last node of
// page n - 1, so the grid can only reach pages whose start it has seen. Pure: the screen keeps the list.

/** The `after` cursor of each page known so far; page 0 starts at the beginning (null). */
export type PageCursors = readonly (string | null)[];

export const FIRST_PAGE_ONLY: PageCursors = [null];

/** The furthest page up to the one asked for whose start is known. */
export function reachablePage(cursors: PageCursors, page: number): number {
  return Math.max(0, Math.min(page, cursors.length - 1));
}

/** The `after` argument for a page (null for the first). */
export function afterCursor(cursors: PageCursors, page: number): string | null {
  return cursors[reachablePage(cursors, page)] ?? null;
}

/** The cursors after a page arrived: its end is where the next page starts, if there is one. */
export function rememberPageEnd(
  cursors: PageCursors,
  page: number,
  pageInfo: { readonly endCursor?: string | null; readonly hasNextPage: boolean },
): PageCursors {
  if (page >= cursors.length || !pageInfo.hasNextPage || !pageInfo.endCursor) return cursors;
  if (cursors[page + 1] === pageInfo.endCursor) return cursors;
  // A changed end invalidates what followed it (the list moved): keep only up to the next page.
  return [...cursors.slice(0, page + 1), pageInfo.endCursor];
}
