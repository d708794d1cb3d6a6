import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { CONSENT_LANGUAGES } from './model'
import { consentOverview, consentProofOfPerson } from './overview'
import { askParentalConfirmation } from './parental-ask'
import { consentActions } from './policy'
import { unsubscribeLinkFor } from './preferences'
import { presentEvent, presentProof, presentRecorded, presentStatus } from './presenter'
import { consentProofOfSubject, verifyConsentChain } from './proof'
import { registerPropagationRoutes } from './propagation-routes'
import { consentPurposesOf } from './purposes'
import {
  eventSchema,
  personSchema,
  purposeStatusSchema,
  recordBodySchema,
  recordedSchema,
  statusSchema,
  textHashSchema,
  textSchema,
} from './schemas'
import { type RecordConsentInput, recordConsent } from './service'
import { consentStatus } from './status'
import { findConsentText, storeConsentText } from './texts'

const tags = ['consent']
const localized = z.union([z.string(), z.record(z.string(), z.string())])
const countSchema = z.number().int()
const proofSchema = z.object({
  identities: z.array(z.object({ kind: z.string(), masked: z.string() })),
  status: z.array(purposeStatusSchema.extend({ identityKind: z.string(), identityMasked: z.string() })),
  events: z.array(eventSchema),
  texts: z.array(textSchema),
})

