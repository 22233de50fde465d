import { Random } from '../random';
import { BOTS, PEOPLE } from './identities';
import { SimActor, SimCommit, SimReview, SimReviewState } from './types';

const MINUTE = 60_000;

interface ReviewContext {
  random: Random;
  author: SimActor;
  commits: SimCommit[];
  startMs: number;
  reviews: SimReview[];
}

function add(
  ctx: ReviewContext,
  author: SimActor,
  state: SimReviewState,
  commitOid: string,
  truth?: SimReview['truth'],
) {
  const commit = ctx.commits.find(c => c.oid === commitOid);
  const committedMs = commit ? Date.parse(commit.committer.date) : 0;
  // a review is submitted after the commit it names was made, unless a
  // force-push (rebase) moved it onto that commit: GitHub keeps the
  // approval and points it at the new head, which was made after it
  const at = truth?.movedByForcePush
    ? committedMs - 90 * MINUTE
    : Math.max(ctx.startMs, committedMs) +
      (ctx.reviews.length + 1) * 7 * MINUTE;
  ctx.reviews.push({
    databaseId: Math.floor(ctx.random.next() * 1e9),
    author,
    state,
    submittedAt: new Date(at).toISOString(),
    commitOid,
    ...(truth ? { truth } : {}),
  });
}

function humanReviewer(ctx: ReviewContext): SimActor {
  const others = PEOPLE.filter(p => p.actor.login !== ctx.author.login);
  return ctx.random.pick(others).actor;
}

function addHumanReviews(ctx: ReviewContext) {
  const { random, commits } = ctx;
  const head = commits[commits.length - 1].oid;
  const earlier = commits[0].oid;
  const roll = random.next();
  if (roll < 0.1) {
    return; // merged without a review
  }
  if (roll < 0.2 && commits.length > 1) {
    add(ctx, humanReviewer(ctx), 'APPROVED', earlier); // stale approval
  } else if (roll < 0.27) {
    add(ctx, humanReviewer(ctx), 'DISMISSED', earlier);
  } else if (roll < 0.37) {
    const reviewer = humanReviewer(ctx);
    add(ctx, reviewer, 'CHANGES_REQUESTED', earlier);
    add(ctx, reviewer, 'APPROVED', head);
  } else if (roll < 0.45) {
    add(ctx, humanReviewer(ctx), 'COMMENTED', head);
  } else if (roll < 0.5) {
    add(ctx, humanReviewer(ctx), 'APPROVED', head, { movedByForcePush: true });
  } else {
    add(ctx, humanReviewer(ctx), 'APPROVED', head);
  }
  if (random.chance(0.15)) {
    add(ctx, humanReviewer(ctx), 'APPROVED', head); // a second approver
  }
}

/** The reviews of one pull request, in submission order. */
export function generateReviews(
  random: Random,
  options: {
    author: SimActor;
    commits: SimCommit[];
    startMs: number;
    overflow: boolean;
  },
): SimReview[] {
  const ctx: ReviewContext = { random, ...options, reviews: [] };
  const head = options.commits[options.commits.length - 1].oid;
  if (random.chance(0.35)) {
    add(ctx, BOTS.copilotReviewer, 'COMMENTED', head);
  }
  if (random.chance(0.2)) {
    add(ctx, BOTS.coderabbit, 'COMMENTED', head);
  }
  if (options.overflow) {
    const count = random.int(45, 70);
    while (ctx.reviews.length < count) {
      add(ctx, humanReviewer(ctx), 'COMMENTED', head);
    }
  }
  addHumanReviews(ctx);
  return ctx.reviews.sort(
    (a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt),
  );
}
