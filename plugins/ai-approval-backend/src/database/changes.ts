import {
  CatalogPerson,
  Change,
  ChangeListResponse,
  ChangeRow,
  COMPLIANT_VERDICTS,
  SeniorSet,
  windowStartTime,
} from '@ai-approval/backstage-plugin-ai-approval-common';
import { Knex } from 'knex';
import { ChangeListStoreQuery } from './ApprovalStore';
import { PersonDecisions } from '../sync/ChangeJudge';
import {
  changeKey,
  JudgedChange,
  toChangeRow,
  toReviewRows,
} from './changeRows';
import { toIso } from './rows';

const CHUNK = 200;
const MERGED_COLUMNS = [
  'kind',
  'number',
  'title',
  'url',
  'author',
  'merged_at',
  'week_start',
  'merge_sha',
  'head_sha',
  'ai_assisted',
  'confidence',
  'evidence',
  'verdict',
  'judged_verdict',
  'compliant',
  'reasons',
  'approvers',
  'senior_approved_at',
  'payload',
  'updated_at',
];

/**
 * An upsert rewrites a stored change only when what was read or judged
 * differs, so `updated_at` says when a change last changed: a sync reads
 * some changes again (direct pushes since the cursor, touched pull requests).
 */
const CHANGED = [
  'payload',
  'evidence',
  'confidence',
  'ai_assisted',
  'verdict',
  'judged_verdict',
  'reasons',
  'approvers',
]
  .map(c => [`ai_approval_changes.${c}`, `excluded.${c}`])
  .map(([a, b]) => `not coalesce(${a} = ${b}, ${a} is null and ${b} is null)`)
  .join(' or ');

function parseJson<T>(value: unknown, fallback: T): T {
  return typeof value === 'string' && value ? JSON.parse(value) : fallback;
}

/** Overrides and exemptions already stored for these changes, by key. */
export async function loadDecisions(
  db: Knex,
  repositoryId: number,
  changes: Change[],
): Promise<Map<string, PersonDecisions>> {
  const keys = changes.map(changeKey);
  const rows = await db('ai_approval_changes as c')
    .leftJoin('ai_approval_exemptions as e', 'e.change_id', 'c.id')
    .where('c.repository_id', repositoryId)
    .whereIn('c.change_key', keys)
    .select(
      'c.change_key',
      'c.override',
      'e.created_by',
      'e.reason',
      'e.created_at',
    );
  return new Map(
    rows.map(r => [
      r.change_key,
      {
        override: parseJson(r.override, undefined),
        exemption: r.created_by
          ? { by: r.created_by, reason: r.reason, at: toIso(r.created_at)! }
          : undefined,
      },
    ]),
  );
}

/** Inserts or updates changes and replaces their reviews; idempotent. */
export async function upsertChanges(
  db: Knex,
  repositoryId: number,
  judged: JudgedChange[],
  seniors: SeniorSet,
): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < judged.length; i += CHUNK) {
    const chunk = judged.slice(i, i + CHUNK);
    await db.transaction(async tx => {
      await tx('ai_approval_changes')
        .insert(chunk.map(j => toChangeRow(repositoryId, j, now)))
        .onConflict(['repository_id', 'change_key'])
        .merge(MERGED_COLUMNS)
        .whereRaw(CHANGED);
      const ids = await tx('ai_approval_changes')
        .where('repository_id', repositoryId)
        .whereIn(
          'change_key',
          chunk.map(j => changeKey(j.change)),
        )
        .select('id', 'change_key');
      const idByKey = new Map(ids.map(r => [r.change_key, Number(r.id)]));
      await tx('ai_approval_reviews')
        .whereIn('change_id', [...idByKey.values()])
        .delete();
      const reviews = chunk.flatMap(j =>
        toReviewRows(idByKey.get(changeKey(j.change))!, j, seniors),
      );
      for (let r = 0; r < reviews.length; r += CHUNK) {
        await tx('ai_approval_reviews').insert(reviews.slice(r, r + CHUNK));
      }
    });
  }
}

