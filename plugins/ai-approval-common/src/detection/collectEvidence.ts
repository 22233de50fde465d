/**
 * Where each part of a change is looked at: commit messages, identities and
 * notes, then the PR's author, labels, body and branch.
 */
import { Change, ChangeCommit, Evidence } from '../types';
import { finalTrailerBlock } from './botTrailers';
import { EvidenceList } from './evidenceList';
import { builtInHit, SignalHit } from './hit';
import { IdentityVerdict } from './identityScanner';
import { committerOnlyHit } from './knownIdentities';
import {
  aiLineShare,
  describeAttribution,
  parseLineAttribution,
} from './lineAttribution';
import { scanWholeMessage } from './messageRules';
import { normaliseBranch, normaliseLabel } from './metadataRules';
import { findAiMention } from './aiVocabulary';
import { RuleSet } from './ruleSet';
import { scanMessage, scanText } from './scan';

/**
 * A tool's mark on the committer alone can mean it only committed a
 * person's changes (aider documents this): such hits turn into their weak
 * committer-only signal.
 */
function committerHits(
  committer: IdentityVerdict,
  author: IdentityVerdict | undefined,
  rules: RuleSet,
): SignalHit[] {
  const authorSignals = new Set(author?.hits.map(hit => hit.signal));
  return committer.hits.flatMap(hit => {
    const weak = authorSignals.has(hit.signal)
      ? undefined
      : committerOnlyHit(hit);
    if (!weak) return [hit];
    return rules.isActive(weak.signal) ? [weak] : [];
  });
}

/** The git note's line attribution, with the share of AI lines. */
function collectNoteEvidence(
  commit: ChangeCommit,
  rules: RuleSet,
  out: EvidenceList,
) {
  if (!commit.aiNote || !rules.isActive('ai-line-attribution')) return;
  const record = parseLineAttribution(commit.aiNote);
  if (!record || record.aiLines === 0) return;
  const share = aiLineShare(record, commit.linesAdded);
  const named = record.tools[0];
  const tool = named ? findAiMention(named)?.tool ?? named : undefined;
  out.add(
    builtInHit('ai-line-attribution', tool),
    'commit_note',
    describeAttribution(record, share, commit.linesAdded),
    commit.sha,
    share,
  );
}

/** Runs the line and message rules over a commit's message (or part of it). */
function collectMessageEvidence(
  message: string | undefined,
  sha: string,
  rules: RuleSet,
  out: EvidenceList,
) {
  const report = (hit: SignalHit, line: { text: string }) =>
    out.add(hit, 'commit_message', line.text, sha);
  scanMessage(message, rules.messageScanner, rules.isActive, report);
  scanWholeMessage(message, rules.wholeMessageRules, rules.isActive, report);
}

/** Adds the evidence of one commit. */
export function collectCommitEvidence(
  commit: ChangeCommit,
  rules: RuleSet,
  out: EvidenceList,
): void {
  const { sha } = commit;
  const { identities } = rules;
  const author = identities.verdict(commit.author);
  if (author) {
    for (const hit of author.hits) {
      out.add(hit, 'commit_author', author.line, sha);
    }
  }
  const committer = identities.verdict(commit.committer);
  if (committer) {
    for (const hit of committerHits(committer, author, rules)) {
      out.add(hit, 'commit_committer', committer.line, sha);
    }
  }
  collectNoteEvidence(commit, rules, out);
  // a dependency bot's own words are release notes; only the trailers an
  // agent added to its commit are the commit's
  const message = identities.isDependencyBot(commit.author, author)
    ? finalTrailerBlock(commit.message)
    : commit.message;
  collectMessageEvidence(message, sha, rules, out);
}

function collectLabelEvidence(
  labels: string[],
  rules: RuleSet,
  out: EvidenceList,
) {
  for (const label of labels) {
    if (typeof label !== 'string') continue;
    for (const hit of rules.labels.get(normaliseLabel(label)) ?? []) {
      out.add(hit, 'label', label.trim());
    }
  }
}

function collectBranchEvidence(
  headRef: string,
  rules: RuleSet,
  out: EvidenceList,
) {
  const branch = normaliseBranch(headRef);
  for (const { prefix, hit } of rules.branches) {
    if (branch.startsWith(prefix) && branch.length > prefix.length) {
      out.add(hit, 'branch', headRef.trim());
    }
  }
}

/** A body line the merge commit's message already showed adds nothing. */
function shownBefore(items: readonly Evidence[], sha: string | undefined) {
  const shown = new Set(
    items
      .filter(item => sha && item.commitSha === sha)
      .map(item => `${item.signal}\u0000${item.line}`),
  );
  return (hit: SignalHit, line: string) =>
    shown.has(`${hit.signal}\u0000${line}`);
}

/** Adds the evidence of a change's PR metadata (not of its commits). */
export function collectChangeEvidence(
  change: Change,
  rules: RuleSet,
  out: EvidenceList,
): void {
  // For a direct push the "author" is the pushed commit's author, already
  // scanned with the commit.
  const { identities } = rules;
  let author: IdentityVerdict | undefined;
  if (change.kind !== 'direct_push' || !change.commits?.length) {
    author = identities.verdict(change.author);
    if (author) {
      for (const hit of author.hits) {
        out.add(hit, 'pr_author', author.line);
      }
    }
  }
  collectLabelEvidence(change.labels ?? [], rules, out);
  if (change.body && !identities.isDependencyBot(change.author, author)) {
    const seen = shownBefore(out.items, change.mergeCommit?.sha);
    const report = (hit: SignalHit, line: { text: string }) => {
      if (!seen(hit, line.text)) out.add(hit, 'body', line.text);
    };
    scanText(change.body, rules.bodyScanner, rules.isActive, report);
    scanWholeMessage(
      change.body,
      rules.wholeMessageRules,
      rules.isActive,
      report,
    );
  }
  if (change.headRef) {
    collectBranchEvidence(change.headRef, rules, out);
  }
}
