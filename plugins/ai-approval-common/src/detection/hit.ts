import { Confidence } from '../types';
import { builtInSignal } from './signals';

/** What a rule reports when it matches: the evidence minus where it was found. */
export interface SignalHit {
  signal: string;
  tool?: string;
  confidence: Confidence;
}

/**
 * The hit of a built-in signal, with the tool and confidence of its
 * catalogue entry; `tool` may be narrowed (which AI bot, which tool named).
 */
export function builtInHit(id: string, tool?: string): SignalHit {
  const signal = builtInSignal(id);
  return {
    signal: id,
    tool: tool ?? signal.tool,
    confidence: signal.confidence,
  };
}
