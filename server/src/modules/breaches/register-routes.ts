import { z } from 'zod'
import { may } from '../../auth/policy'
import type { AppContext } from '../../context'
import { breachFactsSchema } from '../../domain/breaches'
import { toBrusselsDate } from '../../domain/brussels-time'
import { resolveRegister } from '../../domain/register/resolve'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { processorActions } from '../processors'
import { loadRegister } from '../register'
import { breachesToXlsx } from './export'
import { breachActions } from './policy'
import { presentBreachSummary } from './presenter'
import { renderBreachRegisterPdf } from './register-pdf'
import { listBreaches } from './repository'
import { BASE, breachAnswer, can, canSchema, idParams, loadedBreach, tags } from './route-kit'
import { breachSchema, breachSummarySchema } from './schemas'
import { recordBreach } from './service'

/** The register of breaches: the list, recording a breach, the export for an inspection. */
export function registerBreachRegisterRoutes(app: App, ctx: AppContext) {
  app.get(
    BASE,
    {
      schema: {
        tags,
        summary: 'The register of breaches (Art. 33(5)), newest first, with their running clocks',
        params: slugParams,
        response: { 200: z.object({ items: z.array(breachSummarySchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      const now = new Date()
      return {
        items: (await listBreaches(ctx.db, access.organization.id)).map((row) =>
          presentBreachSummary(row, now),
        ),
        can: can(access.grant),
      }
    },
  )

  app.post(
    BASE,
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Record a breach; the 72-hour clock starts at awareAt',
        params: slugParams,
        body: breachFactsSchema,
        response: { 201: breachSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.write)
      const row = await recordBreach(ctx, access.actor, access.organization, request.body, {
        clientContacts: may(access.grant, processorActions.read),
      })
      return reply.code(201).send(await breachAnswer(ctx, access.organization, row.id))
    },
  )

  app.get(
    `${BASE}/export`,
    {
      schema: {
        tags,
        summary: 'Every breach for an inspection: the register as an XLSX workbook or a PDF',
        params: slugParams,
        querystring: z.strictObject({
          lang: z
            .enum(['nl', 'fr', 'en'])
            .optional()
            .describe('language of the export; default the organisation’s'),
          format: z.enum(['xlsx', 'pdf']).default('xlsx').describe('xlsx (default) or pdf'),
        }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      const org = access.organization
      const lang = request.query.lang ?? org.defaultLanguage
      const rows = await listBreaches(ctx.db, org.id)
      const register = resolveRegister(await loadRegister(ctx, org))
      const now = new Date()
      const date = toBrusselsDate(now) // the day in Belgium, as every date the user sees
      const name = `breaches-${org.slug}-${lang}-${date}.${request.query.format}`
      reply.header('content-disposition', `attachment; filename="${name}"`)
      if (request.query.format === 'pdf') {
        const pdf = await renderBreachRegisterPdf(rows, register, lang, org.legalName || org.name, now)
        return reply.type('application/pdf').send(pdf)
      }
      const body = await breachesToXlsx(rows, register, lang, now)
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(body)
    },
  )
}

/** One breach: facts, assessment, clocks, timeline, and what the caller may do with it. */
export function registerBreachReadRoute(app: App, ctx: AppContext) {
  app.get(
    `${BASE}/:id`,
    {
      schema: {
        tags,
        summary: 'One breach: facts, assessment, clocks, timeline',
        params: idParams,
        response: { 200: breachSchema.extend({ can: canSchema }) },
      },
    },
    async (request) => {
      const { access } = await loadedBreach(ctx, request.params.slug, request.params.id, request)
      return { ...(await breachAnswer(ctx, access.organization, request.params.id)), can: can(access.grant) }
    },
  )
}
