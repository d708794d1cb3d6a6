import { type Kysely, sql } from 'kysely'

/**
 * Rows an erasure kept under a legal hold are recorded by key, as rows kept under a retention rule are (issue 16,
 * decision 0090): legal_hold_id names the hold, and the row waits while that hold is in force. A row a legal hold
 * alone kept has no rule (rule and date_field null) and is due once the hold is lifted or has ended; one a rule
 * also keeps has the rule's end as kept_until. Idempotent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table retention_holds add column if not exists legal_hold_id uuid references legal_holds(id) on delete set null;
    alter table retention_holds alter column rule drop not null;
    alter table retention_holds alter column date_field drop not null;
    alter table retention_holds drop constraint if exists retention_holds_rule_or_legal_hold;
    alter table retention_holds add constraint retention_holds_rule_or_legal_hold
      check ((rule is null) = (date_field is null));
    create index if not exists retention_holds_legal_hold on retention_holds (legal_hold_id) where legal_hold_id is not null;
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from retention_holds where rule is null;
    drop index if exists retention_holds_legal_hold;
    alter table retention_holds drop constraint if exists retention_holds_rule_or_legal_hold;
    alter table retention_holds alter column date_field set not null;
    alter table retention_holds alter column rule set not null;
    alter table retention_holds drop column if exists legal_hold_id;
  `.execute(db)
}
