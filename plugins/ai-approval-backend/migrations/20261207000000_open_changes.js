// @ts-check

/**
 * Open and draft pull requests of linked repositories, judged live against
 * their head, the seniors each AI-assisted one waits on, and the status
 * checks posted on their heads.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ai_approval_open_changes', table => {
    table.comment('Open pull requests with their live state');
    table.bigIncrements('id');
    table
      .integer('repository_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('ai_approval_repositories')
      .onDelete('CASCADE');
    table.integer('number').notNullable();
    table.text('title').notNullable();
    table.string('url', 1024).notNullable();
    table.string('author', 255);
    table.timestamp('created_at', { useTz: true }).notNullable();
    table
      .timestamp('ready_at', { useTz: true })
      .comment('last marked ready for review; null while a draft');
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.string('head_sha', 64).notNullable();
    table.boolean('ai_assisted').notNullable();
    table.string('confidence', 16).notNullable();
    table.text('evidence').notNullable().comment('JSON Evidence[]');
    table
      .string('state', 32)
      .notNullable()
      .comment(
        'ready | waiting_for_senior | stale_approval | changes_requested | draft',
      );
    table.text('reason').notNullable();
    table.text('requested').notNullable().comment('JSON RequestedReviewer[]');
    table.text('waiting_on').notNullable().comment('JSON string[]');
    table.text('approvers').notNullable().comment('JSON ApproverAssessment[]');
    table
      .text('payload')
      .notNullable()
      .comment('JSON OpenChange, to recompute');
    table.unique(['repository_id', 'number']);
    table.index(['repository_id', 'ai_assisted', 'ready_at']);
  });

  await knex.schema.createTable('ai_approval_open_waits', table => {
    table.comment('Each senior an open AI-assisted pull request waits on');
    table
      .bigInteger('open_change_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('ai_approval_open_changes')
      .onDelete('CASCADE');
    table.string('reviewer', 255).notNullable().comment('lowercased login');
    table.timestamp('waiting_since', { useTz: true }).notNullable();
    table.primary(['open_change_id', 'reviewer']);
    table.index(['reviewer']);
  });

  await knex.schema.createTable('ai_approval_status_checks', table => {
    table.comment('The last senior sign-off check posted on a pull request');
    table
      .integer('repository_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('ai_approval_repositories')
      .onDelete('CASCADE');
    table.integer('number').notNullable();
    table.string('head_sha', 64).notNullable();
    table.string('state', 16).notNullable().comment('success | pending');
    table.string('description', 255).notNullable();
    table.timestamp('posted_at', { useTz: true }).notNullable();
    table.primary(['repository_id', 'number']);
  });

  await knex.schema.alterTable('ai_approval_repositories', table => {
    table
      .text('status_check_error')
      .comment(
        'why the last status check could not be posted; null when it was',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('ai_approval_repositories', table => {
    table.dropColumn('status_check_error');
  });
  await knex.schema.dropTable('ai_approval_status_checks');
  await knex.schema.dropTable('ai_approval_open_waits');
  await knex.schema.dropTable('ai_approval_open_changes');
};
