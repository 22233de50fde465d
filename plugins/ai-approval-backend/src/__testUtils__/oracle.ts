import {
  GithubDataset,
  SimPullRequest,
  SimReview,
} from '@internal/github-simulator';

/**
 * An independent, deliberately plain account of what the plugin should
 * conclude about the simulator's dataset. It reads the generator's ground
 * truth (`truth.aiAssisted`, `truth.writers`) and applies GitHub's review
 * semantics by hand; it shares no code with the domain core or the store.
 */

/** What the plugin should store for one change. */
export interface ExpectedChange {
  /** `owner/name` */
  slug: string;
  /** `pr:N` or `commit:SHA`, as the store keys changes */
  key: string;
  mergedAt: string;
  aiAssisted: boolean;
  /** null for a change that is not AI-assisted */
  verdict: string | null;
  /** senior logins who reviewed the AI-assisted change (their latest review) */
  seniorReviewers: string[];
  /** senior logins whose approval counts (only on approved changes) */
  countingApprovers: string[];
}

/** Who is senior and how many senior approvals are needed. */
export interface OraclePolicy {
  seniors: ReadonlySet<string>;
  requiredSeniorApprovals: number;
}

const byTime = (a: SimReview, b: SimReview) =>
  a.submittedAt.localeCompare(b.submittedAt);

/** Each person's last approval or dismissal; a change request clears it. */
function decisiveReviews(pr: SimPullRequest): Map<string, SimReview> {
  const decisive = new Map<string, SimReview>();
  for (const review of [...pr.reviews].sort(byTime)) {
    const login = review.author.login;
    if (review.author.type === 'Bot') {
      continue;
    }
    if (review.state === 'APPROVED' || review.state === 'DISMISSED') {
      decisive.set(login, review);
    } else if (review.state === 'CHANGES_REQUESTED') {
      decisive.delete(login);
    }
  }
  return decisive;
}

function judge(pr: SimPullRequest, policy: OraclePolicy) {
  const writers = new Set(pr.truth.writers);
  const eligibleSenior = (login: string) =>
    policy.seniors.has(login) && !writers.has(login);
  const decisive = [...decisiveReviews(pr)];
  const approvals = decisive.filter(([, r]) => r.state === 'APPROVED');
  // given on the head, not moved there by a force-push
  const onHead = (r: SimReview) =>
    r.commitOid === pr.headRefOid && !r.truth?.movedByForcePush;
  const fresh = approvals
    .filter(([login, r]) => eligibleSenior(login) && onHead(r))
    .map(([login]) => login);
  let verdict: string;
  if (fresh.length >= policy.requiredSeniorApprovals) {
    verdict = 'approved';
  } else if (approvals.some(([l, r]) => eligibleSenior(l) && !onHead(r))) {
    verdict = 'approved_stale';
  } else if (
    decisive.some(([l, r]) => eligibleSenior(l) && r.state === 'DISMISSED')
  ) {
    verdict = 'dismissed';
  } else if (approvals.length > 0) {
    verdict = approvals.every(([l]) => writers.has(l))
      ? 'self_approved'
      : 'not_senior';
  } else {
    const humans = pr.reviews.some(r => r.author.type !== 'Bot');
    verdict =
      pr.reviews.length > 0 && !humans ? 'bot_review_only' : 'no_review';
  }
  return { verdict, counting: verdict === 'approved' ? fresh : [] };
}

function expectedPullRequest(
  slug: string,
  pr: SimPullRequest,
  policy: OraclePolicy,
): ExpectedChange {
  const base = { slug, key: `pr:${pr.number}`, mergedAt: pr.mergedAt! };
  if (!pr.truth.aiAssisted) {
    return {
      ...base,
      aiAssisted: false,
      verdict: null,
      seniorReviewers: [],
      countingApprovers: [],
    };
  }
  const { verdict, counting } = judge(pr, policy);
  const reviewers = new Set(
    pr.reviews.filter(r => r.author.type !== 'Bot').map(r => r.author.login),
  );
  return {
    ...base,
    aiAssisted: true,
    verdict,
    seniorReviewers: [...reviewers].filter(l => policy.seniors.has(l)),
    countingApprovers: counting,
  };
}

/** Every change of the repositories merged (or pushed) since `since`. */
export function expectedChanges(
  dataset: GithubDataset,
  slugs: string[],
  since: string,
  policy: OraclePolicy,
): ExpectedChange[] {
  return slugs.flatMap(slug => {
    const [owner, name] = slug.split('/');
    const ref = { owner, name };
    const pulls = dataset
      .pullRequests(ref)
      .filter(pr => pr.mergedAt! >= since)
      .map(pr => expectedPullRequest(slug, pr, policy));
    const pushes = dataset
      .directPushes(ref)
      .filter(c => c.committer.date >= since)
      .map(c => ({
        slug,
        key: `commit:${c.oid}`,
        mergedAt: c.committer.date,
        aiAssisted: c.truth!.aiAssisted,
        verdict: c.truth!.aiAssisted ? 'direct_push' : null,
        seniorReviewers: [],
        countingApprovers: [],
      }));
    return [...pulls, ...pushes];
  });
}

/** The counts the API reports for a set of changes (nothing exempt). */
export function countsOf(changes: ExpectedChange[]) {
  const ai = changes.filter(c => c.aiAssisted);
  const approved = ai.filter(c => c.verdict === 'approved').length;
  return {
    totalChanges: changes.length,
    aiChanges: ai.length,
    approved,
    exempt: 0,
    unapproved: ai.length - approved,
  };
}

/** Reviewer load: AI reviews and counting approvals per senior login. */
export function reviewerLoadOf(changes: ExpectedChange[]) {
  const load = new Map<
    string,
    { aiReviews: number; seniorApprovals: number }
  >();
  for (const change of changes) {
    for (const login of change.seniorReviewers) {
      const entry = load.get(login) ?? { aiReviews: 0, seniorApprovals: 0 };
      entry.aiReviews += 1;
      entry.seniorApprovals += change.countingApprovers.includes(login) ? 1 : 0;
      load.set(login, entry);
    }
  }
  return load;
}

/** The Monday (UTC) of the week of a time, as YYYY-MM-DD. */
export function mondayOf(time: string | number): string {
  const date = new Date(time);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate() - back,
    ),
  )
    .toISOString()
    .slice(0, 10);
}

/** A scorecard row: counts over whole weeks since `firstWeek`, and its weekly trend. */
export function scorecardRowOf(
  entityCount: number,
  changes: ExpectedChange[],
  firstWeek: string,
) {
  const inWindow = changes.filter(c => mondayOf(c.mergedAt) >= firstWeek);
  const trend: Array<number | null> = [];
  for (let t = Date.parse(firstWeek); t <= Date.now(); t += 7 * 86_400_000) {
    const week = inWindow.filter(
      c => c.aiAssisted && mondayOf(c.mergedAt) === mondayOf(t),
    );
    trend.push(
      week.length
        ? week.filter(c => c.verdict === 'approved').length / week.length
        : null,
    );
  }
  return { entityCount, ...countsOf(inWindow), trend };
}
