import { Readable } from 'node:stream'
import { errorCodes } from 'fastify'
import { z } from 'zod'
import type { AppContext } from '../../context'
import { IMPORT_COLUMNS } from '../../domain/subjects/import-row'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { importSubjectsCsv } from './import'
import { subjectActions } from './policy'
import { importQuery, importSummarySchema } from './schemas'

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
const CSV_TYPES = ['text/csv', 'application/csv']

/** The request body as it arrives, refused (413) as soon as it passes the limit. */
async function* limited(body: Readable, limit: number): AsyncGenerator<Uint8Array> {
  let size = 0
  for await (const chunk of body) {
    size += (chunk as Buffer).length
    if (size > limit) throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE()
    yield chunk as Buffer
  }
}

export function registerSubjectImportRoute(app: App, ctx: AppContext) {
  for (const type of CSV_TYPES) {
    if (app.hasContentTypeParser(type)) continue
    // The file is not read here: the import reads it as it arrives (constant memory).
    app.addContentTypeParser(type, (req, payload, done) => {
      if (Number(req.headers['content-length']) > MAX_IMPORT_BYTES) {
        done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE(), undefined)
      } else {
        done(null, payload)
      }
    })
  }

  app.post(
    '/api/v1/orgs/:slug/subjects/import',
    {
      config: { keepsOrganization: true },
      schema: {
        tags: tags.subjects,
        summary:
          'Import data subjects from CSV (text/csv, up to 20 MB, separator ; or , detected, UTF-8 or declared ' +
          'charset=windows-1252). Columns (header case-insensitive): ' +
          `${IMPORT_COLUMNS.join(', ')}. ` +
          'The file is read as it arrives; every line is validated on its own: bad ' +
          'lines are reported (line, column, message), good lines are saved in batches of 500; a line with the ' +
          'identity of an existing subject is merged into it. dryRun=true only reports.',
        params: slugParams,
        querystring: importQuery,
        consumes: CSV_TYPES,
        body: z
          .custom<Readable>((value) => value instanceof Readable)
          .meta({ type: 'string', description: 'The CSV file' }),
        response: { 200: importSummarySchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.import)
      const charset = /;\s*charset=([^;]+)/i.exec(request.headers['content-type'] ?? '')?.[1]
      return importSubjectsCsv(
        ctx,
        access.actor,
        access.organization,
        limited(request.body, MAX_IMPORT_BYTES),
        { dryRun: request.query.dryRun, charset: charset?.replace(/"/g, '') },
      )
    },
  )
}
