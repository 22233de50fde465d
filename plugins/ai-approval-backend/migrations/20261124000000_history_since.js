// @ts-check

/**
 * Where each repository's history starts: the backfill horizon of its first
 * successful sync. Older changes were never read, so a window reaching
 * further back shows fewer than there were.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('ai_approval_repositories', table => {
    table
      .timestamp('history_since', { useTz: true })
      .comment('backfill horizon of the first successful sync');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('ai_approval_repositories', table => {
    table.dropColumn('history_since');
  });
};
