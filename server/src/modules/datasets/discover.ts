import { connectorGuardFor } from '../../connectors/connector-guard'
import { datasetToYaml } from '../../connectors/discovery/dataset-yaml'
import { type DiscoverProgress, discoverDataset } from '../../connectors/discovery/discover'
import type { ConnectionSettings } from '../../connectors/driver'
import { openSqlDriver } from '../../connectors/open-driver'
import type { AppContext } from '../../context'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { InvalidInput } from '../../domain/errors'
import { runCheck } from './connection-check'
import { normaliseConnectionOptions } from './connection-options'
import type { DiscoverInput } from './schemas'
import { withoutSecret } from './secret'

/** A database that answered the connection check, ready to be read. The secret lives in memory only. */
export interface ReachableDatabase {
  input: DiscoverInput
  settings: ConnectionSettings
  secret: string | undefined
  schema: string | undefined
}

export interface DiscoveryProposal {
  source: string
  document: DatasetDocument & Record<string, unknown>
  suggestions: Awaited<ReturnType<typeof discoverDataset>>['suggestions']
  references: Awaited<ReturnType<typeof discoverDataset>>['references']
}

/**
 * Normalises the options and checks the connection: a failed connection is an InvalidInput naming the options
 * (422 on HTTP), with the neutral problem code of a connection that could not be made.
 */
export async function reachDatabase(ctx: AppContext, input: DiscoverInput): Promise<ReachableDatabase> {
  const normalised = normaliseConnectionOptions(input.connector, input.options)
  if (!normalised.ok) {
    throw new InvalidInput(normalised.errors.map((e) => ({ ...e, code: e.code ?? 'invalid' })))
  }
  const secret = input.secret || normalised.secretFromUrl
  const settings: ConnectionSettings = {
    kind: input.connector,
    options: normalised.options,
    guard: connectorGuardFor(ctx),
    ...(secret ? { secret } : {}),
  }
  const check = await runCheck(() => openSqlDriver(settings))
  if (!check.ok) {
    const message = withoutSecret(check.message, secret)
    const code = check.problem?.code
    throw new InvalidInput(
      [{ path: 'body.options', message, code: code ?? 'invalid' }],
      `Cannot read the database: ${message}`,
    )
  }
  const schema =
    input.schema ?? (typeof normalised.options.schema === 'string' ? normalised.options.schema : undefined)
  return { input, settings, secret, schema }
}

/**
 * Reads the schema and samples values of a reachable database and proposes a dataset file. Throws an InvalidInput
 * (code discovery_failed on `body`, its message without the secret) when the database answered but cannot be
 * described.
 */
export async function proposeDatasetFor(
  db: ReachableDatabase,
  onProgress?: (p: DiscoverProgress) => void,
): Promise<DiscoveryProposal> {
  const { input, settings, secret, schema } = db
  let proposal: Awaited<ReturnType<typeof discoverDataset>>
  try {
    proposal = await discoverDataset(
      settings,
      {
        key: input.key,
        system: input.system,
        ...(input.name ? { name: input.name } : {}),
        ...(schema ? { schema } : {}),
      },
      onProgress,
    )
  } catch (error) {
    // The database answered but cannot be described (no personal data, no rights on a table...): the user's to fix.
    const message = withoutSecret(error instanceof Error ? error.message : String(error), secret)
    throw new InvalidInput(
      [{ path: 'body', message, code: 'discovery_failed' }],
      `No dataset could be proposed: ${message}`,
    )
  }
  return {
    source: datasetToYaml(proposal.document, proposal.suggestions, proposal.references),
    document: proposal.document as DatasetDocument & Record<string, unknown>,
    suggestions: proposal.suggestions,
    references: proposal.references,
  }
}

/**
 * Proposes a dataset file for a database the user names: connects (a failed connection is a 422 naming the
 * options), reads the schema and samples values. Nothing is stored; the user reviews the YAML and saves it.
 */
export async function discoverDatasetProposal(
  ctx: AppContext,
  input: DiscoverInput,
): Promise<DiscoveryProposal> {
  return proposeDatasetFor(await reachDatabase(ctx, input))
}
