import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import type { OrganizationRow } from '../../db/schema'
import { invalid, notFound } from '../../http/problem'
import { changeSubjectPart } from './change'
import { assertIdentitiesFree, type IdentityInput, normaliseAll, translateRace } from './identity-checks'
import { auditedIdentity, presentIdentity, sealIdentity } from './presenter'
import * as repo from './repository'

export async function addIdentity(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  input: IdentityInput,
) {
  const pathOf = () => 'body'
  const [identity] = normaliseAll([input], pathOf)
  if (!identity) throw invalid([{ path: 'body', message: 'Required' }])
  const sealed = await translateRace(
    () =>
      changeSubjectPart(ctx, actor, org, subjectId, async (ctx) => {
        await assertIdentitiesFree(ctx, org.id, [identity], pathOf, subjectId)
        const row = sealIdentity(ctx.encryption, org.id, subjectId, identity)
        await repo.insertIdentities(ctx.db, [row])
        return {
          action: 'subject.identity_added',
          summary: { identityId: row.id, ...auditedIdentity(identity) },
          result: row,
        }
      }),
    'body.value',
  )
  return presentIdentity(ctx.encryption, {
    id: sealed.id,
    kind: sealed.kind,
    system_key: sealed.systemKey,
    value_encrypted: sealed.valueEncrypted,
    value_masked: sealed.valueMasked,
    created_at: new Date(),
  })
}

export async function removeIdentity(
  ctx: AppContext,
  actor: Actor,
  org: OrganizationRow,
  subjectId: string,
  identityId: string,
) {
  await changeSubjectPart(ctx, actor, org, subjectId, async (ctx) => {
    const identity = await repo.findIdentity(ctx.db, org.id, subjectId, identityId)
    if (!identity) throw notFound('Identity')
    await repo.deleteIdentity(ctx.db, org.id, identityId)
    return {
      action: 'subject.identity_removed',
      summary: {
        identityId,
        ...auditedIdentity({
          kind: identity.kind,
          systemKey: identity.system_key,
          masked: identity.value_masked,
        }),
      },
      result: undefined,
    }
  })
}
