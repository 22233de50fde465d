/**
 * Where each part of a change is looked at: commit messages and identities,
 * then the PR's author, labels, body and branch.
 */
import { contentLines, subjectOf } from '../git/messageLines';
import { Change, ChangeCommit } from '../types';
import { EvidenceList } from './evidenceList';
import { isDependencyBot } from './knownIdentities';
import { normaliseBranch, normaliseLabel } from './metadataRules';
import { RuleSet } from './ruleSet';
import { scanIdentity, scanLines } from './scan';

/** Adds the evidence of one commit. */
export function collectCommitEvidence(
  commit: ChangeCommit,
  rules: RuleSet,
  out: EvidenceList,
): void {
  const { sha } = commit;
  const { identityRules, isActive } = rules;
  scanIdentity(commit.author, identityRules, isActive, (hit, line) =>
    out.add(hit, 'commit_author', line, sha),
  );
  scanIdentity(commit.committer, identityRules, isActive, (hit, line) =>
    out.add(hit, 'commit_committer', line, sha),
  );
  if (isDependencyBot(commit.author)) {
    return;
  }
  const lines = contentLines(commit.message);
  scanLines(lines, rules.messageRules, isActive, (hit, line) =>
    out.add(hit, 'commit_message', line.text, sha),
  );
  const subject = subjectOf(commit.message);
  if (subject && rules.subjectRules.length > 0) {
    const line = { text: subject, lower: subject.toLowerCase() };
    scanLines([line], rules.subjectRules, isActive, hit =>
      out.add(hit, 'commit_message', subject, sha),
    );
  }
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

/** Adds the evidence of a change's PR metadata (not of its commits). */
export function collectChangeEvidence(
  change: Change,
  rules: RuleSet,
  out: EvidenceList,
): void {
  // For a direct push the "author" is the pushed commit's author, already
  // scanned with the commit.
  if (change.kind !== 'direct_push' || !change.commits?.length) {
    scanIdentity(
      change.author,
      rules.identityRules,
      rules.isActive,
      (hit, line) => out.add(hit, 'pr_author', line),
    );
  }
  collectLabelEvidence(change.labels ?? [], rules, out);
  if (change.body && !isDependencyBot(change.author)) {
    scanLines(
      contentLines(change.body),
      rules.bodyRules,
      rules.isActive,
      (hit, line) => out.add(hit, 'body', line.text),
    );
  }
  if (change.headRef) {
    collectBranchEvidence(change.headRef, rules, out);
  }
}
