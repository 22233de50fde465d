import {
  GitChangeSource,
  GitChangeSourceOptions,
} from '../sources/git/GitChangeSource';
import {
  ChangeScanResult,
  ScanConfig,
  scanChangeBatches,
  scanChanges,
} from './scanChanges';

/** @public */
export type ScanRepositoryOptions = GitChangeSourceOptions & ScanConfig;

/**
 * Scans a plain git repository (path or URL): its changes, their detection
 * and the verdicts of the AI-assisted ones, streamed newest first.
 *
 * @public
 */
export function scanRepository(
  options: ScanRepositoryOptions,
): AsyncGenerator<ChangeScanResult> {
  return scanChanges(new GitChangeSource(options), options);
}

/**
 * {@link scanRepository} in batches, as git prints the history: the same
 * results, for consumers that handle many (the command-line scanner).
 *
 * @public
 */
export function scanRepositoryBatches(
  options: ScanRepositoryOptions,
): AsyncGenerator<ChangeScanResult[]> {
  return scanChangeBatches(
    new GitChangeSource(options).changeBatches(),
    options,
  );
}
