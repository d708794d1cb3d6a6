import { type Kysely, sql } from 'kysely'

/**
 * Sweeps on HTTP and manual systems (issue 16 item 3, decision 0094):
 * - retention_runs.via: how the run reached the system - `sql` (set-based batches), `http_endpoint` (one call to the
 *   dataset's date-filtered sweep endpoint) or `task` (a dated task for a person in the action plan);
 * - retention_runs.count_reported: false when the system did not say how many items it changed (the counts then
 *   stay 0 and every view says "not reported" instead of a number);
 * - retention_runs.endpoint: the call made ("DELETE host/path"), never with its values;
 * - retention_runs.task_action_id / completed_by_label: the task of a `task` run and who marked it done;
 * - status `waiting`: a task run waits for a person (ended when the task is done or cancelled);
 * - action_plan_actions.closed_by_label: who closed an action (a task run records it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table retention_runs add column via text not null default 'sql'
      check (via in ('sql', 'http_endpoint', 'task'));
    alter table retention_runs add column count_reported boolean not null default true;
    alter table retention_runs add column endpoint text;
    alter table retention_runs add column task_action_id uuid;
    alter table retention_runs add column completed_by_label text;
    alter table retention_runs drop constraint if exists retention_runs_status_check;
    alter table retention_runs add constraint retention_runs_status_check
      check (status in ('running', 'paused', 'completed', 'failed', 'held', 'waiting'));
    create unique index if not exists retention_runs_one_waiting
      on retention_runs (organization_id, rule_key, dataset_key, collection) where status = 'waiting';
    alter table action_plan_actions add column closed_by_label text;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table action_plan_actions drop column closed_by_label;
    drop index if exists retention_runs_one_waiting;
    delete from retention_runs where status = 'waiting';
    alter table retention_runs drop constraint if exists retention_runs_status_check;
    alter table retention_runs add constraint retention_runs_status_check
      check (status in ('running', 'paused', 'completed', 'failed', 'held'));
    alter table retention_runs drop column completed_by_label;
    alter table retention_runs drop column task_action_id;
    alter table retention_runs drop column endpoint;
    alter table retention_runs drop column count_reported;
    alter table retention_runs drop column via;
  `.execute(db)
}
