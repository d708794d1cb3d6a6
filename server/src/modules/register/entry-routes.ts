import { z } from 'zod'
import type { AppContext } from '../../context'
import { registerKey } from '../../domain/register/schema'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { ENTRY_KINDS, type EntryKind } from './kinds'
import {
  registerActions,
  registerEntryActions,
  registerEntryCanSchema,
  registerEntryPermissions,
} from './policy'
import { presentEntry, presentVersion } from './presenter'
import {
  deleteEntry,
  getRegisterEntry,
  listRegisterEntries,
  registerEntryHistory,
  saveEntry,
} from './service'

const saved = z.object({ key: z.string(), version: z.number(), changed: z.boolean() })
const versionSchema = z.object({
  version: z.number(),
  change: z.enum(['created', 'updated', 'deleted']),
  changedAt: z.string(),
  actorLabel: z.string(),
  actorType: z.string(),
  requestId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  changes: z.array(
    z.object({
      path: z.string(),
      type: z.enum(['added', 'removed', 'changed']),
      from: z.unknown().optional(),
      to: z.unknown().optional(),
    }),
  ),
})

/** CRUD and history for one kind of register entry, e.g. /register/activities/{key}. */
function registerKindRoutes(app: App, ctx: AppContext, kind: EntryKind) {
  const base = `/api/v1/orgs/:slug/register/${kind.segment}`
  const keyParams = slugParams.extend({ key: registerKey })
  const entrySchema = kind.schema as z.ZodType<{ key: string }>
  const withMeta = z.object({
    version: z.number(),
    updatedAt: z.string(),
    data: z.record(z.string(), z.unknown()),
  })

  app.get(
    base,
    {
      schema: {
        tags: tags.register,
        summary: `List ${kind.segment}`,
        params: slugParams,
        response: { 200: z.object({ items: z.array(withMeta), can: registerEntryCanSchema }) },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, registerActions.read)
      const entries = await listRegisterEntries(ctx, organization, kind)
      return {
        items: entries.map(presentEntry),
        can: registerEntryPermissions(grant),
      }
    },
  )

  app.post(
    base,
    {
      schema: {
        tags: tags.register,
        summary: `Add one of ${kind.segment}`,
        params: slugParams,
        body: entrySchema,
        response: { 201: saved },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, registerEntryActions.create)
      const result = await saveEntry(ctx, access.actor, access.organization, kind, request.body, 'create')
      return reply.code(201).send(result)
    },
  )

  app.get(
    `${base}/:key`,
    {
      schema: {
        tags: tags.register,
        summary: `One of ${kind.segment}`,
        params: keyParams,
        response: { 200: withMeta.extend({ can: registerEntryCanSchema }) },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, registerActions.read)
      const entry = await getRegisterEntry(ctx, organization, kind, request.params.key)
      return { ...presentEntry(entry), can: registerEntryPermissions(grant) }
    },
  )

  app.put(
    `${base}/:key`,
    {
      schema: {
        tags: tags.register,
        summary: `Replace one of ${kind.segment}`,
        params: keyParams,
        body: entrySchema,
        response: { 200: saved },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, registerEntryActions.update)
      return saveEntry(
        ctx,
        access.actor,
        access.organization,
        kind,
        request.body,
        'update',
        request.params.key,
      )
    },
  )

  app.delete(
    `${base}/:key`,
    {
      schema: {
        tags: tags.register,
        summary: `Delete one of ${kind.segment} (refused while other entries refer to it)`,
        params: keyParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, registerEntryActions.delete)
      await deleteEntry(ctx, access.actor, access.organization, kind, request.params.key)
      return reply.code(204).send(null)
    },
  )

  app.get(
    `${base}/:key/history`,
    {
      schema: {
        tags: tags.register,
        summary: `Versions of one of ${kind.segment}, newest first, each with what changed`,
        params: keyParams,
        response: { 200: z.object({ items: z.array(versionSchema) }) },
      },
    },
    async (request) => {
      const { organization } = await orgAccess(ctx, request, request.params.slug, registerActions.read)
      const versions = await registerEntryHistory(ctx, organization, kind, request.params.key)
      return { items: versions.map(presentVersion) }
    },
  )
}

export function registerRegisterEntryRoutes(app: App, ctx: AppContext) {
  for (const kind of ENTRY_KINDS) registerKindRoutes(app, ctx, kind)
}
