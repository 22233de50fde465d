import { Change } from '@ai-approval/backstage-plugin-ai-approval-common';
import { ApprovalStore } from '../database/ApprovalStore';
import { changeKey } from '../database/changeRows';
import { ChangeJudge } from './ChangeJudge';

/** Judges and stores a batch of changes, keeping what people decided. */
export async function storeChanges(
  store: ApprovalStore,
  repositoryId: number,
  changes: Change[],
  judge: ChangeJudge,
): Promise<void> {
  if (!changes.length) {
    return;
  }
  const decisions = await store.loadDecisions(repositoryId, changes);
  const judged = changes.map(c => judge.judge(c, decisions.get(changeKey(c))));
  await store.upsertChanges(repositoryId, judged, judge.seniors);
}
