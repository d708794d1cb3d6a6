import { Readable } from 'node:stream'
import { errorCodes } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { checkCampaignFile } from './bulk-check'
import { importDncmFile } from './dncm-import'
import { suppressionActions } from './policy'
import { presentConsultation, presentRobinsonConsultation } from './presenter'
import { listDncmImports, listRobinsonImports } from './repository'
import { importRobinsonFile } from './robinson-import'
import { channelSchema, consultationSchema, robinsonConsultationSchema, tags } from './route-schemas'

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

/**
 * The routes that take a whole file as their body - a campaign to check, the DNCM and Robinson Mail lists to import -
 * read as a stream with a size limit of their own, and the history of those imports (the proof of each consultation).
 */
export function registerSuppressionFileRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/suppression'

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
