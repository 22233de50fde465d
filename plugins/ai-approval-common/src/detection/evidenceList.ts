import { Confidence, Detection, Evidence, EvidenceSource } from '../types';
import { compareConfidence, maxConfidence } from './confidence';
import { SignalHit } from './hit';

/**
 * Collects evidence without repeats: squash merges copy the same trailer
 * into many commits' worth of text, and one line is enough to show.
 */
export class EvidenceList {
  /** made with the first item: most changes have no evidence at all */
  private seen?: Set<string>;
  readonly items: Evidence[] = [];

  add(
    hit: SignalHit,
    source: EvidenceSource,
    line: string,
    commitSha?: string,
    aiLineShare?: number,
  ) {
    const key = `${hit.signal}\u0000${source}\u0000${
      commitSha ?? ''
    }\u0000${line}`;
    this.seen ??= new Set();
    if (this.seen.has(key)) {
      return;
    }
    this.seen.add(key);
    this.items.push({
      signal: hit.signal,
      ...(hit.tool ? { tool: hit.tool } : {}),
      source,
      ...(commitSha ? { commitSha } : {}),
      line,
      confidence: hit.confidence,
      ...(aiLineShare === undefined ? {} : { aiLineShare }),
    });
  }
}

/** Turns evidence into a detection: the strongest evidence decides. */
export function summarise(
  evidence: Evidence[],
  threshold: Confidence,
): Detection {
  const confidence = maxConfidence(evidence.map(e => e.confidence));
  return {
    aiAssisted:
      confidence !== 'none' && compareConfidence(confidence, threshold) >= 0,
    confidence,
    evidence,
  };
}
