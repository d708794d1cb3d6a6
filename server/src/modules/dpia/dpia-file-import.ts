import { z } from 'zod'
import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { assessmentContentSchema } from '../../domain/dpia/assessment'
import { STATUS_LABELS } from '../../domain/dpia/assessment-labels'
import {
  DPIA_FILE_FORMAT,
  DPIA_FILE_STATUSES,
  type DpiaFile,
  dpiaFileSchema,
  readDpiaFile,
} from '../../domain/dpia/dpia-file'
import { InvalidInput, NotFound } from '../../domain/errors'
import type { Language } from '../../domain/register/localized'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import type { Organization } from '../organizations'
import { loadAssessment, saveAssessment } from './assessment'
import { previousVersion, previousVersionSchema } from './import-preview'
import { dpiaActions } from './policy'

/**
 * Custos's own DPIA file (decision 0099): the export of one version as JSON, and its import - a preview (dryRun)
 * or the import itself, always as a new draft version: the draft before it stays in the history unchanged.
 */

const BASE = '/api/v1/orgs/:slug/dpia/assessments/:activityKey'
const params = slugParams.extend({
  activityKey: z.string().min(1).max(100).describe('the key of the activity in the register'),
})

export const dpiaImportSchema = z.object({
  dryRun: z.boolean().describe('true: a preview, nothing stored'),
  format: z.literal(DPIA_FILE_FORMAT),
  activityKey: z.string(),
  version: z.number().int().describe('the version the import becomes (dryRun) or became: always a new draft'),
  previous: previousVersionSchema,
  fromActivityKey: z.string().describe('the activity the file was exported from'),
  fromVersion: z.number().int().nullable().describe('the version the file was exported from'),
  fromStatus: z.enum(DPIA_FILE_STATUSES).describe('its status in the file: never taken over'),
  fromStatusLabel: z.string().nullable(),
  decisionInFile: z
    .boolean()
    .describe(
      'the file says validated or refused: not carried over, the import is a draft that a person decides in Custos',
    ),
  content: assessmentContentSchema.describe(
    'what the new draft version contains; its planned measures become new actions of the action plan',
  ),
})
type DpiaImportAnswer = z.infer<typeof dpiaImportSchema>

/** Reads the file, or refuses it as a whole: 422 `dpia_import_invalid` with each field's path. */
export function readDpiaImport(body: unknown): DpiaFile {
  const read = readDpiaFile(body)
  if (!read.ok)
    throw new InvalidInput(
      read.issues,
      'Not a DPIA exported by Custos (format custos.dpia/v1); nothing was imported.',
      'dpia_import_invalid',
    )
  return read.value
}

/** One version as the file (default the newest); 404 when the activity has no such version. */
export async function exportDpiaFile(
  ctx: AppContext,
  org: Organization,
  activityKey: string,
  version?: number,
): Promise<z.infer<typeof dpiaFileSchema>> {
  const loaded = await loadAssessment(ctx, org, activityKey)
  const v =
    version === undefined ? loaded.versions[0] : loaded.versions.find((x) => x.row.version === version)
  if (!v) throw new NotFound('dpia_assessment')
  return {
    format: DPIA_FILE_FORMAT,
    activityKey,
    version: v.row.version,
    status: v.status,
    content: v.content,
  }
}

/** Previews or stores the file as a new draft version of the activity's assessment, never over an existing one. */
export async function importDpiaFile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  body: unknown,
  lang: Language,
  dryRun: boolean,
): Promise<DpiaImportAnswer> {
  const file = readDpiaImport(body)
  const loaded = await loadAssessment(ctx, org, activityKey)
  const newest = loaded.versions[0]
  let version = (newest?.row.version ?? 0) + 1
  if (!dryRun) {
    const row = await saveAssessment(ctx, actor, org, activityKey, file.content, {
      newVersion: true,
      auditSummary: {
        imported: DPIA_FILE_FORMAT,
        fromActivity: file.activityKey,
        fromVersion: file.version,
        fromStatus: file.status,
      },
    })
    version = row.version
  }
  return {
    dryRun,
    format: DPIA_FILE_FORMAT,
    activityKey,
    version,
    previous: previousVersion(newest, lang),
    fromActivityKey: file.activityKey,
    fromVersion: file.version,
    fromStatus: file.status,
    fromStatusLabel: file.status === 'none' ? null : STATUS_LABELS[file.status][lang],
    decisionInFile: file.status === 'validated' || file.status === 'refused',
    content: file.content,
  }
}

export function registerDpiaFileRoutes(app: App, ctx: AppContext) {
  app.get(
    `${BASE}/export`,
    {
      schema: {
        tags: ['dpia'],
        summary: 'The DPIA as a JSON file to import elsewhere',
        params,
        querystring: z.strictObject({
          version: z.coerce
            .number()
            .int()
            .min(1)
            .optional()
            .describe('an earlier version; default the newest'),
        }),
        response: { 200: dpiaFileSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.read)
      return exportDpiaFile(ctx, access.organization, request.params.activityKey, request.query.version)
    },
  )

  app.post(
    `${BASE}/import`,
    {
      schema: {
        tags: ['dpia'],
        summary:
          'Import a DPIA exported as JSON as a new draft version, never over an existing one (dryRun: preview only)',
        params,
        querystring: z.strictObject({
          lang: languageSchema.optional().describe('language of the labels; default the organisation’s'),
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true')
            .describe('true: show what would be imported, store nothing'),
        }),
        body: z.record(z.string(), z.unknown()).describe('the JSON file from GET .../export'),
        response: { 200: dpiaImportSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.write)
      return importDpiaFile(
        ctx,
        access.actor,
        access.organization,
        request.params.activityKey,
        request.body,
        request.query.lang ?? access.organization.defaultLanguage,
        request.query.dryRun,
      )
    },
  )
}
