import { randomUUID } from 'node:crypto';
import { ApprovalStore } from '../database/ApprovalStore';

const CLAIM_MS = 30_000;
const RENEW_MS = 10_000;

/**
 * Runs `fn` while holding the repository's claim, renewed as it runs;
 * returns false without running it when another sync (of this process or
 * a replica) holds the claim: it reads the same changes. A killed process's claim runs out
 * after 30 seconds.
 */
export async function withRepositoryClaim(
  store: ApprovalStore,
  repositoryId: number,
  fn: () => Promise<void>,
): Promise<boolean> {
  const owner = randomUUID();
  const until = () => new Date(Date.now() + CLAIM_MS);
  if (!(await store.claimRepository(repositoryId, owner, until()))) {
    return false;
  }
  const renew = setInterval(() => {
    store.claimRepository(repositoryId, owner, until()).catch(() => {});
  }, RENEW_MS);
  try {
    await fn();
  } finally {
    clearInterval(renew);
    await store.releaseRepository(repositoryId, owner);
  }
  return true;
}
