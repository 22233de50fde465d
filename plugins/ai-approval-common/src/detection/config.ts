/**
 * Detection configuration: its shape, its defaults, and the validation that
 * turns a mistake in `app-config.yaml` into a clear error at start-up rather
 * than silently missed AI changes.
 */
import { Confidence } from '../types';
import { isConfidence } from './confidence';
import {
  DEFAULT_AGENT_BRANCH_PREFIXES,
  DEFAULT_AI_LABELS,
} from './metadataRules';
import { BUILT_IN_SIGNAL_IDS } from './signals';

/** An extra detection signal from configuration. @public */
export interface CustomSignalConfig {
  /** unique, shows up as `Evidence.signal` */
  id: string;
  /** e.g. `Windsurf` */
  tool?: string;
  /** JS regex source, matched per message line (and PR body line), case-insensitive */
  messagePattern?: string;
  /** regex matched against author / committer / PR author `name <email>` and login */
  identityPattern?: string;
  /** PR labels, case-insensitive exact */
  labels?: string[];
  /** head branch prefixes */
  branchPrefixes?: string[];
  /** default `high` */
  confidence?: Confidence;
}

/** @public */
export interface DetectionConfig {
  /** built-in signal ids to switch off */
  disabledSignals?: string[];
  /** extra signals */
  signals?: CustomSignalConfig[];
  /** minimum confidence that counts as AI-assisted; default `medium` */
  threshold?: Confidence;
  /** AI labels; default {@link DEFAULT_AI_LABELS} */
  labels?: string[];
  /** agent branch prefixes; default {@link DEFAULT_AGENT_BRANCH_PREFIXES} */
  branchPrefixes?: string[];
}

/** A custom signal with its regexes compiled. */
export interface ValidCustomSignal {
  id: string;
  tool?: string;
  message?: RegExp;
  identity?: RegExp;
  labels: string[];
  branchPrefixes: string[];
  confidence: Confidence;
}

/** Configuration after validation and defaults. */
export interface ValidDetectionConfig {
  disabled: ReadonlySet<string>;
  custom: ValidCustomSignal[];
  threshold: Confidence;
  labels: readonly string[];
  branchPrefixes: readonly string[];
}

function fail(message: string): never {
  throw new Error(`Invalid AI detection config: ${message}`);
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value) || value.some(v => typeof v !== 'string')) {
    fail(`${where} must be a list of strings`);
  }
  return value.map(v => v.trim()).filter(v => v.length > 0);
}

function compile(source: unknown, where: string): RegExp | undefined {
  if (source === undefined) {
    return undefined;
  }
  if (typeof source !== 'string' || source.length === 0) {
    return fail(`${where} must be a non-empty string`);
  }
  try {
    return new RegExp(source, 'i');
  } catch (e) {
    return fail(
      `${where} is not a valid regular expression: ${(e as Error).message}`,
    );
  }
}

function validConfidence(value: unknown, where: string): Confidence {
  if (!isConfidence(value) || value === 'none') {
    fail(
      `${where} must be one of low, medium, high (got ${JSON.stringify(
        value,
      )})`,
    );
  }
  return value;
}

function validateCustomSignal(
  signal: CustomSignalConfig,
  index: number,
  seen: Set<string>,
): ValidCustomSignal {
  const where = `signals[${index}]`;
  if (typeof signal !== 'object' || signal === null) {
    fail(`${where} must be an object`);
  }
  const id = typeof signal.id === 'string' ? signal.id.trim() : '';
  if (!id) {
    fail(`${where}.id must be a non-empty string`);
  }
  if (BUILT_IN_SIGNAL_IDS.has(id) || seen.has(id)) {
    fail(`${where}.id "${id}" is already used by another signal`);
  }
  seen.add(id);
  const named = `${where} ("${id}")`;
  const valid: ValidCustomSignal = {
    id,
    tool: typeof signal.tool === 'string' ? signal.tool : undefined,
    message: compile(signal.messagePattern, `${named}.messagePattern`),
    identity: compile(signal.identityPattern, `${named}.identityPattern`),
    labels: stringList(signal.labels, `${named}.labels`),
    branchPrefixes: stringList(
      signal.branchPrefixes,
      `${named}.branchPrefixes`,
    ),
    confidence:
      signal.confidence === undefined
        ? 'high'
        : validConfidence(signal.confidence, `${named}.confidence`),
  };
  const matchesSomething =
    valid.message ||
    valid.identity ||
    valid.labels.length ||
    valid.branchPrefixes.length;
  if (!matchesSomething) {
    fail(
      `${named} needs at least one of messagePattern, identityPattern, labels, branchPrefixes`,
    );
  }
  return valid;
}

function validateDisabled(value: unknown): Set<string> {
  const disabled = stringList(value, 'disabledSignals');
  const unknown = disabled.filter(id => !BUILT_IN_SIGNAL_IDS.has(id));
  if (unknown.length > 0) {
    fail(
      `disabledSignals names unknown signal(s) ${unknown.join(', ')}; ` +
        `built-in signals are ${[...BUILT_IN_SIGNAL_IDS].join(', ')}`,
    );
  }
  return new Set(disabled);
}

/** Validates a detection config and fills in the defaults. */
export function validateDetectionConfig(
  config: DetectionConfig = {},
): ValidDetectionConfig {
  if (typeof config !== 'object' || config === null) {
    fail('expected an object');
  }
  if (config.signals !== undefined && !Array.isArray(config.signals)) {
    fail('signals must be a list');
  }
  const seen = new Set<string>();
  return {
    disabled: validateDisabled(config.disabledSignals),
    custom: (config.signals ?? []).map((s, i) =>
      validateCustomSignal(s, i, seen),
    ),
    threshold:
      config.threshold === undefined
        ? 'medium'
        : validConfidence(config.threshold, 'threshold'),
    labels:
      config.labels === undefined
        ? DEFAULT_AI_LABELS
        : stringList(config.labels, 'labels'),
    branchPrefixes:
      config.branchPrefixes === undefined
        ? DEFAULT_AGENT_BRANCH_PREFIXES
        : stringList(config.branchPrefixes, 'branchPrefixes'),
  };
}
