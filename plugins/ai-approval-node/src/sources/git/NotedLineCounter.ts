import {
  Change,
  ChangeCommit,
} from '@ai-approval/backstage-plugin-ai-approval-common/domain';
import { GitRepository } from './GitRepository';

/**
 * Counts the lines added by the commits that carry a line-attribution note,
 * so the share of AI lines can be told. Batches without such commits pass
 * straight through; the others are held back until enough noted commits
 * are waiting to count them with one git process (a history annotated by
 * git-ai has a note on most commits), then handed out in order.
 */
export class NotedLineCounter {
  private held: Change[][] = [];
  private noted: ChangeCommit[] = [];

  constructor(
    private readonly repository: GitRepository,
    private readonly countAt = 256,
  ) {}

  /** Takes the next batch; returns the batches ready to hand out. */
  async add(batch: Change[]): Promise<Change[][]> {
    const noted = batch
      .flatMap(change => [...change.commits, change.mergeCommit])
      .filter((commit): commit is ChangeCommit => !!commit?.aiNote);
    if (noted.length === 0 && this.held.length === 0) {
      return [batch];
    }
    this.held.push(batch);
    this.noted.push(...noted);
    return this.noted.length >= this.countAt ? this.flush() : [];
  }

  /** Counts what is held back and returns it. */
  async flush(): Promise<Change[][]> {
    const [held, noted] = [this.held, this.noted];
    this.held = [];
    this.noted = [];
    if (noted.length > 0) {
      const added = await this.repository.linesAdded(noted.map(c => c.sha));
      for (const commit of noted) {
        const lines = added.get(commit.sha);
        if (lines !== undefined) commit.linesAdded = lines;
      }
    }
    return held;
  }
}
