/**
 * Each reviewer's standing, with GitHub's semantics: the latest APPROVED,
 * CHANGES_REQUESTED or DISMISSED review decides; a later COMMENTED review
 * does not revoke an approval; PENDING reviews were never submitted.
 */
import { ChangeReview, Identity } from '../types';
import { sameIdentity } from './identity';

/** One reviewer's reviews, oldest first. */
export interface ReviewerHistory {
  reviewer: Identity;
  reviews: ChangeReview[];
}

/** Where a reviewer stands at merge. */
export interface ReviewerStanding {
  reviewer: Identity;
  /** the review that decides: an approval, or a dismissed review */
  decisive?: ChangeReview;
  state: 'approved' | 'dismissed' | 'changes_requested' | 'commented';
}

/** Reviews grouped per person; PENDING reviews dropped. */
export function groupByReviewer(
  reviews: readonly ChangeReview[],
): ReviewerHistory[] {
  const groups: ReviewerHistory[] = [];
  for (const review of reviews) {
    if (review.state === 'PENDING' || !review.reviewer) {
      continue;
    }
    const group = groups.find(g => sameIdentity(g.reviewer, review.reviewer));
    if (group) {
      group.reviews.push(review);
    } else {
      groups.push({ reviewer: review.reviewer, reviews: [review] });
    }
  }
  return groups.map(g => ({ ...g, reviews: chronological(g.reviews) }));
}

/**
 * Sorts by submission time when every review has one; otherwise the
 * source's order is the best we know (git trailers carry no time).
 */
function chronological(reviews: ChangeReview[]): ChangeReview[] {
  const times = reviews.map(r =>
    r.submittedAt ? Date.parse(r.submittedAt) : NaN,
  );
  if (times.some(Number.isNaN)) {
    return reviews;
  }
  return reviews
    .map((review, i) => ({ review, time: times[i], i }))
    .sort((a, b) => a.time - b.time || a.i - b.i)
    .map(entry => entry.review);
}

/** The standing of one reviewer after all their reviews. */
export function standingOf(history: ReviewerHistory): ReviewerStanding {
  let standing: ReviewerStanding = {
    reviewer: history.reviewer,
    state: 'commented',
  };
  for (const review of history.reviews) {
    if (review.state === 'APPROVED') {
      standing = {
        reviewer: history.reviewer,
        decisive: review,
        state: 'approved',
      };
    } else if (review.state === 'DISMISSED') {
      standing = {
        reviewer: history.reviewer,
        decisive: review,
        state: 'dismissed',
      };
    } else if (review.state === 'CHANGES_REQUESTED') {
      standing = { reviewer: history.reviewer, state: 'changes_requested' };
    }
  }
  return standing;
}
