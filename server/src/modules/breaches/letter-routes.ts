import type { AppContext } from '../../context'
import { breachLetter, type LetterLanguage, letterGaps } from '../../domain/breaches'
import { resolveRegister } from '../../domain/register/resolve'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { loadRegister } from '../register'
import { sendControllerNotices } from './controller-notices'
import { draftOrganisation } from './draft-context'
import { sendBreachLetters } from './letters'
import { breachActions } from './policy'
import { letterStatus } from './repository'
import { BASE, idParams, loadedBreach, tags } from './route-kit'
import {
  controllerNoticeRunSchema,
  controllerNoticesBodySchema,
  letterPreviewQuerySchema,
  letterPreviewSchema,
  letterRunSchema,
  letterStatusSchema,
  lettersBodySchema,
} from './schemas'
import { factsOf } from './stored'

/** Informing others: the letters to the people concerned (Art. 34) and a processor's notices to its clients. */
export function registerBreachLetterRoutes(app: App, ctx: AppContext) {
  app.get(
    `${BASE}/:id/letters`,
    {
      schema: {
        tags,
        summary: 'The letters to the people concerned: how many, in which languages, their delivery status',
        params: idParams,
        response: { 200: letterStatusSchema },
      },
    },
    async (request) => {
      const { access, row } = await loadedBreach(ctx, request.params.slug, request.params.id, request)
      const status = await letterStatus(ctx.db, access.organization.id, row.id)
      return { ...status, firstSentAt: status.firstSentAt?.toISOString() ?? null }
    },
  )

  app.get(
    `${BASE}/:id/letters/preview`,
    {
      schema: {
        tags,
        summary:
          'The letter to the people concerned (Art. 34(2)) as it would be sent, and what it still lacks',
        params: idParams,
        querystring: letterPreviewQuerySchema,
        response: { 200: letterPreviewSchema },
      },
    },
    async (request) => {
      const { access, row } = await loadedBreach(ctx, request.params.slug, request.params.id, request)
      const org = access.organization
      const lang: LetterLanguage = request.query.lang ?? org.defaultLanguage
      const facts = factsOf(row)
      const register = resolveRegister(await loadRegister(ctx, org))
      const organisation = draftOrganisation(org)
      const letter = breachLetter(
        facts,
        organisation,
        facts.dataCategories.map((k) => register.labelOf('data_category', k, lang)),
        lang,
        null,
      )
      return {
        subject: letter.subject,
        greeting: letter.greeting,
        paragraphs: letter.paragraphs,
        closing: letter.closing,
        signature: letter.signature,
        missing: letterGaps(facts, organisation),
      }
    },
  )

  app.post(
    `${BASE}/:id/letters`,
    {
      schema: {
        tags,
        summary:
          'Inform the people concerned: one letter each, in their language, through the outbox, throttled',
        params: idParams,
        body: lettersBodySchema,
        response: { 202: letterRunSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.inform)
      const run = await sendBreachLetters(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
      )
      return reply.code(202).send(run)
    },
  )

  app.post(
    `${BASE}/:id/controller-notices`,
    {
      schema: {
        tags,
        summary:
          'A processor notifies each client (controller) concerned by e-mail, in its language, through the outbox (Art. 33(2))',
        params: idParams,
        body: controllerNoticesBodySchema,
        response: { 202: controllerNoticeRunSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.notify)
      const run = await sendControllerNotices(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
      )
      return reply.code(202).send(run)
    },
  )
}
