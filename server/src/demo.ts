import { systemActor } from './audit/actor'
import { recordAudit } from './audit/audit-log'
import { hashPassword } from './auth/passwords'
import type { AppContext } from './context'
import { randomToken } from './crypto/tokens'
import { createOrganization } from './modules/organizations'
import { insertUser } from './modules/users'

export const DEMO_EMAIL = 'admin@custos.local'

/**
 * On the very first start (no organisation yet) creates a demo organisation and an owner account with a
 * random password, and returns the credentials so they can be printed once.
 */
export async function createDemoIfEmpty(
  ctx: AppContext,
): Promise<{ email: string; password: string; slug: string } | null> {
  const any = await ctx.db.selectFrom('organizations').select('id').limit(1).executeTakeFirst()
  if (any) return null
  const password = randomToken(12)
  const passwordHash = await hashPassword(password)
  const actor = systemActor('first start')
  const user = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertUser(trx, {
      email: DEMO_EMAIL,
      displayName: 'Demo administrator',
      passwordHash,
      language: 'nl',
      // The first account of an installation administers it: it may create further organisations.
      installationAdmin: true,
    })
    await recordAudit(trx, actor, {
      organizationId: null,
      action: 'user.created',
      targetType: 'user',
      targetId: created.id,
      summary: { email: created.email },
    })
    return created
  })
  await createOrganization(
    ctx,
    actor,
    {
      slug: 'demo',
      name: 'Demo BV',
      legalName: 'Demo BV',
      enterpriseNumber: '0403019261',
      street: 'Wetstraat 1',
      postalCode: '1000',
      city: 'Brussel',
      country: 'BE',
      contactEmail: 'privacy@demo.example',
      defaultLanguage: 'nl',
      languages: ['nl', 'fr', 'en'],
    },
    user.id,
  )
  return { email: DEMO_EMAIL, password, slug: 'demo' }
}
