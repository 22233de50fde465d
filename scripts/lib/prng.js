/*
 * Small deterministic PRNG (mulberry32) for the benchmark scripts: the same
 * seed gives the same generated history, or the same sample to label.
 */
'use strict';

/** A function returning numbers in [0, 1), the same sequence for a seed. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { prng };
