import { z } from 'zod'
import type { AppContext } from '../../context'
import { InvalidInput, NotFound } from '../../domain/errors'
import { REQUEST_ACTIONS, type RequestAction } from '../../domain/requests'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import { actorOf, requirePrincipal } from '../../http/principal'
import type { App } from '../../http/types'
import { loadRegister } from '../register'
import { ACTION_BODIES, ACTION_SUMMARIES, type ActionBody } from './action-schemas'
import { performAction, setAssignee } from './actions'
import { addAnswerFile, removeAnswerFile } from './answer-files'
import {
  detailSchema,
  letterPreviewSchema,
  listResponse,
  noteSchema,
  reportSchema,
  taskSchema,
} from './answer-schemas'
import { readAttachment } from './attachments'
import {
  assigneeBody,
  attachmentParams,
  createRequestBody,
  letterParams,
  listQuery,
  noteBody,
  reportQuery,
  requestParams,
  taskBody,
  taskParams,
} from './input-schemas'
import { createStaffRequest } from './intake'
import { renderLetterPdf } from './letter-pdf'
import { addNote } from './notes'
import { requestActions } from './policy'
import { getLetter, getRequestDetail, listRequests } from './queries'
import { registerChoices, registerChoicesSchema } from './register-choices'
import { defaultPeriod, reportCsv, reportEntries } from './report'
import { reportTotals } from './report-totals'
import { findRequest } from './repository'
import { changeTask } from './tasks'
import { readUpload, UPLOAD_BODY_LIMIT, uploadScope } from './upload'

/** Staff intake allows a 5 MB original (base64 in JSON): the body may exceed the application's 1 MB default. */
const INTAKE_BODY_LIMIT = 8 * 1024 * 1024

const answerFileSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
})

