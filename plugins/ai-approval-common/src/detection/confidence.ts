import { Confidence } from '../types';

const RANK: Record<Confidence, number> = {
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
};

/** Every confidence level, weakest first. */
export const CONFIDENCE_LEVELS: readonly Confidence[] = [
  'none',
  'low',
  'medium',
  'high',
];

/**
 * Orders two confidence levels: negative when `a` is weaker than `b`, zero
 * when equal, positive when stronger. Usable as an `Array.sort` comparator.
 * @public
 */
export function compareConfidence(a: Confidence, b: Confidence): number {
  return RANK[a] - RANK[b];
}

/** Type guard for values read from configuration. */
export function isConfidence(value: unknown): value is Confidence {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

/** The strongest of some confidence levels; `none` for an empty list. */
export function maxConfidence(levels: Iterable<Confidence>): Confidence {
  let best: Confidence = 'none';
  for (const level of levels) {
    if (RANK[level] > RANK[best]) {
      best = level;
    }
  }
  return best;
}
