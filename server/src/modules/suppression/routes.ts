import { Readable } from 'node:stream'
import { errorCodes } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AppContext } from '../../context'
import { CHECK_REASONS } from '../../domain/suppression/verdict'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { checkCampaignFile } from './bulk-check'
import { checkContact } from './check'
import { importDncmFile } from './dncm-import'
import { addOptIn, addSuppression, removeOptIn, removeSuppression } from './entries'
import { suppressionOverview } from './overview'
import { suppressionActions, suppressionCanSchema, suppressionPermissions } from './policy'
import {
  presentCheck,
  presentConsultation,
  presentEntry,
  presentOptIn,
  presentRobinsonConsultation,
} from './presenter'
import { listDncmImports, listEntries, listOptIns, listRobinsonImports } from './repository'
import { importRobinsonFile } from './robinson-import'

const tags = ['suppression']
/** A DNCM file of a few million lines is well under this. */
export const MAX_DNCM_BYTES = 200 * 1024 * 1024
/** A campaign file (the CSV parser shared with the subject import refuses more than 20 MB). */
export const MAX_CAMPAIGN_BYTES = 20 * 1024 * 1024
/** A Robinson Mail file (names and addresses, CSV). */
export const MAX_ROBINSON_BYTES = 200 * 1024 * 1024
const CSV_TYPES = ['text/csv', 'application/csv']
const DNCM_TYPES = ['text/plain', 'application/octet-stream']

async function* limited(body: Readable, limit: number): AsyncGenerator<Uint8Array> {
  let size = 0
  for await (const chunk of body) {
    size += (chunk as Buffer).length
    if (size > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE()
    yield chunk as Buffer
  }
}

const streamed =
  (limit: number) =>
  (
    req: { headers: Record<string, unknown> },
    payload: unknown,
    done: (e: Error | null, body?: unknown) => void,
  ) => {
    if (Number(req.headers['content-length']) > limit)
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined)
    else done(null, payload)
  }

const channelSchema = z
  .enum(['email', 'phone', 'post'])
  .describe('how the organisation wants to reach the person')
const isoDate = z.iso.date()
const consultationSchema = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'completed', 'refused', 'failed']),
  fileName: z.string(),
  fileDate: z.string().nullable().describe('the day DNCM built the list'),
  fileDateSource: z.enum(['stated', 'file_name', 'newest_registration']).nullable(),
  sha256: z.string().nullable().describe('SHA-256 of the file as received: what was consulted'),
  lines: z.number().int(),
  numbers: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  newestRegistration: z.string().nullable(),
  refusal: z.string().nullable().describe('stale, invalid, no_date or future_date when refused'),
  importedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
})
const entrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(['email', 'phone', 'postal']),
  masked: z.string().describe('enough to recognise the identifier; only its keyed hash is kept'),
  reason: z.enum(['objection', 'unsubscribe', 'erased_do_not_contact']),
  channel: z.enum(['email', 'phone', 'post', 'all']),
  source: z.enum(['staff', 'api', 'portal_request', 'cli']),
  requestId: z.uuid().nullable(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
})
const optInSchema = z.object({
  id: z.uuid(),
  channel: z
    .enum(['phone', 'post'])
    .describe('phone: overrides the DNCM list; post: overrides the Robinson Mail list'),
  masked: z.string(),
  givenOn: z.string(),
  evidence: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
})
const checkSchema = z.object({
  channel: channelSchema,
  allowed: z.boolean(),
  reason: z.enum(CHECK_REASONS as [string, ...string[]]),
  dncm: z
    .object({
      listDate: z.string().nullable(),
      usableUntil: z.string().nullable(),
      listed: z.boolean(),
      registeredOn: z.string().nullable(),
    })
    .nullable(),
  robinson: z
    .object({
      listDate: z.string().nullable().describe('the date of the Robinson Mail list in use, when known'),
      importedAt: z.string().describe('when it was imported'),
      listed: z.boolean().describe('the name and address are on it'),
    })
    .nullable()
    .describe('for post, when a Robinson Mail list is in use'),
  checkedAt: z.string(),
})
const robinsonConsultationSchema = z.object({
  id: z.uuid(),
  status: z.enum(['completed', 'refused']),
  fileName: z.string(),
  fileDate: z.string().nullable().describe('the list’s date, stated or read from the file name'),
  sha256: z
    .string()
    .nullable()
    .describe('SHA-256 of the file as received (null when refused before it was read whole)'),
  lines: z.number().int().describe('lines after the header'),
  entries: z.number().int().describe('distinct people (name and address) kept as keyed hashes'),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  refusal: z.string().nullable().describe('header, invalid or future_date when refused'),
  importedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
})
const idParams = slugParams.extend({ id: z.uuid() })

