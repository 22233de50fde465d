import { act, renderHook } from '@testing-library/react';
import { usePaging } from './usePaging';

describe('usePaging', () => {
  it('pages and computes the offset', () => {
    const { result } = renderHook(() => usePaging('a'));
    expect(result.current).toMatchObject({ page: 0, pageSize: 20, offset: 0 });
    act(() => result.current.setPage(2));
    expect(result.current).toMatchObject({ page: 2, offset: 40 });
  });

  it('goes back to the first page when the filters change', () => {
    const { result, rerender } = renderHook(({ key }) => usePaging(key), {
      initialProps: { key: 'a' },
    });
    act(() => result.current.setPage(3));
    rerender({ key: 'b' });
    expect(result.current.page).toBe(0);
    act(() => result.current.setPage(1));
    expect(result.current.page).toBe(1);
  });

  it('goes back to the first page when the page size changes', () => {
    const { result } = renderHook(() => usePaging('a'));
    act(() => result.current.setPage(3));
    act(() => result.current.setPageSize(50));
    expect(result.current).toMatchObject({ page: 0, pageSize: 50, offset: 0 });
  });
});