/** The data subject request API: intake, worklist, workflow actions, notes, checklist, letters and report. */
export function registerRequestRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/requests'

  // Files staff add to the answer (copies from manual systems): multipart, parsed in this scope only.
  uploadScope(app, { textFields: 0 }, (scope) => {
    scope.post(
      `${base}/:id/answer-files`,
      {
        config: { keepsOrganization: true },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: tags.requests,
          summary:
            'Add a file to the answer (multipart/form-data, field "file"); the download package carries it',
          params: requestParams,
          response: { 201: answerFileSchema },
        },
      },
      async (request, reply) => {
        const { organization } = await orgAccess(ctx, request, request.params.slug, requestActions.handle)
        // Another organisation's request is not found, whatever the body.
        if (!(await findRequest(ctx.db, organization.id, request.params.id))) throw new NotFound('request')
        const upload = await readUpload(request)
        const file = await addAnswerFile(ctx, actorOf(request), organization, request.params.id, upload)
        return reply.code(201).send(file)
      },
    )
  })

  app.delete(
    `${base}/:id/answer-files/:attachmentId`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.requests,
        summary: 'Take a file out of the answer while the request is open (its content is deleted)',
        params: attachmentParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, requestActions.handle)
      await removeAnswerFile(
        ctx,
        actorOf(request),
        organization,
        request.params.id,
        request.params.attachmentId,
      )
      return reply.code(204).send(null)
    },
  )

  app.post(
    base,
    {
      bodyLimit: INTAKE_BODY_LIMIT,
      config: { keepsOrganization: true, idempotent: true },
      schema: {
        tags: tags.requests,
        summary:
          'Record a request received by e-mail, phone, letter, at the office or on social media; queues the acknowledgement',
        params: slugParams,
        body: createRequestBody,
        response: { 201: detailSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestActions.create)
      const id = await createStaffRequest(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send(await getRequestDetail(ctx, access.organization, id, access.grant))
    },
  )

  app.get(
    base,
    {
      schema: {
        tags: tags.requests,
        summary: 'The worklist: overdue and at-risk requests first, then by the due date that applies',
        params: slugParams,
        querystring: listQuery,
        response: { 200: listResponse },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, requestActions.read)
      const { assignee, ...query } = request.query
      let assigneeId: string | null | undefined
      if (assignee === 'none') assigneeId = null
      else if (assignee === 'me') {
        const principal = requirePrincipal(request)
        if (principal.kind !== 'user') {
          throw new InvalidInput([
            {
              path: 'querystring.assignee',
              code: 'me_without_user',
              message: 'Only a signed-in user has a "me"',
            },
          ])
        }
        assigneeId = principal.userId
      } else assigneeId = assignee
      return listRequests(ctx, organization, { ...query, assigneeId })
    },
  )

  app.get(
    `${base}/report`,
    {
      schema: {
        tags: tags.requests,
        summary:
          'Requests per type, median and 95th-percentile days to answer, share answered in time, open and overdue; CSV for an auditor',
        params: slugParams,
        querystring: reportQuery,
        response: { 200: reportSchema },
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, requestActions.read)
      const now = new Date()
      const period = defaultPeriod(now)
      const from = request.query.from ?? period.from
      const to = request.query.to ?? period.to
      if (from > to) {
        throw new InvalidInput([
          { path: 'querystring.from', code: 'not_after_to', message: 'Must not be after "to"' },
        ])
      }
      if (request.query.format === 'csv') {
        const entries = await reportEntries(ctx, organization, from, to, now)
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="requests-${organization.slug}-${from}-${to}.csv"`,
          )
          .send(reportCsv(entries) as never)
      }
      return reportTotals(ctx, organization, from, to, now)
    },
  )

  app.get(
    `${base}/register-choices`,
    {
      schema: {
        tags: tags.requests,
        summary:
          'What an answer may name from the register: data categories, retention rules, activities and purposes, labelled in nl/fr/en',
        params: slugParams,
        response: { 200: registerChoicesSchema },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, requestActions.read)
      return registerChoices(await loadRegister(ctx, organization))
    },
  )

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags: tags.requests,
        summary:
          'One request: its deadlines, history, notes, checklist, letters and the actions possible now',
        params: requestParams,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, requestActions.read)
      return getRequestDetail(ctx, organization, request.params.id, grant)
    },
  )

  for (const action of REQUEST_ACTIONS) {
    registerAction(app, ctx, base, action)
  }

  app.put(
    `${base}/:id/assignee`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.requests,
        summary: 'Assign the request to a member who handles requests (null: unassigned)',
        params: requestParams,
        body: assigneeBody,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestActions.handle)
      await setAssignee(ctx, access.actor, access.organization, request.params.id, request.body.assigneeId)
      return getRequestDetail(ctx, access.organization, request.params.id, access.grant)
    },
  )

  app.post(
    `${base}/:id/notes`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.requests,
        summary: 'Add an internal note (never shown to the subject)',
        params: requestParams,
        body: noteBody,
        response: { 201: noteSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestActions.handle)
      const note = await addNote(ctx, access.actor, access.organization, request.params.id, request.body.body)
      return reply.code(201).send({
        id: note.id,
        authorId: note.author_id,
        authorLabel: note.author_label,
        body: note.body,
        createdAt: note.created_at.toISOString(),
      })
    },
  )

  app.patch(
    `${base}/:id/tasks/:taskId`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.requests,
        summary: 'Tick off a system of the checklist (done, with proof) or mark it not applicable',
        params: taskParams,
        body: taskBody,
        response: { 200: taskSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestActions.handle)
      const task = await changeTask(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        request.params.taskId,
        request.body,
      )
      return {
        id: task.id,
        systemKey: task.system_key,
        title: task.title,
        status: task.status,
        doneBy: task.done_by,
        doneAt: task.done_at?.toISOString() ?? null,
        proof: task.proof,
      }
    },
  )

  app.get(
    `${base}/:id/letters/:letterId`,
    {
      schema: {
        tags: tags.requests,
        summary: 'A letter of the request as sent (e-mail) or ready to print; ?format=pdf for post',
        params: letterParams,
        querystring: z.strictObject({
          format: z.enum(['json', 'pdf']).default('json').describe('json (default) or pdf, ready to print'),
        }),
        response: { 200: letterPreviewSchema },
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, requestActions.read)
      const letter = await getLetter(ctx, organization, request.params.id, request.params.letterId)
      if (request.query.format === 'pdf') {
        const pdf = await renderLetterPdf(letter.letter)
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${letter.letter.reference}-${letter.kind}.pdf"`)
          .send(pdf as never)
      }
      const { letter: _letter, ...preview } = letter
      return preview
    },
  )

  app.get(
    `${base}/:id/attachments/:attachmentId`,
    {
      schema: {
        tags: tags.requests,
        summary: 'Download an attachment (decrypted); gone once deleted after the decision',
        params: attachmentParams,
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestActions.read)
      const { id, attachmentId } = request.params
      const attachment = await readAttachment(
        ctx.db,
        ctx.encryption,
        access.organization.id,
        id,
        attachmentId,
      )
      if (!attachment?.content) throw new NotFound('attachment')
      const filename = attachment.filename.replace(/[^\w.-]+/g, '_')
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('x-original-content-type', attachment.content_type.replace(/[^\w.+/;= -]/g, ''))
        .send(attachment.content)
    },
  )
}

function registerAction<A extends RequestAction>(app: App, ctx: AppContext, base: string, action: A) {
  app.post(
    `${base}/:id/actions/${action}`,
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.requests,
        summary: ACTION_SUMMARIES[action],
        params: requestParams,
        body: ACTION_BODIES[action] as unknown as z.ZodType<ActionBody<A>>,
        response: { 200: detailSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, requestActions.handle)
      await performAction(
        ctx,
        access.actor,
        access.organization,
        request.params.id,
        action,
        request.body as ActionBody<A>,
      )
      return getRequestDetail(ctx, access.organization, request.params.id, access.grant)
    },
  )
}
