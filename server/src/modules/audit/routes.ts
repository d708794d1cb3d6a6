import { z } from 'zod'
import { readCheckpointFile } from '../../audit/checkpoint'
import { verifyAuditChain } from '../../audit/verify'
import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { brusselsDays } from './period'
import { auditActions } from './policy'
import { auditEventsToCsv, presentAuditEvent } from './presenter'
import { countAuditEvents, listAuditEvents } from './repository'

const eventSchema = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  requestId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
  hash: z.string(),
  emptiedAt: z
    .string()
    .nullable()
    .describe(
      'when the retention rule audit_log emptied the event (decision 0085): actor, target, request and summary are cleared; null for an event kept whole',
    ),
})

const filters = z.strictObject({
  action: z.string().max(100).optional().describe('only events of this action, e.g. request.completed'),
  actor: z.string().max(200).optional().describe('only events by this actor (a user id or a system actor)'),
  from: z.iso.date().optional().describe('only events on or after this day (YYYY-MM-DD)'),
  to: z.iso.date().optional().describe('only events on or before this day (YYYY-MM-DD)'),
})

const EXPORT_LIMIT = 100_000

function range(q: z.infer<typeof filters>) {
  return { action: q.action, actor: q.actor, ...brusselsDays(q.from, q.to) }
}

export function registerAuditRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/audit-events',
    {
      schema: {
        tags: tags.audit,
        summary: 'Audit events of the organisation, newest first (cursor: before = seq)',
        params: slugParams,
        querystring: filters.extend({
          limit: z.coerce.number().int().min(1).max(500).default(50).describe('page size'),
          before: z.coerce
            .number()
            .int()
            .min(1)
            .optional()
            .describe(
              'the cursor: only events with a lower sequence number (nextBefore of the previous page)',
            ),
        }),
        response: { 200: z.object({ items: z.array(eventSchema), nextBefore: z.number().nullable() }) },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, auditActions.read)
      const q = request.query
      const rows = await listAuditEvents(ctx.db, {
        organizationId: organization.id,
        limit: q.limit,
        beforeSeq: q.before,
        ...range(q),
      })
      const last = rows.at(-1)
      return {
        items: rows.map(presentAuditEvent),
        nextBefore: rows.length === q.limit && last ? last.seq : null,
      }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/audit-events/export',
    {
      schema: {
        tags: tags.audit,
        summary: 'Export audit events as CSV or JSON (for auditors)',
        params: slugParams,
        querystring: filters.extend({
          format: z.enum(['csv', 'json']).default('csv').describe('csv (default) or json'),
        }),
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, auditActions.export)
      const rows = await listAuditEvents(ctx.db, {
        organizationId: organization.id,
        limit: EXPORT_LIMIT,
        ...range(request.query),
      })
      const date = toBrusselsDate(new Date()) // the day in Belgium, as every date the user sees
      const name = `custos-audit-${organization.slug}-${date}.${request.query.format}`
      reply.header('content-disposition', `attachment; filename="${name}"`)
      if (request.query.format === 'json') {
        return reply.type('application/json').send(JSON.stringify(rows.map(presentAuditEvent), null, 2))
      }
      return reply.type('text/csv; charset=utf-8').send(auditEventsToCsv(rows, organization.defaultLanguage))
    },
  )

  app.get(
    '/api/v1/orgs/:slug/audit-events/verification',
    {
      schema: {
        tags: tags.audit,
        summary: 'Verify the hash chain of the audit log (checked = the events of this organisation)',
        params: slugParams,
        response: { 200: z.object({ ok: z.boolean(), checked: z.number(), problems: z.number() }) },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, auditActions.verify)
      // The checkpoints the worker writes outside the database also reveal a cut-off tail, when this process can read them.
      const checkpoints = await readCheckpointFile(ctx.config.auditCheckpointFile).catch((error: unknown) => {
        request.log.error({ err: error }, 'The audit checkpoint file could not be read')
        return []
      })
      const report = await verifyAuditChain(ctx.db, { checkpoints })
      // The chain is global; report only this organisation's share so no tenant learns another's volume.
      return {
        ok: report.ok,
        checked: await countAuditEvents(ctx.db, organization.id),
        problems: report.problems.length,
      }
    },
  )
}
