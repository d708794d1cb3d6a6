import { type Kysely, sql } from 'kysely'

/**
 * DPIA screening and assessment, and the action plan (issue 21, decision 0037).
 *
 * - dpia_screenings: one confirmed screening per activity (criteria, GBA list items, result, the person's reason)
 *   and the register version of the activity it was confirmed on: a later version makes it stale.
 * - dpia_assessments: versions of the CNIL-structured assessment of an activity (content jsonb), with status
 *   draft / validated / refused, who decided and when.
 * - action_plan_actions: the action plan. Manual actions (source 'manual') and automatic ones opened and closed by
 *   a cause (source + source_key); at most one open automatic action per cause (partial unique index), so opening
 *   is idempotent and a cause that returns after it was closed opens a new action.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table dpia_screenings (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      activity_key text not null,
      activity_version integer not null,
      criteria jsonb not null default '[]',
      gba_items jsonb not null default '[]',
      result text not null,
      reason text not null,
      confirmed_by_id uuid,
      confirmed_by_label text not null,
      confirmed_at timestamptz not null default now(),
      unique (organization_id, activity_key)
    );

    create table dpia_assessments (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      activity_key text not null,
      version integer not null,
      status text not null default 'draft',
      content jsonb not null,
      decided_by_label text,
      decided_at timestamptz,
      decision_reason text,
      created_by_label text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, activity_key, version)
    );

    create table action_plan_actions (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      source text not null default 'manual',
      source_key text,
      title jsonb not null,
      description text not null default '',
      link text,
      owner_id uuid references users (id) on delete set null,
      priority text not null default 'medium',
      effort_days integer,
      due_date date,
      status text not null default 'open',
      closed_reason text,
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index action_plan_open_cause on action_plan_actions (organization_id, source, source_key)
      where source <> 'manual' and status in ('open', 'in_progress');
    create index action_plan_organization on action_plan_actions (organization_id, status, due_date);
  `.execute(db)
}
