/**
 * The scanning loops. Detection runs over hundreds of thousands of commits,
 * so every rule is guarded by a lowercase substring test and most lines
 * never reach a regex.
 */
import { MessageLine } from '../git/messageLines';
import { Identity } from '../types';
import { SignalHit } from './hit';
import { LineRule } from './lineRules';
import { IdentityRule } from './ruleSet';

function hasNeedle(line: MessageLine, needles: readonly string[]): boolean {
  if (needles.length === 0) {
    return true;
  }
  for (const needle of needles) {
    if (line.lower.includes(needle)) {
      return true;
    }
  }
  return false;
}

/** Runs line rules over lines, reporting each active hit. */
export function scanLines(
  lines: readonly MessageLine[],
  rules: readonly LineRule[],
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: MessageLine) => void,
): void {
  for (const line of lines) {
    let matched = false;
    for (const rule of rules) {
      if ((rule.fallback && matched) || !hasNeedle(line, rule.needles)) {
        continue;
      }
      const hit = rule.match(line);
      if (hit && isActive(hit.signal)) {
        matched = true;
        report(hit, line);
      }
    }
  }
}

/** How an identity is shown as evidence: `name <email>`, else the login. */
export function formatIdentity(identity: Identity): string {
  if (identity.email) {
    return `${identity.name ?? ''} <${identity.email}>`.trim();
  }
  return identity.login ?? identity.name ?? '';
}

/** Runs identity rules over one identity, reporting each active hit. */
export function scanIdentity(
  identity: Identity | undefined,
  rules: readonly IdentityRule[],
  isActive: (signal: string) => boolean,
  report: (hit: SignalHit, line: string) => void,
): void {
  if (!identity) {
    return;
  }
  for (const rule of rules) {
    const hit = rule.match(identity);
    if (hit && isActive(hit.signal)) {
      report(hit, formatIdentity(identity));
    }
  }
}
