import { z } from 'zod'
import { may } from '../../auth/policy'
import type { AppContext } from '../../context'
import { Forbidden } from '../../domain/errors'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { subjectActions } from '../subjects'
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
          'Names and identities are read from the subject index when the list is asked for (a person erased since has subjectId and name null and no identities); names only for a caller who may also read the subject index (subjects:read), null otherwise; identities and keys masked as elsewhere in Custos. The list is deleted when its task is closed or cancelled (deleted: true; the run and its counts remain). Empty for a sweep that is not a task, and for a task of a rule counted from a date field (Custos does not know those records).',
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
                name: z
                  .string()
                  .nullable()
                  .describe(
                    'from the subject index; null once erased, or when the caller lacks subjects:read',
                  ),
                identities: z.array(
                  z.object({ kind: z.string(), systemKey: z.string(), masked: z.string() }),
                ),
                key: z.string().nullable().describe('the key of a record to keep, masked'),
                holdEnded: z
                  .boolean()
                  .describe(
                    'a record to keep whose legal holds have all ended since the task was made: no longer to be kept (delete it with the others); false for a person',
                  ),
              }),
            ),
            deleted: z
              .boolean()
              .describe(
                'the task was closed or cancelled and its list deleted, or the list was deleted under the rule for task lists (purgedAt; the run and its counts remain)',
              ),
            purgedAt: z
              .string()
              .nullable()
              .describe(
                "when the list of a task still open was deleted under Custos's rule for task lists (retention_task_lists, 6 months after the task was created by default); null otherwise",
              ),
          }),
        },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, retentionActions.read)
      const withNames = may(access.grant, subjectActions.read)
      return maskedTaskItems(ctx, access.organization, request.params.id, withNames)
    },
  )

  app.get(
    '/api/v1/orgs/:slug/retention/runs/:id/items.csv',
    {
      schema: {
        tags,
        summary: 'A sweep task’s list in clear, as CSV, for the person who does the work (audited)',
        description:
          'Semicolon-separated, UTF-8 with a byte order mark. Needs retention:write and subjects:read (names and identities in clear, read from the subject index; a person erased since is marked erased, with nothing of them). Only the header once the task is closed or cancelled (its list is deleted). Each download is recorded in the audit log (retention.run_list_downloaded: who, which run, how many items).',
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
      if (!may(access.grant, subjectActions.read))
        throw new Forbidden(
          `Reading the list in clear also needs ${subjectActions.read.name} (${subjectActions.read.scope}).`,
          'forbidden',
          { params: { action: subjectActions.read.name } },
        )
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
