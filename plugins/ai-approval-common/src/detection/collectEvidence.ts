/**
 * Where each part of a change is looked at: commit messages and identities,
 * then the PR's author, labels, body and branch.
 */
import { Change, ChangeCommit } from '../types';
import { EvidenceList } from './evidenceList';
import { IdentityVerdict } from './identityScanner';
import { normaliseBranch, normaliseLabel } from './metadataRules';
import { RuleSet } from './ruleSet';
import { scanMessage, scanText } from './scan';

/** Adds the evidence of one commit. */
export function collectCommitEvidence(
  commit: ChangeCommit,
  rules: RuleSet,
  out: EvidenceList,
): void {
  const { sha } = commit;
  const { identities, isActive } = rules;
  const author = identities.verdict(commit.author);
  if (author) {
    for (const hit of author.hits) {
      out.add(hit, 'commit_author', author.line, sha);
    }
  }
  const committer = identities.verdict(commit.committer);
  if (committer) {
    for (const hit of committer.hits) {
      out.add(hit, 'commit_committer', committer.line, sha);
    }
  }
  if (identities.isDependencyBot(commit.author, author)) {
    return;
  }
  scanMessage(commit.message, rules.messageScanner, isActive, (hit, line) =>
    out.add(hit, 'commit_message', line.text, sha),
  );
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
    scanText(change.body, rules.bodyScanner, rules.isActive, (hit, line) =>
      out.add(hit, 'body', line.text),
    );
  }
  if (change.headRef) {
    collectBranchEvidence(change.headRef, rules, out);
  }
}
