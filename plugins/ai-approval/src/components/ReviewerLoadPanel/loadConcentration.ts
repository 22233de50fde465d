import { ReviewerLoad } from '@ai-approval/backstage-plugin-ai-approval-common';

/** Who carries the senior sign-offs, and whether too few people do. */
export interface LoadConcentration {
  /** senior reviewers considered */
  reviewers: number;
  /** size of the top group: the top `topFraction` of reviewers, at least 1 */
  topCount: number;
  /** share of all senior sign-offs the top group gave, 0..1 */
  topShare: number;
  /** true when the top group gave more than `threshold` of the sign-offs */
  concentrated: boolean;
}

/**
 * Whether a few senior reviewers carry most of the load: by default, the top
 * 20% of reviewers (at least one) giving more than half the sign-offs.
 */
export function loadConcentration(
  items: ReviewerLoad[],
  options: { topFraction?: number; threshold?: number } = {},
): LoadConcentration {
  const { topFraction = 0.2, threshold = 0.5 } = options;
  const counts = items
    .filter(r => r.senior)
    .map(r => r.seniorApprovals)
    .sort((a, b) => b - a);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const topCount = Math.max(1, Math.floor(counts.length * topFraction));
  const top = counts.slice(0, topCount).reduce((sum, n) => sum + n, 0);
  const topShare = total > 0 ? top / total : 0;
  return {
    reviewers: counts.length,
    topCount: Math.min(topCount, counts.length),
    topShare,
    concentrated: total > 0 && topShare > threshold,
  };
}
