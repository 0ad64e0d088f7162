/** An HSDS 3.0 API page: the paging fields of the API description's `Page`, then the items. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** Page `pageNumber` (from 1) of `items`, `perPage` to a page. A page past the last one is empty. */
export function hsdsPage<T>(items: readonly T[], pageNumber = 1, perPage = Math.max(items.length, 1)): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
