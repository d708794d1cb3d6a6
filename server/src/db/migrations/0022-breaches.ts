import { type Kysely, sql } from 'kysely'

/**
 * Personal data breaches (issue 19, decision 0035).
 *
 * - breaches: one row per breach, notified or not (Art. 33(5)). `record` holds the facts as entered (the domain's
 *   BreachFacts), `assessment` the ENISA inputs and the decision with its reasoning; the clocks' instants are
 *   columns so lists and the reminder job query them: awareness, part 1 due/filed (with the GBA's case number and
 *   the reasons for a delay), part 2 due/filed, and for a processor the controllers' notice due/sent.
 * - breach_events: the timeline of events and decisions with who decided, and the reminders sent (reminder_key is
 *   unique per breach, so a reminder goes out once whatever the number of workers or runs).
 * - breach_letters: one letter per person informed (Art. 34), with its outbox message for the delivery status;
 *   the address and the letter itself are only in the (encrypted) outbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table breaches (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      reference text not null,
      role text not null default 'controller',
      status text not null default 'open',
      record jsonb not null,
      assessment jsonb,
      aware_at timestamptz not null,
      part1_due_at timestamptz not null,
      part1_filed_at timestamptz,
      case_number text,
      delay_reason text,
      part2_due_at timestamptz,
      part2_filed_at timestamptz,
      controllers_due_at timestamptz,
      controllers_notified_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, reference)
    );
    create index breaches_open on breaches (status, organization_id);

    create table breach_events (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      breach_id uuid not null references breaches (id) on delete cascade,
      kind text not null,
      at timestamptz not null,
      text text not null default '',
      decided_by text,
      recorded_by text not null,
      reminder_key text,
      data jsonb not null default '{}',
      created_at timestamptz not null default now()
    );
    create index breach_events_breach on breach_events (breach_id, at);
    create unique index breach_events_reminder on breach_events (breach_id, reminder_key)
      where reminder_key is not null;

    create table breach_letters (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      breach_id uuid not null references breaches (id) on delete cascade,
      subject_id uuid not null,
      language text not null,
      outbox_id uuid references outbox_messages (id) on delete set null,
      created_at timestamptz not null default now(),
      unique (breach_id, subject_id)
    );
  `.execute(db)
}