export function registerSuppressionRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/suppression'

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'The DNCM list in use (file date, counts, last consultation) and the suppression counts',
        params: slugParams,
        response: {
          200: z.object({
            dncm: z.object({
              current: consultationSchema.nullable(),
              fresh: z.boolean().describe('the list in use is at most 5 days old'),
              usableUntil: z.string().nullable(),
              maxAgeDays: z.number().int(),
              lastConsultation: consultationSchema.nullable(),
            }),
            consultations: z.array(consultationSchema),
            robinson: z.object({
              current: robinsonConsultationSchema.nullable().describe('the Robinson Mail list in use'),
              consultations: z.array(robinsonConsultationSchema).describe('the last 10 imports'),
            }),
            counts: z.object({
              objection: z.number().int(),
              unsubscribe: z.number().int(),
              erasedDoNotContact: z.number().int(),
              optIns: z.number().int().describe('opt-ins to calls (overriding the DNCM list)'),
              postOptIns: z.number().int().describe('opt-ins to post (overriding the Robinson Mail list)'),
            }),
            can: suppressionCanSchema,
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      const o = await suppressionOverview(ctx, access.organization)
      return {
        dncm: {
          ...o.dncm,
          current: o.dncm.current ? presentConsultation(o.dncm.current) : null,
          lastConsultation: o.dncm.lastConsultation ? presentConsultation(o.dncm.lastConsultation) : null,
        },
        consultations: o.consultations.map(presentConsultation),
        robinson: {
          current: o.robinson.current ? presentRobinsonConsultation(o.robinson.current) : null,
          consultations: o.robinson.consultations.map(presentRobinsonConsultation),
        },
        counts: o.counts,
        can: suppressionPermissions(access.grant),
      }
    },
  )

  app.get(
    `${base}/entries`,
    {
      schema: {
        tags,
        summary: 'Suppression entries, newest first (masked identifiers)',
        params: slugParams,
        response: { 200: z.object({ items: z.array(entrySchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      return { items: (await listEntries(ctx.db, access.organization.id, 500)).map(presentEntry) }
    },
  )

  app.post(
    `${base}/entries`,
    {
      schema: {
        tags,
        summary: 'Suppress an e-mail address, phone number or postal address (kept as a keyed hash)',
        params: slugParams,
        body: z.strictObject({
          kind: z
            .enum(['email', 'phone', 'postal'])
            .describe('what is suppressed: an e-mail address, phone or postal address'),
          value: z
            .string()
            .trim()
            .min(1)
            .max(500)
            .describe('the address or number; only its keyed hash is kept'),
          reason: z
            .enum(['objection', 'unsubscribe', 'erased_do_not_contact'])
            .describe(
              'why: an objection to direct marketing (Art. 21(2)), an unsubscribe, or a person erased who must not be contacted again',
            ),
          channel: channelSchema
            .optional()
            .describe('for an unsubscribe: the channel it stops (default email)'),
          note: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('an internal note, e.g. where the objection came in'),
        }),
        response: { 201: entrySchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      const source = access.actor.type === 'api_token' ? 'api' : 'staff'
      const entry = await addSuppression(ctx, access.actor, access.organization, request.body, source)
      return reply.code(201).send(presentEntry(entry))
    },
  )

  app.delete(
    `${base}/entries/:id`,
    {
      schema: { tags, summary: 'Remove a suppression entry', params: idParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      await removeSuppression(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    `${base}/opt-ins`,
    {
      schema: {
        tags,
        summary: 'Phone numbers whose holders asked this organisation to call (they override the DNCM list)',
        params: slugParams,
        response: { 200: z.object({ items: z.array(optInSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      return { items: (await listOptIns(ctx.db, access.organization.id, 500)).map(presentOptIn) }
    },
  )

  app.post(
    `${base}/opt-ins`,
    {
      schema: {
        tags,
        summary: 'Record an opt-in to calls (or post) from this organisation',
        params: slugParams,
        body: z.strictObject({
          channel: z
            .enum(['phone', 'post'])
            .optional()
            .describe(
              'phone (default): calls despite the DNCM list; post: addressed post despite the Robinson Mail list',
            ),
          phone: z
            .string()
            .trim()
            .min(1)
            .max(50)
            .optional()
            .describe('the phone number the person wants to be called on (required for phone)'),
          name: z
            .string()
            .trim()
            .min(1)
            .max(200)
            .optional()
            .describe('for post: the person’s name (required for post)'),
          address: z
            .string()
            .trim()
            .min(1)
            .max(500)
            .optional()
            .describe('for post: the postal address on one line (required for post)'),
          givenOn: isoDate.describe('when the person asked to be called (or for the post)'),
          evidence: z
            .string()
            .trim()
            .max(500)
            .optional()
            .describe('where the proof is (form, call reference)'),
        }),
        response: { 201: optInSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      const row = await addOptIn(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send(presentOptIn(row))
    },
  )

  app.delete(
    `${base}/opt-ins/:id`,
    { schema: { tags, summary: 'Remove an opt-in', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.write)
      await removeOptIn(ctx, access.actor, access.organization, request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.post(
    `${base}/check`,
    {
      schema: {
        tags,
        summary: 'May we contact this person for marketing on this channel? A verdict with its reason',
        params: slugParams,
        body: z.strictObject({
          channel: channelSchema,
          email: z.string().trim().max(320).optional().describe('the e-mail address to check'),
          phone: z
            .string()
            .trim()
            .max(50)
            .optional()
            .describe('the phone number to check (also against the DNCM list)'),
          address: z.string().trim().max(500).optional().describe('postal address on one line'),
          name: z
            .string()
            .trim()
            .max(200)
            .optional()
            .describe('the person’s name: by post, matched with the address against the Robinson Mail list'),
          purpose: z
            .string()
            .min(1)
            .max(80)
            .optional()
            .describe(
              'a consent purpose of the register (e.g. direct_marketing): the person’s recorded consent for it becomes the reason (consent), and e-mail without it is refused (no_consent)',
            ),
        }),
        response: { 200: checkSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.check)
      const now = new Date()
      return presentCheck(
        await checkContact(
          ctx,
          access.organization,
          request.body.channel,
          request.body,
          request.body.purpose,
        ),
        now,
      )
    },
  )

  // The two file routes read their bodies as streams: their own parsers, in a scope of their own.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>()
    for (const type of CSV_TYPES)
      if (!scope.hasContentTypeParser(type)) scope.addContentTypeParser(type, streamed(MAX_CAMPAIGN_BYTES))
    scope.removeContentTypeParser(DNCM_TYPES.filter((t) => scope.hasContentTypeParser(t)))
    for (const type of DNCM_TYPES) scope.addContentTypeParser(type, streamed(MAX_DNCM_BYTES))

    scope.post(
      `${base}/check-file`,
      {
        schema: {
          tags,
          summary:
            'Check a campaign file (CSV with a header, up to 20 MB): the same lines back as CSV with verdict, ' +
            'reason, DNCM registration date and line number',
          params: slugParams,
          querystring: z.strictObject({
            channel: channelSchema,
            purpose: z
              .string()
              .min(1)
              .max(80)
              .optional()
              .describe(
                'a consent purpose of the register (e.g. direct_marketing): each line’s recorded consent for it becomes the reason (consent), and by e-mail a line without it is refused (no_consent)',
              ),
          }),
          consumes: CSV_TYPES,
          body: z
            .custom<Readable>((value) => value instanceof Readable)
            .meta({ type: 'string', description: 'The campaign CSV file' }),
        },
      },
      async (request, reply) => {
        const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.check)
        const charset = /;\s*charset=([^;]+)/i.exec(request.headers['content-type'] ?? '')?.[1]
        const output = await checkCampaignFile(
          ctx,
          access.organization,
          limited(request.body, MAX_CAMPAIGN_BYTES),
          request.query.channel,
          { charset: charset?.replace(/"/g, ''), purpose: request.query.purpose },
        )
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="campaign-checked-${request.query.channel}.csv"`,
          )
          .send(Readable.from(output))
      },
    )

    scope.post(
      '/api/v1/orgs/:slug/dncm/imports',
      {
        schema: {
          tags,
          summary:
            'Import the DNCM (Bel-me-niet-meer / Ne-m’appelez-plus) list from its text file; replaces the list in ' +
            'use; refused when older than 5 days; every consultation is kept as proof',
          params: slugParams,
          querystring: z.strictObject({
            fileName: z
              .string()
              .trim()
              .min(1)
              .max(255)
              .optional()
              .describe('the name of the downloaded file'),
            fileDate: z
              .string()
              .max(20)
              .optional()
              .describe(
                'the day DNCM built the list (YYYY-MM-DD); else from the file name or its newest registration',
              ),
          }),
          consumes: DNCM_TYPES,
          body: z
            .custom<Readable>((value) => value instanceof Readable)
            .meta({
              type: 'string',
              description: 'The DNCM text file: a phone number and its registration date per line',
            }),
          response: {
            201: z.object({
              consultation: consultationSchema,
              problems: z.array(
                z.object({ line: z.number().int(), problem: z.enum(['invalid_number', 'invalid_date']) }),
              ),
            }),
          },
        },
      },
      async (request, reply) => {
        const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.import)
        const summary = await importDncmFile(
          ctx,
          access.actor,
          access.organization,
          limited(request.body, MAX_DNCM_BYTES),
          {
            fileName: request.query.fileName ?? 'dncm.txt',
            fileDate: request.query.fileDate,
          },
        )
        return reply
          .code(201)
          .send({ consultation: presentConsultation(summary.consultation), problems: summary.problems })
      },
    )
  })

  // The Robinson file is CSV too, with a larger limit than a campaign file: a scope of its own.
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>()
    scope.removeContentTypeParser(CSV_TYPES.filter((t) => scope.hasContentTypeParser(t)))
    for (const type of CSV_TYPES) scope.addContentTypeParser(type, streamed(MAX_ROBINSON_BYTES))
    scope.post(
      '/api/v1/orgs/:slug/robinson/imports',
      {
        schema: {
          tags,
          summary:
            'Import the Robinson Mail list (addressed post) from a CSV file with names and addresses; replaces ' +
            'the list in use; kept as keyed hashes; every consultation is kept as proof',
          params: slugParams,
          querystring: z.strictObject({
            fileName: z.string().trim().min(1).max(255).optional().describe('the name of the received file'),
            fileDate: z
              .string()
              .max(20)
              .optional()
              .describe('the list’s date (YYYY-MM-DD); else read from the file name when it holds one'),
          }),
          consumes: CSV_TYPES,
          body: z
            .custom<Readable>((value) => value instanceof Readable)
            .meta({
              type: 'string',
              description:
                'The Robinson Mail list as CSV with a header: a name (or first and last name) and a postal address ' +
                '(street with number, postal code, city) per line',
            }),
          response: {
            201: z.object({
              consultation: robinsonConsultationSchema,
              problems: z.array(
                z.object({
                  line: z.number().int(),
                  problem: z.enum(['invalid_name', 'invalid_address', 'unreadable']),
                }),
              ),
            }),
          },
        },
      },
      async (request, reply) => {
        const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.import)
        const charset = /;\s*charset=([^;]+)/i.exec(request.headers['content-type'] ?? '')?.[1]
        const summary = await importRobinsonFile(
          ctx,
          access.actor,
          access.organization,
          limited(request.body, MAX_ROBINSON_BYTES),
          {
            fileName: request.query.fileName ?? 'robinson.csv',
            fileDate: request.query.fileDate,
            charset: charset?.replace(/"/g, ''),
          },
        )
        return reply.code(201).send({
          consultation: presentRobinsonConsultation(summary.consultation),
          problems: summary.problems,
        })
      },
    )
  })

  app.get(
    '/api/v1/orgs/:slug/robinson/imports',
    {
      schema: {
        tags,
        summary: 'Every consultation of the Robinson Mail list, newest first',
        params: slugParams,
        response: { 200: z.object({ items: z.array(robinsonConsultationSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      return {
        items: (await listRobinsonImports(ctx.db, access.organization.id, 200)).map(
          presentRobinsonConsultation,
        ),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/dncm/imports',
    {
      schema: {
        tags,
        summary: 'Every consultation of the DNCM list, newest first: the proof for the Economic Inspection',
        params: slugParams,
        response: { 200: z.object({ items: z.array(consultationSchema) }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, suppressionActions.read)
      return { items: (await listDncmImports(ctx.db, access.organization.id, 200)).map(presentConsultation) }
    },
  )
}
