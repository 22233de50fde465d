import { InputError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';

async function findAiChange(tx: Knex.Transaction, changeId: string) {
  const change = await tx('ai_approval_changes').where('id', changeId).first();
  if (!change) {
    throw new NotFoundError(`No change with id ${changeId}`);
  }
  if (!change.ai_assisted) {
    throw new InputError(
      `Change ${changeId} is not AI-assisted; only AI-assisted changes can be exempted`,
    );
  }
  return change;
}

/** Waives the senior-approval rule for one AI-assisted change. */
export async function createExemption(
  db: Knex,
  changeId: string,
  exemption: { by: string; reason: string },
): Promise<void> {
  await db.transaction(async tx => {
    await findAiChange(tx, changeId);
    await tx('ai_approval_exemptions')
      .insert({
        change_id: changeId,
        created_by: exemption.by,
        reason: exemption.reason,
        created_at: new Date().toISOString(),
      })
      .onConflict('change_id')
      .merge();
    await tx('ai_approval_changes')
      .where('id', changeId)
      .update({ verdict: 'exempt', compliant: true });
  });
}

/** Removes an exemption and restores the judged verdict. */
export async function removeExemption(
  db: Knex,
  changeId: string,
): Promise<void> {
  await db.transaction(async tx => {
    const change = await findAiChange(tx, changeId);
    const deleted = await tx('ai_approval_exemptions')
      .where('change_id', changeId)
      .delete();
    if (!deleted) {
      throw new NotFoundError(`Change ${changeId} has no exemption`);
    }
    await tx('ai_approval_changes')
      .where('id', changeId)
      .update({
        verdict: change.judged_verdict,
        compliant: change.judged_verdict === 'approved',
      });
  });
}
