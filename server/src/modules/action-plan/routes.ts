import { z } from 'zod'
import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { NotFound } from '../../domain/errors'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { actionPlanCsv } from './export'
import { actionPlanActions } from './policy'
import { presentAction } from './presenter'
import { findAction, listActions } from './repository'
import { changeAction, createAction } from './service'

const tags = ['action-plan']
const prioritySchema = z.enum(['low', 'medium', 'high', 'critical'])
const statusSchema = z.enum(['open', 'in_progress', 'done', 'cancelled'])
const dateSchema = z.iso.date()
export const actionSchema = z.object({
  id: z.uuid(),
  source: z
    .string()
    .describe('manual, or the cause that opened it: requests.overdue, dpia.screening_stale, ...'),
  sourceKey: z.string().nullable(),
  automatic: z.boolean().describe('opened by a cause, and closed when the cause is gone'),
  title: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
  description: z.string(),
  link: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  priority: prioritySchema,
  effortDays: z.number().int().nullable(),
  dueDate: z.string().nullable(),
  status: statusSchema,
  closedReason: z.enum(['cause_gone']).nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
const canSchema = z.object({ write: z.boolean() })
const idParams = slugParams.extend({ id: z.uuid() })
const fields = {
  title: z.string().trim().min(1).max(300).describe('what must be done (the same text in every language)'),
  description: z.string().trim().max(5000).describe('more detail, plain text'),
  ownerId: z.uuid().nullable().describe('a member of the organisation'),
  priority: prioritySchema.describe('low, medium, high or critical'),
  effortDays: z.number().int().min(0).max(1000).nullable().describe('estimated effort in days'),
  dueDate: dateSchema.nullable().describe('when it must be done (YYYY-MM-DD); null: no date'),
}

export function registerActionPlanRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/action-plan',
    {
      schema: {
        tags,
        summary: 'The action plan: pending actions (default), closed ones or all, soonest due first',
        params: slugParams,
        querystring: z.strictObject({
          status: z
            .enum(['pending', 'closed', 'all'])
            .optional()
            .describe('pending (open or in progress, the default), closed (done or cancelled) or all'),
        }),
        response: { 200: z.object({ items: z.array(actionSchema), can: canSchema }) },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, actionPlanActions.read)
      const rows = await listActions(ctx.db, access.organization.id, {
        status: request.query.status ?? 'pending',
      })
      return {
        items: rows.map(presentAction),
        can: permissions(access.grant, { write: actionPlanActions.write }),
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/action-plan/export',
    {
      schema: {
        tags,
        summary: 'The action plan as a CSV file (UTF-8 with byte order mark), worded in one language',
        params: slugParams,
        querystring: z.strictObject({
          status: z
            .enum(['pending', 'closed', 'all'])
            .optional()
            .describe('pending (open or in progress, the default), closed (done or cancelled) or all'),
          lang: languageSchema
            .optional()
            .describe('language of the header, titles, priorities and statuses; default the organisation’s'),
        }),
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, actionPlanActions.read)
      const status = request.query.status ?? 'pending'
      const csv = await actionPlanCsv(
        ctx,
        organization,
        request.query.lang ?? organization.defaultLanguage,
        status,
      )
      const name = `custos-action-plan-${organization.slug}-${toBrusselsDate(new Date())}.csv`
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(csv)
    },
  )

  app.post(
    '/api/v1/orgs/:slug/action-plan',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Add an action by hand',
        params: slugParams,
        body: z.strictObject({
          title: fields.title,
          description: fields.description.optional(),
          ownerId: fields.ownerId.optional(),
          priority: fields.priority.optional(),
          effortDays: fields.effortDays.optional(),
          dueDate: fields.dueDate.optional(),
        }),
        response: { 201: actionSchema },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, actionPlanActions.write)
      const row = await createAction(ctx, access.actor, access.organization, request.body)
      return reply.code(201).send(presentAction(row))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/action-plan/:id',
    {
      schema: { tags, summary: 'One action', params: idParams, response: { 200: actionSchema } },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, actionPlanActions.read)
      const row = await findAction(ctx.db, access.organization.id, request.params.id)
      if (!row) throw new NotFound('action_plan_action')
      return presentAction(row)
    },
  )

  app.patch(
    '/api/v1/orgs/:slug/action-plan/:id',
    {
      schema: {
        tags,
        summary:
          'Change an action: owner, priority, effort, due date, status (an automatic one keeps its title)',
        params: idParams,
        body: z.strictObject({
          title: fields.title.optional(),
          description: fields.description.optional(),
          ownerId: fields.ownerId.optional(),
          priority: fields.priority.optional(),
          effortDays: fields.effortDays.optional(),
          dueDate: fields.dueDate.optional(),
          status: statusSchema
            .optional()
            .describe('open, in_progress, done or cancelled (done or cancelled closes it)'),
        }),
        response: { 200: actionSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, actionPlanActions.write)
      const row = await changeAction(ctx, access.actor, access.organization, request.params.id, request.body)
      return presentAction(row)
    },
  )
}
