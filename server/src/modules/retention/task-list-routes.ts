import { z } from 'zod'
import type { AppContext } from '../../context'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { retentionActions } from './policy'
import { maskedTaskItems, taskItemsCsv } from './task-list'

const tags = ['retention']
const idParams = slugParams.extend({ id: z.uuid() })

/**
 * A sweep task's list (decision 0110): masked for everyone who reads retention, in clear as CSV for the people who
 * do sweeps (retention:write), each download audited.
 */
export function registerTaskListRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/retention/runs/:id/items',
    {
      schema: {
        tags,
        summary: 'What a sweep task lists as due, masked: the people whose period ended or the keys to keep',
        description:
          'Names as in the subject index; identities and keys masked as elsewhere in Custos. Empty for a sweep that is not a task, and for a task of a rule counted from a date field (Custos does not know those records).',
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                seq: z.number().int(),
                kind: z
                  .enum(['person', 'keep'])
                  .describe('person: whose period ended; keep: a record a legal hold keeps'),
                subjectId: z
                  .string()
                  .nullable()
                  .describe('the person in the subject index; null once erased from it'),
                name: z.string().nullable(),
                identities: z.array(
                  z.object({ kind: z.string(), systemKey: z.string(), masked: z.string() }),
                ),
                key: z.string().nullable().describe('the key of a record to keep, masked'),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      return { items: await maskedTaskItems(ctx, access.organization, request.params.id) }
    },
  )

  app.get(
    '/api/v1/orgs/:slug/retention/runs/:id/items.csv',
    {
      schema: {
        tags,
        summary: 'A sweep task’s list in clear, as CSV, for the person who does the work (audited)',
        description:
          'Semicolon-separated, UTF-8 with a byte order mark. Each download is recorded in the audit log (retention.run_list_downloaded: who, which run, how many items).',
        params: idParams,
        querystring: z.strictObject({
          lang: z
            .enum(['nl', 'fr', 'en'])
            .optional()
            .describe('language of the header; default the organisation’s'),
        }),
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.write)
      const org = access.organization
      const language =
        request.query.lang ??
        (org.defaultLanguage === 'fr' || org.defaultLanguage === 'en' ? org.defaultLanguage : 'nl')
      const { csv, filename } = await taskItemsCsv(ctx, access.actor, org, request.params.id, language)
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv)
    },
  )
}
