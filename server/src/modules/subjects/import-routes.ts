import { z } from 'zod'
import type { AppContext } from '../../context'
import { decodeCsvBytes } from '../../domain/subjects/csv'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { importSubjectsCsv } from './import'
import { subjectActions } from './policy'
import { importQuery, importSummarySchema } from './schemas'

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
const CSV_TYPES = ['text/csv', 'application/csv']

export function registerSubjectImportRoute(app: App, ctx: AppContext) {
  for (const type of CSV_TYPES) {
    if (app.hasContentTypeParser(type)) continue
    // UTF-8 with or without a byte order mark; Windows-1252 when declared or when the bytes are not UTF-8.
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (req, body, done) => {
      const charset = /;\s*charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1]
      done(null, decodeCsvBytes(body as Buffer, charset?.replace(/"/g, '')).text)
    })
  }

  app.post(
    '/api/v1/orgs/:slug/subjects/import',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: tags.subjects,
        summary:
          'Import data subjects from CSV (text/csv, up to 20 MB, separator ; or , detected, UTF-8). Columns (header ' +
          'case-insensitive): name, email, phone, national_number, language, relationship, relationship_start, ' +
          'relationship_end, customer_number, customer_system, last_contact, contract_end. Every line is validated ' +
          'on its own: bad lines are reported (line, column, message), good lines are saved in batches of 500; a ' +
          'line with the identity of an existing subject is merged into it. dryRun=true only reports.',
        params: slugParams,
        querystring: importQuery,
        consumes: CSV_TYPES,
        body: z.string().describe('The CSV file'),
        response: { 200: importSummarySchema },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, subjectActions.import)
      return importSubjectsCsv(ctx, access.actor, access.organization, request.body, {
        dryRun: request.query.dryRun,
      })
    },
  )
}
