// @ts-check

/**
 * When the last GitHub webhook event for each repository arrived, for the
 * sync status: with webhooks, a change shows within seconds; the scheduled
 * sync is the safety net.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('ai_approval_repositories', table => {
    table
      .timestamp('last_event_at', { useTz: true })
      .comment('arrival of the last webhook event for the repository');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('ai_approval_repositories', table => {
    table.dropColumn('last_event_at');
  });
};