export function toApiChangeRow(r: any): ChangeRow {
  return {
    id: String(r.id),
    repository: r.slug,
    kind: r.kind,
    number: r.number ?? undefined,
    title: r.title ?? '',
    url: r.url ?? undefined,
    author: r.author ?? undefined,
    mergedAt: toIso(r.merged_at)!,
    aiAssisted: Boolean(r.ai_assisted),
    confidence: r.confidence,
    evidence: parseJson(r.evidence, []),
    verdict: r.verdict ?? null,
    compliant: r.compliant === null ? null : Boolean(r.compliant),
    reasons: parseJson(r.reasons, []),
    approvers: parseJson(r.approvers, []),
    exemption: r.exempt_by
      ? { by: r.exempt_by, reason: r.exempt_reason, at: toIso(r.exempt_at)! }
      : undefined,
    override: parseJson(r.override, undefined),
  };
}

function changeQuery(db: Knex) {
  return db('ai_approval_changes as c')
    .join('ai_approval_repositories as r', 'r.id', 'c.repository_id')
    .leftJoin('ai_approval_exemptions as e', 'e.change_id', 'c.id');
}

const SELECT = [
  'c.*',
  'r.slug',
  'e.created_by as exempt_by',
  'e.reason as exempt_reason',
  'e.created_at as exempt_at',
];

/** One change with its repository and exemption, or undefined. */
export async function getChange(
  db: Knex,
  id: string,
): Promise<ChangeRow | undefined> {
  const row = await changeQuery(db).where('c.id', id).first(SELECT);
  return row ? toApiChangeRow(row) : undefined;
}

/** An entity's changes, unapproved first, then newest. */
export async function listChanges(
  db: Knex,
  entityRef: string,
  query: ChangeListStoreQuery,
): Promise<ChangeListResponse> {
  const base = changeQuery(db)
    .join(
      'ai_approval_entity_repositories as er',
      'er.repository_id',
      'c.repository_id',
    )
    .where('er.entity_ref', entityRef)
    .where('c.merged_at', '>=', windowStartTime(query.window));
  if (!query.includeNonAi) {
    base.where('c.ai_assisted', true);
  }
  if (query.verdict === 'unapproved') {
    base.whereNotIn('c.verdict', COMPLIANT_VERDICTS as string[]);
  } else if (query.verdict) {
    base.where('c.verdict', query.verdict);
  }
  if (query.search) {
    const like = `%${query.search.toLowerCase()}%`;
    base.where(q =>
      q
        .whereRaw('lower(c.title) like ?', [like])
        .orWhereRaw('lower(c.author) like ?', [like])
        .orWhereRaw('lower(c.change_key) like ?', [like])
        .orWhereRaw('lower(c.merge_sha) like ?', [like]),
    );
  }
  const [{ n }] = await base.clone().count({ n: 'c.id' });
  const rows = await base
    .select(SELECT)
    .orderByRaw('case when c.compliant = ? then 1 else 0 end', [true])
    .orderBy('c.merged_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.limit ?? 20)
    .offset(query.offset ?? 0);
  const items = rows.map(toApiChangeRow);
  return {
    ...query.window,
    totalCount: Number(n),
    items,
    people: await peopleOf(db, items),
  };
}

/**
 * The catalog Users behind the authors and approvers of some changes, keyed
 * by the identity as the rows give it (catalog identities are lowercase).
 */
async function peopleOf(
  db: Knex,
  items: ChangeRow[],
): Promise<Record<string, CatalogPerson>> {
  const identities = new Set<string>();
  for (const item of items) {
    if (item.author) identities.add(item.author);
    for (const approver of item.approvers) identities.add(approver.identity);
  }
  const byKey = new Map<string, string[]>();
  for (const identity of identities) {
    const key = identity.trim().toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), identity]);
  }
  const people: Record<string, CatalogPerson> = {};
  if (byKey.size === 0) {
    return people;
  }
  const users = await db('ai_approval_users')
    .whereIn('identity', [...byKey.keys()])
    .select('identity', 'user_ref', 'display_name');
  for (const user of users) {
    const person: CatalogPerson = { userRef: user.user_ref };
    if (user.display_name) person.displayName = user.display_name;
    for (const identity of byKey.get(user.identity) ?? []) {
      people[identity] = person;
    }
  }
  return people;
}
