import { randomBytes } from 'node:crypto'
import pino from 'pino'
import { loadConfig } from '../config'
import type { AppContext } from '../context'
import { buildApp, OPERATION_CATALOGUES } from './app'
import { catalogueGaps, type OpenApiDocument, type OpenApiServer, TEMPLATE_SERVER } from './openapi-catalogue'

/**
 * The OpenAPI document without a database (route schemas and the operation catalogue are all it needs), with the
 * operations the catalogue misses and the entries that name no route (decision 0026).
 */
export async function offlineOpenApiDocument(server: OpenApiServer = TEMPLATE_SERVER) {
  const config = loadConfig({
    ...process.env,
    CUSTOS_SECRET_KEY: randomBytes(32).toString('base64'),
    CUSTOS_DB_LISTEN: 'false', // no database: nothing to listen to
  })
  const offline = { config, logger: pino({ level: 'silent' }) } as unknown as AppContext
  const app = await buildApp(offline, {
    serveWeb: false,
    logger: false,
    listenForChanges: false,
    openApiServer: server,
  })
  const doc = app.swagger() as OpenApiDocument
  await app.close()
  return { doc, gaps: catalogueGaps(doc, OPERATION_CATALOGUES) }
}
