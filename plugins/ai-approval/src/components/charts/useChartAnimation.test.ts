import { renderHook } from '@testing-library/react';
import { useChartAnimation } from './useChartAnimation';

function prefersReducedMotion(reduce: boolean) {
  window.matchMedia = jest.fn().mockImplementation((query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
    media: query,
    addListener: jest.fn(),
    removeListener: jest.fn(),
  }));
}

describe('useChartAnimation', () => {
  const original = window.matchMedia;
  afterEach(() => {
    window.matchMedia = original;
  });

  it('animates by default', () => {
    prefersReducedMotion(false);
    expect(renderHook(() => useChartAnimation()).result.current).toBe(true);
  });

  it('does not when the system asks for less motion', () => {
    prefersReducedMotion(true);
    expect(renderHook(() => useChartAnimation()).result.current).toBe(false);
  });
});
