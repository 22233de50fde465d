/*
 * Open pull requests for scripts/bench-api-latency.js: rows of
 * ai_approval_open_changes and ai_approval_open_waits, spread over the
 * organisation's repositories, in every live state.
 */
'use strict';

const DAY = 86_400_000;
const STATES = [
  ['waiting_for_senior', 0.4],
  ['ready', 0.2],
  ['stale_approval', 0.15],
  ['changes_requested', 0.1],
  ['draft', 0.15],
];
const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

function pickState(rand) {
  let roll = rand();
  for (const [state, weight] of STATES) {
    roll -= weight;
    if (roll < 0) return state;
  }
  return 'waiting_for_senior';
}

/** Writes `count` open pull requests; returns how many rows of each table. */
async function writeOpenChanges(session, org, count, rand) {
  const opens = session.writer('ai_approval_open_changes', [
    'id',
    'repository_id',
    'number',
    'title',
    'url',
    'author',
    'created_at',
    'ready_at',
    'updated_at',
    'head_sha',
    'ai_assisted',
    'confidence',
    'evidence',
    'state',
    'reason',
    'requested',
    'waiting_on',
    'approvers',
    'payload',
  ]);
  const waits = session.writer('ai_approval_open_waits', [
    'open_change_id',
    'reviewer',
    'waiting_since',
  ]);
  const numbers = new Map();
  for (let id = 1; id <= count; id++) {
    const repo = Math.floor(org.entities.length * rand() ** 1.6) + 1;
    const number = 10_000 + (numbers.get(repo) ?? 0);
    numbers.set(repo, number - 9_999);
    const state = pickState(rand);
    const created = new Date(org.now - rand() * 20 * DAY).toISOString();
    const ready = state === 'draft' ? null : created;
    const sha = rand.hex(40);
    const senior = `dev-${rand.int(2000)}`;
    const waiting =
      state === 'waiting_for_senior' || state === 'stale_approval'
        ? [senior]
        : [];
    opens.add({
      id,
      repository_id: repo,
      number,
      title: `Open change ${id}`,
      url: `https://github.com/acme/repo-${repo - 1}/pull/${number}`,
      author: `dev-${rand.int(2000)}`,
      created_at: created,
      ready_at: ready,
      updated_at: created,
      head_sha: sha,
      ai_assisted: rand() < 0.8,
      confidence: 'high',
      evidence: JSON.stringify([
        {
          signal: 'claude-coauthor',
          tool: 'Claude Code',
          source: 'commit_message',
          commitSha: sha,
          line: TRAILER,
          confidence: 'high',
        },
      ]),
      state,
      reason: `Waiting on @${senior} to approve the head (${sha.slice(0, 7)}).`,
      requested: JSON.stringify([{ kind: 'user', name: senior }]),
      waiting_on: JSON.stringify(waiting),
      approvers: '[]',
      payload: '{}',
    });
    for (const reviewer of waiting) {
      waits.add({ open_change_id: id, reviewer, waiting_since: created });
    }
    if (opens.size >= 5000) {
      await opens.flush();
      await waits.flush();
      await session.checkpoint();
    }
  }
  await opens.flush();
  await waits.flush();
  await session.checkpoint();
  return { openChanges: opens.written, openWaits: waits.written };
}

module.exports = { writeOpenChanges };