export function registerConsentRoutes(app: App, ctx: AppContext) {
  registerPropagationRoutes(app, ctx)
  app.post(
    '/api/v1/orgs/:slug/consent/events',
    {
      config: { idempotent: true, keepsOrganization: true },
      schema: {
        tags,
        summary: 'Record one consent choice (given, refused, withdrawn) as proof; answers once it is durable',
        params: slugParams,
        body: recordBodySchema,
        response: { 201: recordedSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.record)
      const { identity, anonymousId, occurredAt, expiresAt, age, ...body } = request.body
      const parental = age?.parentalConsent
      const input: RecordConsentInput = {
        ...body,
        age: age && {
          group: age.group,
          parentalConsent: parental && {
            ...parental,
            verifiedAt: parental.verifiedAt ? new Date(parental.verifiedAt) : undefined,
          },
        },
        organizationId: access.organization.id,
        person: identity ? { identity } : { anonymousId: anonymousId ?? '' },
        occurredAt: occurredAt ? new Date(occurredAt) : undefined,
        expiresAt: expiresAt ? new Date(expiresAt) : undefined,
        recordedBy: access.actor,
      }
      if (age?.askParent) {
        // Under 13: the parent is asked by e-mail; the record is pending_parental until they answer.
        const pending = await askParentalConfirmation(ctx, access.organization, input, age.askParent)
        const { parentConfirmation: asked, supersededBy: later } = pending
        return reply.code(201).send({
          ...presentRecorded(pending),
          ...(asked
            ? {
                parentConfirmation: {
                  requestId: asked.requestId,
                  linkExpiresAt: asked.linkExpiresAt.toISOString(),
                },
              }
            : {}),
          ...(later
            ? { supersededBy: { eventId: later.eventId, occurredAt: later.occurredAt.toISOString() } }
            : {}),
        })
      }
      const recorded = await recordConsent(ctx, input)
      return reply.code(201).send(presentRecorded(recorded))
    },
  )

  app.post(
    '/api/v1/orgs/:slug/consent/status',
    {
      config: { keepsOrganization: true },
      schema: {
        tags,
        summary: 'The current consent of one person per purpose, by identity or anonymous consent id',
        params: slugParams,
        body: personSchema,
        response: { 200: statusSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      const { identity, anonymousId } = request.body
      const view = await consentStatus(ctx, {
        organizationId: access.organization.id,
        ...(identity ? { identity } : { anonymousId: anonymousId ?? '' }),
      })
      return presentStatus(view)
    },
  )

  app.post(
    '/api/v1/orgs/:slug/consent/texts',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Store a consent text once; answers its hash (SHA-256 of the UTF-8 text)',
        params: slugParams,
        body: z.strictObject({
          body: z.string().min(1).max(20_000).describe('the consent text exactly as shown to people'),
          language: z.enum(CONSENT_LANGUAGES).describe('the language of the text'),
        }),
        response: { 201: textSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.record)
      return reply.code(201).send(await storeConsentText(ctx, access.organization.id, request.body))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/consent/texts/:hash',
    {
      schema: {
        tags,
        summary: 'A stored consent text by its hash',
        params: slugParams.extend({ hash: textHashSchema }),
        response: { 200: textSchema.extend({ createdAt: z.string() }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      const text = await findConsentText(ctx, access.organization.id, request.params.hash)
      return { ...text, createdAt: text.createdAt.toISOString() }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/consent/purposes',
    {
      schema: {
        tags,
        summary: 'The purposes of the register that rest on consent: what can be given and withdrawn',
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                key: z.string(),
                label: localized,
                description: localized.optional(),
                withdrawal: localized.optional(),
                german: z
                  .object({ label: z.string(), description: z.string().optional() })
                  .optional()
                  .describe(
                    'the purpose in German as the organisation wrote it (register consentInGerman); absent: the German public pages show its text in another language and say so',
                  ),
                activities: z.array(z.string()),
                offeredToChildren: z
                  .boolean()
                  .describe(
                    'an activity using it on consent names the subject category minors: consent given online needs the age question, under 13 a parent’s consent',
                  ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      const purposes = await consentPurposesOf(ctx, access.organization.id, { fresh: true })
      return {
        items: [...purposes.values()].map(({ labelIn: _labelIn, ...p }) => p),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/consent/subjects/:subjectId',
    {
      schema: {
        tags,
        summary:
          'The consent proof of a subject of the index: status, every recorded choice, the texts shown',
        params: slugParams.extend({ subjectId: z.uuid() }),
        response: {
          200: proofSchema,
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      return presentProof(await consentProofOfSubject(ctx, access.organization.id, request.params.subjectId))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/consent',
    {
      schema: {
        tags,
        summary:
          'Consent at a glance: per consent purpose how many persons gave, refused, withdrawn; the latest records',
        params: slugParams,
        querystring: z.strictObject({
          lang: z
            .enum(['nl', 'fr', 'en'])
            .optional()
            .describe('the language of the purpose labels; the organisation’s default language when absent'),
          recent: z.coerce
            .number()
            .int()
            .min(0)
            .max(200)
            .default(20)
            .describe('how many of the latest records of the chain to include (0-200, default 20)'),
        }),
        response: {
          200: z.object({
            purposes: z.array(
              z.object({
                key: z.string(),
                label: z.string(),
                activities: z.array(z.string()),
                offeredToChildren: z.boolean().describe('offered to children (subject category minors)'),
                inRegister: z
                  .boolean()
                  .describe(
                    'false: records exist but the register no longer names it with legal basis consent',
                  ),
                counts: z.object({
                  given: countSchema,
                  refused: countSchema,
                  withdrawn: countSchema,
                  expired: countSchema,
                  renewalDue: countSchema.describe('given, and ending within 30 days'),
                }),
              }),
            ),
            chainLength: z
              .number()
              .int()
              .describe('the number of records in the organisation’s consent chain'),
            recent: z.array(eventSchema),
            can: z.object({ record: z.boolean() }),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      const overview = await consentOverview(ctx, access.organization.id, {
        language: request.query.lang ?? access.organization.defaultLanguage,
        recent: request.query.recent,
      })
      return {
        purposes: overview.purposes,
        chainLength: overview.chainLength,
        recent: overview.recent.map(presentEvent),
        can: permissions(access.grant, { record: consentActions.record }),
      }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/consent/proof',
    {
      schema: {
        tags,
        summary: 'The consent proof of one person, looked up by an identity or an anonymous consent id',
        params: slugParams,
        body: personSchema,
        response: { 200: proofSchema.extend({ subjectId: z.uuid().nullable() }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      const { identity, anonymousId } = request.body
      const { subjectId, proof } = await consentProofOfPerson(
        ctx,
        access.organization.id,
        identity ? { identity } : { anonymousId: anonymousId ?? '' },
      )
      return { ...presentProof(proof), subjectId }
    },
  )

  app.post(
    '/api/v1/orgs/:slug/consent/unsubscribe-links',
    {
      schema: {
        tags,
        summary:
          'The one-click unsubscribe link (RFC 8058) of a person for a purpose, with its two mail headers',
        params: slugParams,
        body: personSchema.safeExtend({
          purpose: z.string().min(1).max(80).describe('the consent purpose key the link withdraws'),
        }),
        response: {
          200: z.object({
            url: z.string(),
            headers: z.object({ 'List-Unsubscribe': z.string(), 'List-Unsubscribe-Post': z.string() }),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      const { identity, anonymousId, purpose } = request.body
      return unsubscribeLinkFor(
        ctx,
        access.organization,
        identity ? { identity } : { anonymousId: anonymousId ?? '' },
        purpose,
      )
    },
  )

  app.get(
    '/api/v1/orgs/:slug/consent/chain',
    {
      schema: {
        tags,
        summary: 'Checks the organisation’s consent chain: every record’s hash and link, in order',
        params: slugParams,
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            problems: z.array(
              z.object({
                kind: z.enum(['altered', 'missing', 'broken-link', 'head-mismatch']),
                seq: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, consentActions.read)
      return verifyConsentChain(ctx.db, access.organization.id)
    },
  )
}
