import { z } from 'zod'
import type { AppContext } from '../../context'
import { registerToJson, registerToYaml } from '../../domain/register/serialize'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { importRegisterFile } from './import'
import { registerActions } from './policy'
import { loadRegister } from './service'

const entryRef = z.object({ kind: z.string(), key: z.string() })
const importReport = z.object({
  dryRun: z.boolean(),
  mode: z.enum(['merge', 'replace']),
  organizationChanged: z.array(z.string()),
  created: z.array(entryRef),
  updated: z.array(entryRef),
  deleted: z.array(entryRef),
  unchanged: z.number(),
})

export function registerRegisterDocumentRoutes(app: App, ctx: AppContext) {
  app.addContentTypeParser(
    ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain'],
    { parseAs: 'string', bodyLimit: 5_242_880 },
    (_req, body, done) => done(null, body),
  )

  app.get(
    '/api/v1/orgs/:slug/register',
    {
      schema: {
        tags: tags.register,
        summary: 'The whole register as one document (the register file format)',
        params: slugParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, registerActions.read)
      return loadRegister(ctx, organization)
    },
  )

  app.get(
    '/api/v1/orgs/:slug/register/file',
    {
      schema: {
        tags: tags.register,
        summary: 'Download the register file (YAML or JSON), for import elsewhere or for keeping in git',
        params: slugParams,
        querystring: z.strictObject({
          format: z
            .enum(['yaml', 'json'])
            .default('yaml')
            .describe('the file format: yaml (default) or json'),
        }),
      },
    },
    async (request, reply) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, registerActions.export)
      const doc = await loadRegister(ctx, organization)
      const format = request.query.format
      reply.header(
        'content-disposition',
        `attachment; filename="register-${organization.slug}.${format === 'yaml' ? 'yaml' : 'json'}"`,
      )
      return format === 'yaml'
        ? reply.type('application/yaml; charset=utf-8').send(registerToYaml(doc))
        : reply.type('application/json; charset=utf-8').send(registerToJson(doc))
    },
  )

  app.post(
    '/api/v1/orgs/:slug/register/import',
    {
      schema: {
        tags: tags.register,
        summary:
          'Import a register file (YAML as text, or JSON). Invalid files are refused as a whole with every problem ' +
          'and its line; mode=replace also deletes entries missing from the file; dryRun=true only reports.',
        params: slugParams,
        querystring: z.strictObject({
          mode: z
            .enum(['merge', 'replace'])
            .default('merge')
            .describe(
              'merge (default): add and update entries; replace: also delete entries missing from the file',
            ),
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true')
            .describe('true: only report what the import would change, store nothing'),
        }),
        body: z.union([z.string(), z.record(z.string(), z.unknown())]),
        response: { 200: importReport },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, registerActions.import)
      return importRegisterFile(ctx, access.actor, access.organization, request.body, request.query)
    },
  )
}
