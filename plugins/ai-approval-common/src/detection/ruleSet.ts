/**
 * Compiles a validated configuration into the rules the scanner runs, once
 * per detector: regexes are built here and never per commit.
 */
import { Confidence, Identity } from '../types';
import { ValidCustomSignal, ValidDetectionConfig } from './config';
import { SignalHit } from './hit';
import { aiderNameHit, aiIdentityHit } from './knownIdentities';
import { statementRule } from './statementRule';
import {
  BUILT_IN_LINE_RULES,
  BUILT_IN_SUBJECT_RULES,
  LineRule,
} from './lineRules';
import {
  branchHit,
  checkboxRule,
  labelHit,
  normaliseBranch,
  normaliseLabel,
} from './metadataRules';
import { IdentityScanner } from './identityScanner';
import { BUILT_IN_MESSAGE_RULES, MessageRule } from './messageRules';
import {
  LineScanner,
  lineScanner,
  MessageScanner,
  messageScanner,
} from './scan';
import { BUILT_IN_SIGNALS } from './signals';

/** A rule over an author, committer or PR author. */
export interface IdentityRule {
  match(identity: Identity): SignalHit | undefined;
}

/** Everything a detector needs to scan a change. */
export interface RuleSet {
  signalIds: string[];
  threshold: Confidence;
  isActive(signal: string): boolean;
  messageRules: readonly LineRule[];
  subjectRules: readonly LineRule[];
  bodyRules: readonly LineRule[];
  /** rules over whole commit messages and PR bodies */
  wholeMessageRules: readonly MessageRule[];
  identityRules: readonly IdentityRule[];
  /** the line rules above, with the searches for their needles */
  messageScanner: MessageScanner;
  bodyScanner: LineScanner;
  /** the identity rules, with what they said about each identity seen */
  identities: IdentityScanner;
  labels: ReadonlyMap<string, SignalHit[]>;
  branches: ReadonlyArray<{ prefix: string; hit: SignalHit }>;
}

const BUILT_IN_IDENTITY_RULES: IdentityRule[] = [
  { match: aiIdentityHit },
  { match: aiderNameHit },
];

function customHit(signal: ValidCustomSignal): SignalHit {
  return {
    signal: signal.id,
    tool: signal.tool,
    confidence: signal.confidence,
  };
}

function customMessageRule(signal: ValidCustomSignal, regex: RegExp): LineRule {
  const hit = customHit(signal);
  return {
    signals: [signal.id],
    needles: [],
    match: line => (regex.test(line.text) ? hit : undefined),
  };
}

function customIdentityRule(
  signal: ValidCustomSignal,
  regex: RegExp,
): IdentityRule {
  const hit = customHit(signal);
  return {
    match: identity => {
      const address = `${identity.name ?? ''} <${identity.email ?? ''}>`.trim();
      const matched =
        ((identity.name || identity.email) && regex.test(address)) ||
        (identity.login && regex.test(identity.login));
      return matched ? hit : undefined;
    },
  };
}

function labelMap(
  config: ValidDetectionConfig,
  active: (id: string) => boolean,
) {
  const labels = new Map<string, SignalHit[]>();
  const add = (label: string, hit: SignalHit) => {
    const key = normaliseLabel(label);
    labels.set(key, [...(labels.get(key) ?? []), hit]);
  };
  if (active('ai-label')) {
    config.labels.forEach(label => add(label, labelHit()));
  }
  for (const signal of config.custom) {
    signal.labels.forEach(label => add(label, customHit(signal)));
  }
  return labels;
}

function branchList(
  config: ValidDetectionConfig,
  active: (id: string) => boolean,
) {
  const branches = active('agent-branch')
    ? config.branchPrefixes.map(prefix => ({ prefix, hit: branchHit(prefix) }))
    : [];
  for (const signal of config.custom) {
    for (const prefix of signal.branchPrefixes) {
      branches.push({ prefix, hit: customHit(signal) });
    }
  }
  return branches
    .map(b => ({ prefix: normaliseBranch(b.prefix), hit: b.hit }))
    .filter(b => b.prefix.length > 0);
}

function activeIds(config: ValidDetectionConfig): string[] {
  const unused = new Set<string>();
  if (config.labels.length === 0) unused.add('ai-label');
  if (config.branchPrefixes.length === 0) unused.add('agent-branch');
  return [
    ...BUILT_IN_SIGNALS.map(s => s.id).filter(
      id => !config.disabled.has(id) && !unused.has(id),
    ),
    ...config.custom.map(signal => signal.id),
  ];
}

/** Builds the rules of one detector. */
export function compileRules(config: ValidDetectionConfig): RuleSet {
  const signalIds = activeIds(config);
  const active = new Set(signalIds);
  const isActive = (id: string) => active.has(id);
  const enabled = (rule: LineRule) => rule.signals.some(isActive);
  const custom = config.custom;
  const messageRules = [
    ...BUILT_IN_LINE_RULES.filter(enabled),
    ...custom.flatMap(s =>
      s.message ? [customMessageRule(s, s.message)] : [],
    ),
    ...(enabled(statementRule) ? [statementRule] : []),
  ];
  const subjectRules = BUILT_IN_SUBJECT_RULES.filter(enabled);
  const bodyRules = enabled(checkboxRule)
    ? [...messageRules, checkboxRule]
    : messageRules;
  const identityRules = [
    ...BUILT_IN_IDENTITY_RULES,
    ...custom.flatMap(s =>
      s.identity ? [customIdentityRule(s, s.identity)] : [],
    ),
  ];
  return {
    signalIds,
    threshold: config.threshold,
    isActive,
    messageRules,
    subjectRules,
    bodyRules,
    wholeMessageRules: BUILT_IN_MESSAGE_RULES.filter(rule =>
      rule.signals.some(isActive),
    ),
    identityRules,
    messageScanner: messageScanner(messageRules, subjectRules),
    bodyScanner: lineScanner(bodyRules),
    identities: new IdentityScanner(identityRules, isActive),
    labels: labelMap(config, isActive),
    branches: branchList(config, isActive),
  };
}
