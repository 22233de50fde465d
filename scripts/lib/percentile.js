'use strict';

/** The nearest-rank percentile `q` (0 to 1) of some numbers, in any order. */
function percentile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ];
}

module.exports = { percentile };
