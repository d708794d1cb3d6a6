import { z } from 'zod'
import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { assessmentContentSchema } from '../../domain/dpia/assessment'
import {
  CNIL_PIA_FORMAT,
  CNIL_STATUSES,
  type CnilImport,
  cnilWords,
  readCnilPiaFile,
} from '../../domain/dpia/cnil-pia'
import { InvalidInput } from '../../domain/errors'
import type { Language } from '../../domain/register/localized'
import { languageSchema, slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import type { Organization } from '../organizations'
import { loadAssessment, saveAssessment } from './assessment'
import { previousVersion, previousVersionSchema } from './import-preview'
import { dpiaActions } from './policy'

/**
 * Import of the JSON file the CNIL's PIA software exports (issue 21 item 2, decision 0092): a preview (dryRun) of
 * what becomes the new draft version and what has no place in Custos, then the import itself. The file's
 * validation status is shown, never taken over.
 */

const BASE = '/api/v1/orgs/:slug/dpia/assessments/:activityKey'
/** Exports with images pasted in the editor grow large; the images themselves are not taken over. */
const BODY_LIMIT = 10 * 1024 * 1024

const decisionStatuses = new Set(['refused', 'validated', 'validated_signed'])

export const cnilImportSchema = z.object({
  dryRun: z.boolean().describe('true: a preview, nothing stored'),
  format: z.literal(CNIL_PIA_FORMAT),
  activityKey: z.string(),
  version: z.number().int().describe('the version the import becomes (dryRun) or became: always a new draft'),
  previous: previousVersionSchema,
  piaName: z.string().nullable().describe('the name of the PIA in the file (the activity keeps its own)'),
  fileStatus: z.enum(CNIL_STATUSES).nullable().describe('the status in the file: never taken over'),
  fileStatusLabel: z.string().nullable(),
  decisionInFile: z
    .boolean()
    .describe(
      'the file says validated or refused: not carried over, the import is a draft that a person decides in Custos',
    ),
  content: assessmentContentSchema.describe('what the new draft version contains'),
  notImported: z
    .array(
      z.object({
        path: z.string().describe('where in the file, e.g. pia.rejection_reason or evaluations.4.status'),
        label: z.string().describe('what it is, in `lang`'),
        reason: z.enum([
          'decision',
          'no_field',
          'person',
          'person_in_charge',
          'shortened',
          'image',
          'unknown_question',
          'incomplete_estimate',
          'too_many',
          'unknown_field',
        ]),
        reasonLabel: z.string(),
        excerpt: z.string().nullable().describe('the start of the value left out'),
      }),
    )
    .describe('every part of the file that is not (or not wholly) in the import, by name'),
})

type CnilImportAnswer = z.infer<typeof cnilImportSchema>

/** Reads the file, or refuses it as a whole: 422 `cnil_pia_file_invalid` with each field's path. */
export function readCnilImport(body: unknown, lang: Language): CnilImport {
  const read = readCnilPiaFile(body, lang)
  if (!read.ok)
    throw new InvalidInput(
      read.issues,
      'Not a file exported by the CNIL PIA software; nothing was imported.',
      'cnil_pia_file_invalid',
    )
  return read.value
}

/** Previews or stores the import as a new draft version of the activity's assessment. */
export async function importCnilPia(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  body: unknown,
  lang: Language,
  dryRun: boolean,
): Promise<CnilImportAnswer> {
  // The file first: a body that is no PIA export is refused as such (422 naming the field), whatever the activity.
  const read = readCnilImport(body, lang)
  const loaded = await loadAssessment(ctx, org, activityKey)
  const words = cnilWords(lang)
  const newest = loaded.versions[0]
  let version = (newest?.row.version ?? 0) + 1
  if (!dryRun) {
    const row = await saveAssessment(ctx, actor, org, activityKey, read.content, {
      newVersion: true,
      auditSummary: {
        imported: CNIL_PIA_FORMAT,
        fileStatus: read.fileStatus,
        notImported: read.notImported.length,
        notImportedPaths: read.notImported.slice(0, 40).map((n) => n.path),
      },
    })
    version = row.version
  }
  return {
    dryRun,
    format: CNIL_PIA_FORMAT,
    activityKey,
    version,
    previous: previousVersion(newest, lang),
    piaName: read.piaName,
    fileStatus: read.fileStatus,
    fileStatusLabel: read.fileStatus ? words.statusLabel(read.fileStatus) : null,
    decisionInFile: read.fileStatus !== null && decisionStatuses.has(read.fileStatus),
    content: read.content,
    notImported: read.notImported.map((n) => ({ ...n, reasonLabel: words.reasonLabel(n.reason) })),
  }
}

export function registerCnilImportRoute(app: App, ctx: AppContext) {
  app.post(
    `${BASE}/import/cnil-pia`,
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags: ['dpia'],
        summary:
          'Import the JSON file of the CNIL PIA software as a new draft version (dryRun: preview only)',
        params: slugParams.extend({
          activityKey: z.string().min(1).max(100).describe('the key of the activity in the register'),
        }),
        querystring: z.strictObject({
          lang: languageSchema
            .optional()
            .describe('language of the labels and headings; default the organisation’s'),
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true')
            .describe('true: show what would be imported and what not, store nothing'),
        }),
        body: z
          .record(z.string(), z.unknown())
          .describe(
            'the JSON file as the PIA software exports it: {pia, answers, measures, evaluations, comments}',
          ),
        response: { 200: cnilImportSchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, dpiaActions.write)
      const lang = request.query.lang ?? access.organization.defaultLanguage
      return importCnilPia(
        ctx,
        access.actor,
        access.organization,
        request.params.activityKey,
        request.body,
        lang,
        request.query.dryRun,
      )
    },
  )
}
