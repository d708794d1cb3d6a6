import type { Kysely } from 'kysely'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { mayCreateOrganizations } from '../../auth/policy'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { DB } from '../../db/schema'
import { Conflict, Forbidden } from '../../domain/errors'
import { findUserById } from '../users'
import type { Organization } from './organization'
import { presentOrganization, toOrganizationColumns } from './presenter'
import { insertOrganization, slugExists, updateOrganization } from './repository'
import type { OrganizationCreateInput, OrganizationUpdateInput } from './schema'

/** Creating an organisation is an installation-level right, not one of a role in some organisation. */
export async function assertMayCreateOrganizations(ctx: AppContext, userId: string): Promise<void> {
  const user = await findUserById(ctx.db, userId)
  if (!user || !mayCreateOrganizations(ctx.config.orgCreation, user))
    throw new Forbidden(
      'Only installation administrators may create organisations on this installation.',
      'organization_creation_restricted',
    )
}

/** Creates an organisation (tenant); `ownerUserId` becomes its first owner. */
export async function createOrganization(
  ctx: AppContext,
  actor: Actor,
  input: OrganizationCreateInput,
  ownerUserId: string | null,
  options: { sample?: boolean } = {},
): Promise<Organization> {
  return inTransaction(ctx, (ctx) => createOrganizationIn(ctx, actor, input, ownerUserId, options))
}

/** Creates an organisation inside the caller's transaction (the first-run set-up creates its owner in the same one). */
export async function createOrganizationIn(
  ctx: TxContext,
  actor: Actor,
  input: OrganizationCreateInput,
  ownerUserId: string | null,
  options: { sample?: boolean } = {},
): Promise<Organization> {
  if (await slugExists(ctx.db, input.slug)) {
    throw new Conflict('slug_taken', 'An organisation with this slug exists already.', {
      fields: [{ path: 'body.slug', code: 'already_taken', message: 'Already taken' }],
    })
  }
  const org = await insertOrganization(ctx.db, {
    slug: input.slug,
    legal_name: input.legalName ?? input.name,
    ...toOrganizationColumns(input),
    name: input.name,
    languages: JSON.stringify(input.languages ?? ['nl', 'fr', 'en']),
    is_sample: options.sample ?? false,
  })
  if (ownerUserId) {
    await ctx.db
      .insertInto('memberships')
      .values({ user_id: ownerUserId, organization_id: org.id, role: 'owner' })
      .execute()
  }
  await recordAudit(ctx.db, actor, {
    organizationId: org.id,
    action: 'organization.created',
    targetType: 'organization',
    targetId: org.id,
    summary: { slug: org.slug, name: org.name, ownerUserId, ...(org.isSample ? { sample: true } : {}) },
  })
  return org
}

/** Updates the profile; the audit event keeps each changed field's old and new value. */
export async function updateOrganizationProfile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: OrganizationUpdateInput,
): Promise<Organization> {
  return inTransaction(ctx, async (ctx) => {
    const updated = await updateOrganization(ctx.db, org.id, toOrganizationColumns(input))
    const before = presentOrganization(org) as Record<string, unknown>
    const after = presentOrganization(updated) as Record<string, unknown>
    const changes = Object.fromEntries(
      Object.keys(input)
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        .map((k) => [k, { from: before[k], to: after[k] }]),
    )
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'organization.updated',
      targetType: 'organization',
      targetId: org.id,
      summary: { changes },
    })
    return updated
  })
}

/**
 * Gives the organisation a new slug. The old one is kept as a previous slug: its public addresses (/p/{old}/...,
 * /c/{old}.js) redirect to the new ones, and no other organisation can take it. Taking back one of the
 * organisation's own previous slugs is allowed. Audited as a profile change of `slug`.
 */
export async function changeOrganizationSlug(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  slug: string,
): Promise<Organization> {
  if (slug === org.slug) return org
  return inTransaction(ctx, async (ctx) => {
    const own = await ctx.db
      .deleteFrom('organization_previous_slugs')
      .where('slug', '=', slug)
      .where('organization_id', '=', org.id)
      .returning('slug')
      .executeTakeFirst()
    if (!own && (await slugExists(ctx.db, slug)))
      throw new Conflict('slug_taken', 'An organisation has or had this slug.', {
        fields: [{ path: 'body.slug', code: 'already_taken', message: 'Already taken' }],
      })
    await ctx.db
      .insertInto('organization_previous_slugs')
      .values({ slug: org.slug, organization_id: org.id })
      .execute()
    const updated = await updateOrganization(ctx.db, org.id, { slug })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'organization.updated',
      targetType: 'organization',
      targetId: org.id,
      summary: { changes: { slug: { from: org.slug, to: slug } } },
    })
    return updated
  })
}

/** The current slug of the organisation that had `slug` before, or null. */
export async function currentSlugOf(db: Kysely<DB>, slug: string): Promise<string | null> {
  const row = await db
    .selectFrom('organization_previous_slugs')
    .innerJoin('organizations', 'organizations.id', 'organization_previous_slugs.organization_id')
    .select('organizations.slug')
    .where('organization_previous_slugs.slug', '=', slug)
    .executeTakeFirst()
  return row?.slug ?? null
}
