import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { InvalidInput } from '../../domain/errors'
import { forgetConsentIdentityOf } from '../consent'
import type { Organization } from '../organizations'
import { changeRecordedPart, changeSubjectPart } from './change'
import { assertIdentitiesFree, type IdentityInput, normaliseAll, translateRace } from './identity-checks'
import { auditedIdentity, presentIdentity, sealIdentity } from './presenter'
import * as repo from './repository'

export async function addIdentity(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  input: IdentityInput,
) {
  const pathOf = () => 'body'
  const [identity] = normaliseAll([input], pathOf)
  if (!identity) throw new InvalidInput([{ path: 'body', code: 'required', message: 'Required' }])
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
  return presentIdentity(ctx.encryption, { ...sealed, createdAt: new Date() })
}

export async function removeIdentity(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  subjectId: string,
  identityId: string,
) {
  const part = { subjectId, kind: 'identity', id: identityId } as const
  await changeRecordedPart(ctx, actor, org, part, async (ctx, identity) => {
    // A running consent given under this identity keeps its address for its expiry's call: removed with it.
    const consent = await forgetConsentIdentityOf(ctx.db, org.id, identityId)
    await repo.deletePart(ctx.db, 'identity', org.id, identityId)
    return {
      action: 'subject.identity_removed',
      summary: {
        identityId,
        ...consent,
        ...auditedIdentity({
          kind: identity.kind,
          systemKey: identity.systemKey,
          masked: identity.valueMasked,
        }),
      },
      result: undefined,
    }
  })
}
