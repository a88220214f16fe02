// Lists come a page at a time: ?page= in the address says which.
export const PAGE_SIZE = 10;

/** The page an address asks for: a whole number from 1, else 1. */
export function pageNumber(asked: unknown): number {
  const page = Number(asked);
  return Number.isInteger(page) && page > 1 ? page : 1;
}

/** The API's paging for a page. */
export function pageQuery(page: number): { limit: number; offset: number } {
  return { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}
