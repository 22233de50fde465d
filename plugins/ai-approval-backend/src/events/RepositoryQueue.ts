/**
 * One read at a time per repository: an event that arrives while its
 * repository is being read asks for one more read after it, and only the
 * newest such request runs, so a burst of events costs at most two reads.
 */
export class RepositoryQueue {
  private readonly running = new Map<number, Promise<void>>();
  private readonly next = new Map<number, () => Promise<void>>();

  /** Runs `read` for the repository now, or after the current read. */
  request(repositoryId: number, read: () => Promise<void>): Promise<void> {
    this.next.set(repositoryId, read);
    const current = this.running.get(repositoryId);
    if (current) {
      return current;
    }
    const loop = (async () => {
      try {
        for (
          let pending = this.next.get(repositoryId);
          pending;
          pending = this.next.get(repositoryId)
        ) {
          this.next.delete(repositoryId);
          await pending();
        }
      } finally {
        this.running.delete(repositoryId);
      }
    })();
    this.running.set(repositoryId, loop);
    return loop;
  }

  /** Resolves when every requested read has finished. */
  async idle(): Promise<void> {
    while (this.running.size) {
      await Promise.allSettled([...this.running.values()]);
    }
  }
}
