/**
 * Identity rules with a memory: the same few hundred people author and
 * commit a whole history, so what the rules say about an identity is worked
 * out once per detector and looked up afterwards.
 */
import { Identity } from '../types';
import { SignalHit } from './hit';
import { isDependencyBot } from './knownIdentities';
import { IdentityRule } from './ruleSet';
import { formatIdentity } from './scan';

/** What the identity rules say about one identity. */
export interface IdentityVerdict {
  /** the active hits, in rule order */
  readonly hits: readonly SignalHit[];
  /** the identity as evidence shows it; empty when there are no hits */
  readonly line: string;
  /** {@link isDependencyBot}, worked out when first asked */
  dependencyBot?: boolean;
}

const NO_HITS: readonly SignalHit[] = [];

/** Bounded, so a history of millions of people cannot grow it for ever. */
const MAX_CACHED = 10000;

const isText = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';

/**
 * A key that tells apart every identity the rules could tell apart: the
 * fields they read (lengths first, so no separator can be forged). None for
 * identities with fields of unexpected types, which are never cached.
 */
function cacheKey(identity: Identity): string | undefined {
  const { name, email, login, type, id } = identity;
  if (
    !isText(name) ||
    !isText(email) ||
    !isText(login) ||
    !isText(type) ||
    (id !== undefined && typeof id !== 'number')
  ) {
    return undefined;
  }
  return `${name?.length ?? -1},${email?.length ?? -1},${login?.length ?? -1},${
    type?.length ?? -1
  },${id ?? ''}|${name ?? ''}${email ?? ''}${login ?? ''}${type ?? ''}`;
}

/** A verdict with the fields of the identity object it was last given for. */
interface Seen {
  name?: string;
  email?: string;
  login?: string;
  type?: string;
  id?: number;
  verdict: IdentityVerdict;
}

/** Runs identity rules, once per distinct identity. */
export class IdentityScanner {
  private readonly cache = new Map<string, IdentityVerdict>();
  /**
   * Sources share identity objects between commits (the git source builds
   * each person once): an object seen before, with the same fields, needs
   * no key.
   */
  private readonly objects = new WeakMap<Identity, Seen>();

  constructor(
    private readonly rules: readonly IdentityRule[],
    private readonly isActive: (signal: string) => boolean,
  ) {}

  /** What the rules say about an identity; undefined for no identity. */
  verdict(identity: Identity | undefined): IdentityVerdict | undefined {
    if (!identity) {
      return undefined;
    }
    if (typeof identity !== 'object') {
      return this.evaluate(identity);
    }
    const seen = this.objects.get(identity);
    if (
      seen &&
      seen.name === identity.name &&
      seen.email === identity.email &&
      seen.login === identity.login &&
      seen.type === identity.type &&
      seen.id === identity.id
    ) {
      return seen.verdict;
    }
    const key = cacheKey(identity);
    if (key === undefined) {
      return this.evaluate(identity);
    }
    let verdict = this.cache.get(key);
    if (!verdict) {
      verdict = this.evaluate(identity);
      if (this.cache.size >= MAX_CACHED) {
        this.cache.clear();
      }
      this.cache.set(key, verdict);
    }
    const { name, email, login, type, id } = identity;
    this.objects.set(identity, { name, email, login, type, id, verdict });
    return verdict;
  }

  /**
   * {@link isDependencyBot}, remembered with the identity's verdict (pass it
   * when already at hand).
   */
  isDependencyBot(
    identity: Identity | undefined,
    verdict?: IdentityVerdict,
  ): boolean {
    if (!identity) {
      return false;
    }
    let known = verdict;
    if (!known) {
      const key = typeof identity === 'object' ? cacheKey(identity) : undefined;
      if (key === undefined) {
        return isDependencyBot(identity);
      }
      known = this.verdict(identity)!;
    }
    known.dependencyBot ??= isDependencyBot(identity);
    return known.dependencyBot;
  }

  private evaluate(identity: Identity): IdentityVerdict {
    let hits: SignalHit[] | undefined;
    for (const rule of this.rules) {
      const hit = rule.match(identity);
      if (hit && this.isActive(hit.signal)) {
        (hits ??= []).push(hit);
      }
    }
    return hits
      ? { hits, line: formatIdentity(identity) }
      : { hits: NO_HITS, line: '' };
  }
}
