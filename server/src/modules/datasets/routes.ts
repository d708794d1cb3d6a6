import { z } from 'zod'
import type { AppContext } from '../../context'
import { datasetRegisterProblems } from '../../domain/datasets/register-links'
import { slugParams } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { loadRegister } from '../register'
import { checkDatasetConnection } from './connection-check'
import { discoverDatasetProposal } from './discover'
import { startDiscovery } from './discoveries'
import { sendDiscoveryJob } from './discovery-job'
import { connectionActions, datasetActions, datasetCanSchema, datasetPermissions } from './policy'
import { presentDatasetDetail, presentDatasetSummary } from './presenter'
import {
  checkResult,
  connectionBody,
  datasetDetail,
  datasetParams,
  datasetSummary,
  datasetTags,
  discoverBody,
  discoverResult,
  discoveryParams,
  discoveryState,
  savedDataset,
  sourceBody,
} from './schemas'
import {
  deleteDataset,
  getDataset,
  getDiscovery,
  listDatasetsOf,
  registerProblemsOf,
  saveConnection,
  saveDatasetSource,
} from './service'

/** Dataset files per organisation: upload, read, delete, their connection, its check, and discovery. */
export function registerDatasetRoutes(app: App, ctx: AppContext) {
  const base = '/api/v1/orgs/:slug/datasets'

  app.get(
    base,
    {
      schema: {
        tags: datasetTags,
        summary: 'Datasets of the organisation, with their connection state and register findings',
        params: slugParams,
        response: { 200: z.object({ items: z.array(datasetSummary), can: datasetCanSchema }) },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, datasetActions.read)
      const [rows, register] = await Promise.all([
        listDatasetsOf(ctx, organization),
        loadRegister(ctx, organization),
      ])
      return {
        items: rows.map((row) =>
          presentDatasetSummary(row, datasetRegisterProblems(row.document, register).length),
        ),
        can: datasetPermissions(grant),
      }
    },
  )

  app.get(
    `${base}/:key`,
    {
      schema: {
        tags: datasetTags,
        summary: 'One dataset: its file, the parsed document, the connection (never the secret)',
        params: datasetParams,
        response: { 200: datasetDetail },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, datasetActions.read)
      const row = await getDataset(ctx, organization, request.params.key)
      const register = await loadRegister(ctx, organization)
      return {
        ...presentDatasetDetail(row, registerProblemsOf(row.document, register, row.source)),
        can: datasetPermissions(grant),
      }
    },
  )

  app.put(
    `${base}/:key`,
    {
      bodyLimit: 3_000_000,
      schema: {
        tags: datasetTags,
        summary:
          'Create or replace a dataset from its file (YAML or JSON text). An invalid file, another key than the ' +
          'address or a system or retention rule missing from the register is refused with every problem and its line',
        params: datasetParams,
        body: sourceBody,
        response: { 200: savedDataset, 201: savedDataset },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, datasetActions.save)
      const saved = await saveDatasetSource(
        ctx,
        access.actor,
        access.organization,
        request.body.source,
        request.params.key,
      )
      return reply.code(saved.created ? 201 : 200).send({
        ...presentDatasetDetail(saved.dataset, saved.problems),
        changed: saved.changed,
        can: datasetPermissions(access.grant),
      })
    },
  )

  app.delete(
    `${base}/:key`,
    {
      schema: {
        tags: datasetTags,
        summary: 'Delete a dataset and its stored connection',
        params: datasetParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, datasetActions.delete)
      await deleteDataset(ctx, access.actor, access.organization, request.params.key)
      return reply.code(204).send(null)
    },
  )

  app.put(
    `${base}/:key/connection`,
    {
      schema: {
        tags: datasetTags,
        summary:
          'Set how to reach the system. The secret is stored encrypted and never returned; omit it to keep the ' +
          'stored one, send "" to remove it. A password in a URL is moved into the secret.',
        params: datasetParams,
        body: connectionBody,
        response: { 200: datasetDetail },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, connectionActions.write)
      const row = await saveConnection(
        ctx,
        access.actor,
        access.organization,
        request.params.key,
        request.body,
      )
      const register = await loadRegister(ctx, access.organization)
      return {
        ...presentDatasetDetail(row, registerProblemsOf(row.document, register, row.source)),
        can: datasetPermissions(access.grant),
      }
    },
  )

  app.post(
    `${base}/:key/connection/check`,
    {
      schema: {
        tags: datasetTags,
        summary: 'Test the connection now; the result is kept as the last check',
        params: datasetParams,
        response: { 200: checkResult },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, connectionActions.check)
      return checkDatasetConnection(ctx, access.organization, request.params.key)
    },
  )

  app.post(
    `${base}/discover`,
    {
      schema: {
        tags: datasetTags,
        summary:
          'Read a database schema and sample values, and propose a dataset file to review. Nothing is stored: ' +
          'save the reviewed file with PUT /datasets/{key}.',
        params: slugParams,
        body: discoverBody,
        response: { 200: discoverResult },
      },
    },
    async (request) => {
      await orgAccess(ctx, request, request.params.slug, datasetActions.discover)
      return discoverDatasetProposal(ctx, request.body)
    },
  )
  app.post(
    `${base}/discoveries`,
    {
      schema: {
        tags: datasetTags,
        summary:
          'Start a discovery in the background (same body as /discover): the connection is checked now (422 ' +
          'naming the options), then poll GET /datasets/discoveries/{id} for its progress and proposal.',
        params: slugParams,
        body: discoverBody,
        response: { 202: discoveryState },
      },
    },
    async (request, reply) => {
      const access = await orgAccess(ctx, request, request.params.slug, datasetActions.discover)
      const started = await startDiscovery(
        ctx,
        access.organization,
        access.actor.label,
        request.body,
        sendDiscoveryJob,
      )
      return reply.code(202).send(started)
    },
  )

  app.get(
    `${base}/discoveries/:id`,
    {
      schema: {
        tags: datasetTags,
        summary:
          'A discovery started with POST /datasets/discoveries: its progress, then its proposal or its error',
        params: discoveryParams,
        response: { 200: discoveryState },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, datasetActions.discover)
      return getDiscovery(ctx, access.organization, request.params.id)
    },
  )
}
