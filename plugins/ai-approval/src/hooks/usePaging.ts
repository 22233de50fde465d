import { useCallback, useState } from 'react';

/** Page sizes offered by the server-side tables. */
export const PAGE_SIZES = [20, 50, 100];

/**
 * Page and page size of a server-side table. The page goes back to the first
 * one whenever `resetKey` (the filters, the sort) changes, without an extra
 * render or request.
 */
export function usePaging(resetKey: string, initialPageSize = PAGE_SIZES[0]) {
  const [state, setState] = useState({ key: resetKey, page: 0 });
  const [pageSize, setSize] = useState(initialPageSize);
  const page = state.key === resetKey ? state.page : 0;

  const setPage = useCallback(
    (next: number) => setState({ key: resetKey, page: next }),
    [resetKey],
  );
  const setPageSize = useCallback(
    (size: number) => {
      setSize(size);
      setState({ key: resetKey, page: 0 });
    },
    [resetKey],
  );
  return { page, pageSize, offset: page * pageSize, setPage, setPageSize };
}
