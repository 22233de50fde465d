import '@testing-library/jest-dom';

// recharts' ResponsiveContainer observes its size; jsdom has no layout
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: NoResizeObserver });
}

// material-table renders slowly in jsdom; tests that click through a
// table's pages or sort order need more than the default 5 seconds
jest.setTimeout(20_000);
