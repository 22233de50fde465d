// @ts-check

/**
 * Repositories, the entities linked to them, the changes with their verdicts,
 * the reviews behind those verdicts, and exemptions.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ai_approval_repositories', table => {
    table.comment('Repositories linked to catalog entities, with sync state');
    table.increments('id');
    table.string('source', 32).notNullable().comment('github | git');
    table.string('host', 255).notNullable();
    table
      .string('slug', 512)
      .notNullable()
      .comment('owner/name, or the git URL');
    table.string('url', 1024);
    table
      .string('cursor', 255)
      .comment('where the next sync starts, JSON of the source');
    table.timestamp('last_sync_at', { useTz: true });
    table.timestamp('last_success_at', { useTz: true });
    table.text('last_error');
    table.timestamp('last_error_at', { useTz: true });
    table.timestamp('rate_limited_until', { useTz: true });
    table.bigInteger('points_spent').notNullable().defaultTo(0);
    table.bigInteger('requests_made').notNullable().defaultTo(0);
    table.unique(['source', 'host', 'slug']);
  });

  await knex.schema.createTable('ai_approval_entities', table => {
    table.comment('Catalog entities that have repositories, with their owner');
    table.string('entity_ref', 255).primary();
    table.string('title', 255);
    table.string('owner_ref', 255);
    table.string('system_ref', 255);
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index('owner_ref');
    table.index('system_ref');
  });

  await knex.schema.createTable('ai_approval_entity_repositories', table => {
    table.string('entity_ref', 255).notNullable();
    table
      .integer('repository_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('ai_approval_repositories')
      .onDelete('CASCADE');
    table.primary(['entity_ref', 'repository_id']);
    table.index('repository_id');
  });

  await knex.schema.createTable('ai_approval_group_ancestors', table => {
    table.comment('Each group with itself and every parent, for roll-ups');
    table.string('group_ref', 255).notNullable();
    table.string('ancestor_ref', 255).notNullable();
    table.primary(['group_ref', 'ancestor_ref']);
    table.index('ancestor_ref');
  });

  await knex.schema.createTable('ai_approval_users', table => {
    table.comment('SCM identities of catalog Users, and their groups');
    table
      .string('identity', 255)
      .primary()
      .comment('lowercased login or e-mail');
    table.string('user_ref', 255).notNullable();
    table.string('display_name', 255);
  });

  await knex.schema.createTable('ai_approval_group_members', table => {
    table.string('group_ref', 255).notNullable();
    table.string('user_ref', 255).notNullable();
    table.primary(['group_ref', 'user_ref']);
    table.index('user_ref');
  });

  await knex.schema.createTable('ai_approval_state', table => {
    table.comment('Small facts of the plugin, e.g. the policy fingerprint');
    table.string('key', 64).primary();
    table.text('value').notNullable();
  });

  await knex.schema.createTable('ai_approval_changes', table => {
    table.comment('Merged changes with detection and verdict');
    table.bigIncrements('id');
    table
      .integer('repository_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('ai_approval_repositories')
      .onDelete('CASCADE');
    table
      .string('change_key', 128)
      .notNullable()
      .comment('pr:N | mr:N | commit:SHA');
    table.string('kind', 32).notNullable();
    table.integer('number');
    table.text('title');
    table.string('url', 1024);
    table.string('author', 255);
    table.timestamp('merged_at', { useTz: true }).notNullable();
    table.string('week_start', 10).notNullable().comment('Monday, YYYY-MM-DD');
    table.string('merge_sha', 64);
    table.string('head_sha', 64);
    table.boolean('ai_assisted').notNullable();
    table.string('confidence', 16).notNullable();
    table.text('evidence').notNullable().comment('JSON Evidence[]');
    table
      .string('verdict', 32)
      .comment('exempt when exempted, else judged_verdict');
    table.string('judged_verdict', 32).comment('the verdict without exemption');
    table.boolean('compliant');
    table.text('reasons').comment('JSON string[]');
    table.text('approvers').comment('JSON ApproverAssessment[]');
    table.timestamp('senior_approved_at', { useTz: true });
    table.text('override').comment('JSON DetectionOverride');
    table.text('payload').notNullable().comment('JSON Change, to recompute');
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['repository_id', 'change_key']);
    // covers the per-entity counts (summary, rollups): no table read per change
    table.index(
      [
        'repository_id',
        'merged_at',
        'week_start',
        'ai_assisted',
        'verdict',
        'id',
      ],
      'ai_approval_changes_window_index',
    );
    table.index(['merged_at']);
  });

  await knex.schema.createTable('ai_approval_entity_weeks', table => {
    table.comment(
      'Weekly counts per entity, rebuilt by the sync: cheap scorecards. Every week from the first to the last with a change has a row',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('week_start', 10).notNullable();
    table.integer('total_changes').notNullable();
    table.integer('ai_changes').notNullable();
    table.integer('approved').notNullable();
    table.integer('exempt').notNullable();
    // the same counts over this week and every later one: the row of the
    // window's first week holds the entity's counts over the window
    table.integer('total_since').notNullable();
    table.integer('ai_since').notNullable();
    table.integer('approved_since').notNullable();
    table.integer('exempt_since').notNullable();
    table.primary(['entity_ref', 'week_start']);
    table.index(['week_start']);
  });

  await knex.schema.createTable('ai_approval_entity_totals', table => {
    table.comment(
      'Counts per entity over all its weeks, for windows that start before its first week',
    );
    table.string('entity_ref', 255).primary();
    table.string('first_week', 10).notNullable();
    table.integer('total_changes').notNullable();
    table.integer('ai_changes').notNullable();
    table.integer('approved').notNullable();
    table.integer('exempt').notNullable();
  });

  await knex.schema.createTable('ai_approval_scope_weeks', table => {
    table.comment(
      'Weekly counts per owner group (nested groups included) and per system, added up from entity weeks by the sync',
    );
    table.string('scope', 16).notNullable().comment('owner | system');
    table.string('ref', 255).notNullable().comment('group or system ref');
    table.string('week_start', 10).notNullable();
    table.integer('total_changes').notNullable();
    table.integer('ai_changes').notNullable();
    table.integer('approved').notNullable();
    table.integer('exempt').notNullable();
    table.primary(['scope', 'ref', 'week_start']);
  });

  await knex.schema.createTable('ai_approval_reviews', table => {
    table.comment('Reviews of AI-assisted changes, for reviewer load');
    table
      .bigInteger('change_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('ai_approval_changes')
      .onDelete('CASCADE');
    table.string('reviewer', 255).notNullable();
    table.string('state', 32).notNullable();
    table.timestamp('submitted_at', { useTz: true });
    table.string('commit_sha', 64);
    table.boolean('senior').notNullable();
    table.boolean('counted').notNullable().comment('the senior sign-off');
    table.float('hours_to_approval');
    table.timestamp('merged_at', { useTz: true }).notNullable();
    table.index(['change_id']);
    table.index(['merged_at', 'reviewer']);
  });

  await knex.schema.createTable('ai_approval_exemptions', table => {
    table.comment('Changes waived by an authorised person');
    table
      .bigInteger('change_id')
      .unsigned()
      .primary()
      .references('id')
      .inTable('ai_approval_changes')
      .onDelete('CASCADE');
    table.string('created_by', 255).notNullable();
    table.text('reason').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('ai_approval_exemptions');
  await knex.schema.dropTable('ai_approval_reviews');
  await knex.schema.dropTable('ai_approval_scope_weeks');
  await knex.schema.dropTable('ai_approval_entity_totals');
  await knex.schema.dropTable('ai_approval_entity_weeks');
  await knex.schema.dropTable('ai_approval_changes');
  await knex.schema.dropTable('ai_approval_state');
  await knex.schema.dropTable('ai_approval_group_members');
  await knex.schema.dropTable('ai_approval_users');
  await knex.schema.dropTable('ai_approval_group_ancestors');
  await knex.schema.dropTable('ai_approval_entity_repositories');
  await knex.schema.dropTable('ai_approval_entities');
  await knex.schema.dropTable('ai_approval_repositories');
};
