import { Knex } from 'knex';

/** A check as posted on a pull request's head. */
export interface PostedCheck {
  headSha: string;
  state: 'success' | 'pending';
  description: string;
}

/** The checks last posted on a repository's pull requests, by number. */
export async function postedChecks(
  db: Knex,
  repositoryId: number,
): Promise<Map<number, PostedCheck>> {
  const rows = await db('ai_approval_status_checks')
    .where('repository_id', repositoryId)
    .select('number', 'head_sha', 'state', 'description');
  return new Map(
    rows.map(r => [
      Number(r.number),
      { headSha: r.head_sha, state: r.state, description: r.description },
    ]),
  );
}

/** Records a check that was posted. */
export async function recordCheck(
  db: Knex,
  repositoryId: number,
  number: number,
  check: PostedCheck,
): Promise<void> {
  await db('ai_approval_status_checks')
    .insert({
      repository_id: repositoryId,
      number,
      head_sha: check.headSha,
      state: check.state,
      description: check.description.slice(0, 255),
      posted_at: new Date().toISOString(),
    })
    .onConflict(['repository_id', 'number'])
    .merge();
}

/** Why checks could not be posted to a repository; undefined clears it. */
export async function recordStatusCheckError(
  db: Knex,
  repositoryId: number,
  error: string | undefined,
): Promise<void> {
  await db('ai_approval_repositories')
    .where('id', repositoryId)
    .update({ status_check_error: error ?? null });
}
