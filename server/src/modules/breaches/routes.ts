import { z } from 'zod'
import { may, type PolicyAction, permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import {
  type AuthorityLanguage,
  authorityDraft,
  type BreachFactsInput,
  breachFactsSchema,
  breachLetter,
  draftText,
  type LetterLanguage,
  letterGaps,
} from '../../domain/breaches'
import { toBrusselsDate } from '../../domain/brussels-time'
import { NotFound } from '../../domain/errors'
import { resolveRegister } from '../../domain/register/resolve'
import { slugParams } from '../../http/common-schemas'
import { type OrgAccess, orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import type { Organization } from '../organizations'
import { processorActions } from '../processors'
import { loadRegister, noticeSettingsOf } from '../register'
import { breachAffectedCountJob } from './affected-count-job'
import { type AffectedCount, affectedCountOf, requestAffectedCount } from './affected-counts'
import { affectedDateFields, affectedSources } from './affected-set'
import { registerBreachClientChoiceRoute } from './client-choice-routes'
import { sendControllerNotices } from './controller-notices'
import { draftContext, draftOrganisation } from './draft-context'
import { renderDraftPdf } from './draft-pdf'
import { registerEvidenceRoutes } from './evidence-routes'
import { breachesToXlsx } from './export'
import { sendBreachLetters } from './letters'
import { filePart1, filePart2, recordControllersNotified, recordDelayReason } from './notifications'
import { breachActions } from './policy'
import { presentBreach, presentBreachSummary } from './presenter'
import { renderBreachRegisterPdf } from './register-pdf'
import { findBreach, letterStatus, listBreaches, listTimeline } from './repository'
import {
  affectedCountSchema,
  affectedDateFieldsQuerySchema,
  affectedDateFieldsSchema,
  affectedQuerySchema,
  affectedSourcesSchema,
  breachPatchSchema,
  breachSchema,
  breachSummarySchema,
  controllerNoticeRunSchema,
  controllerNoticesBodySchema,
  controllersBodySchema,
  decisionInputSchema,
  draftQuerySchema,
  draftSchema,
  letterPreviewQuerySchema,
  letterPreviewSchema,
  letterRunSchema,
  letterStatusSchema,
  lettersBodySchema,
  part1BodySchema,
  part2BodySchema,
  reasonBodySchema,
  timelineBodySchema,
} from './schemas'
import { addTimelineEntry, assessBreach, changeBreach, closeBreach, recordBreach } from './service'
import { factsOf } from './stored'

const tags = ['breaches']
const idParams = slugParams.extend({ id: z.uuid() })

function presentCount(c: AffectedCount) {
  return {
    ...c,
    requestedAt: c.requestedAt.toISOString(),
    startedAt: c.startedAt?.toISOString() ?? null,
    finishedAt: c.finishedAt?.toISOString() ?? null,
  }
}
const canSchema = z.object({
  write: z.boolean(),
  notify: z.boolean(),
  inform: z.boolean(),
  evidence: z.boolean().describe('may add and download evidence files'),
})
const BASE = '/api/v1/orgs/:slug/breaches'

export function registerBreachRoutes(app: App, ctx: AppContext) {
  const can = (grant: Parameters<typeof permissions>[0]) =>
    permissions(grant, {
      write: breachActions.write,
      notify: breachActions.notify,
      inform: breachActions.inform,
      evidence: breachActions.evidence,
    })
  registerEvidenceRoutes(app, ctx)
  registerBreachClientChoiceRoute(app, ctx)

  async function loaded(
    slug: string,
    id: string,
    request: Parameters<typeof orgAccess>[1],
    action = breachActions.read,
  ) {
    const access = await orgAccess(ctx, request, slug, action)
    const row = await findBreach(ctx.db, access.organization.id, id)
    if (!row) throw new NotFound('breach')
    return { access, row }
  }

  async function answer(org: Organization, id: string) {
    const row = await findBreach(ctx.db, org.id, id)
    if (!row) throw new NotFound('breach')
    const promise = noticeSettingsOf(org).breachCommunication
    return presentBreach(row, await listTimeline(ctx.db, org.id, id), new Date(), promise)
  }

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
      return reply.code(201).send(await answer(access.organization, row.id))
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

  app.get(
    `${BASE}/affected-sources`,
    {
      schema: {
        tags,
        summary:
          'The connected systems (PostgreSQL, MariaDB/MySQL datasets) and collections a breach’s people can be counted in',
        params: slugParams,
        response: { 200: affectedSourcesSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      return { items: await affectedSources(ctx, access.organization) }
    },
  )

  app.get(
    `${BASE}/affected-sources/date-fields`,
    {
      schema: {
        tags,
        summary:
          'The fields of a collection a count’s window can use: its date and timestamp columns, read from the connected system’s catalogue',
        params: slugParams,
        querystring: affectedDateFieldsQuerySchema,
        response: { 200: affectedDateFieldsSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      return { dateFields: await affectedDateFields(ctx, access.organization, request.query) }
    },
  )

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
      const { access } = await loaded(request.params.slug, request.params.id, request)
      return { ...(await answer(access.organization, request.params.id)), can: can(access.grant) }
    },
  )

  /**
   * Every change to one breach has one shape, like the request workflow's actions (requests/routes.ts): the
   * gate checks the named action, the service changes the breach in its transaction, the answer is the breach as
   * it now is.
   */
  function registerChange<B extends z.ZodType>(
    method: 'POST' | 'PATCH',
    path: string,
    summary: string,
    body: B,
    action: PolicyAction,
    change: (access: OrgAccess, id: string, body: z.output<B>) => Promise<unknown>,
  ) {
    app.route({
      method,
      url: `${BASE}/:id${path}`,
      schema: { tags, summary, params: idParams, body, response: { 200: breachSchema } },
      handler: async (request) => {
        const { slug, id } = request.params as z.output<typeof idParams>
        const access = await orgAccess(ctx, request, slug, action)
        await change(access, id, request.body as z.output<B>)
        return answer(access.organization, id)
      },
    })
  }

  registerChange(
    'PATCH',
    '',
    'Change the facts of a breach (the lists from the register follow changed systems and activities)',
    breachPatchSchema,
    breachActions.write,
    (a, id, body) =>
      changeBreach(ctx, a.actor, a.organization, id, body as Partial<BreachFactsInput>, {
        clientContacts: may(a.grant, processorActions.read),
      }),
  )
  registerChange(
    'POST',
    '/timeline',
    'Add an event or a decision (with who decided) to the timeline',
    timelineBodySchema,
    breachActions.write,
    (a, id, body) => addTimelineEntry(ctx, a.actor, a.organization, id, body),
  )
  app.post(
    `${BASE}/:id/affected-count`,
    {
      schema: {
        tags,
        summary:
          'Count the people and records concerned through a connector (read-only): queued, then done by a worker',
        params: idParams,
        body: affectedQuerySchema,
        response: { 202: affectedCountSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.write)
      const count = await requestAffectedCount(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.body,
        (countId) => ctx.jobs.send(breachAffectedCountJob, { countId }).then(() => undefined),
      )
      return reply.code(202).send(presentCount(count))
    },
  )

  app.get(
    `${BASE}/:id/affected-counts/:countId`,
    {
      schema: {
        tags,
        summary: 'The state of a count of the people concerned: queued, running (rows read), done or failed',
        params: idParams.extend({ countId: z.uuid() }),
        response: { 200: affectedCountSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, breachActions.read)
      return presentCount(
        await affectedCountOf(ctx, access.organization, request.params.id, request.params.countId),
      )
    },
  )
  registerChange(
    'POST',
    '/assessment',
    'Record the risk assessment (ENISA inputs optional) and the decision with its reasoning',
    decisionInputSchema,
    breachActions.write,
    (a, id, body) => assessBreach(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    'POST',
    '/delay-reason',
    'Record the reasons for a delay (required once a clock is overdue)',
    reasonBodySchema,
    breachActions.notify,
    (a, id, body) => recordDelayReason(ctx, a.actor, a.organization, id, body.reason),
  )
  registerChange(
    'POST',
    '/notification/part1',
    'Part 1 was filed with the GBA: when, and its case number (again later: the case number only)',
    part1BodySchema,
    breachActions.notify,
    (a, id, body) => filePart1(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    'POST',
    '/notification/part2',
    'Part 2 was filed with the GBA',
    part2BodySchema,
    breachActions.notify,
    (a, id, body) => filePart2(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    'POST',
    '/controllers-notified',
    'A processor informed the controllers concerned (Art. 33(2))',
    controllersBodySchema,
    breachActions.notify,
    (a, id, body) => recordControllersNotified(ctx, a.actor, a.organization, id, body),
  )
  registerChange(
    'POST',
    '/close',
    'Close the file; the breach stays in the register',
    reasonBodySchema,
    breachActions.write,
    (a, id, body) => closeBreach(ctx, a.actor, a.organization, id, body.reason),
  )

  app.get(
    `${BASE}/:id/notification-draft`,
    {
      schema: {
        tags,
        summary: 'The GBA notification (part 1 or 2) as a draft in nl, fr or de, field by field and as text',
        params: idParams,
        querystring: draftQuerySchema,
        response: { 200: draftSchema },
      },
    },
    async (request) => {
      const { access, row } = await loaded(request.params.slug, request.params.id, request)
      const lang: AuthorityLanguage =
        request.query.lang ?? (access.organization.defaultLanguage === 'fr' ? 'fr' : 'nl')
      const draft = authorityDraft(
        await draftContext(ctx, access.organization, row, lang),
        request.query.part === '2' ? 2 : 1,
        lang,
      )
      return { ...draft, text: draftText(draft) }
    },
  )

  app.get(
    `${BASE}/:id/notification-draft/pdf`,
    {
      schema: {
        tags,
        summary: 'The GBA notification draft as PDF',
        params: idParams,
        querystring: draftQuerySchema,
      },
    },
    async (request, reply) => {
      const { access, row } = await loaded(request.params.slug, request.params.id, request)
      const lang: AuthorityLanguage =
        request.query.lang ?? (access.organization.defaultLanguage === 'fr' ? 'fr' : 'nl')
      const part = request.query.part === '2' ? 2 : 1
      const draft = authorityDraft(await draftContext(ctx, access.organization, row, lang), part, lang)
      const pdf = await renderDraftPdf(draft, access.organization.legalName || access.organization.name)
      reply.header(
        'content-disposition',
        `attachment; filename="${row.reference}-gba-part${part}-${lang}.pdf"`,
      )
      return reply.type('application/pdf').send(pdf)
    },
  )

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
      const { access, row } = await loaded(request.params.slug, request.params.id, request)
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
      const { access, row } = await loaded(request.params.slug, request.params.id, request)
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
