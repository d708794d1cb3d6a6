import { datasetToYaml } from '../../connectors/discovery/dataset-yaml'
import { discoverDataset } from '../../connectors/discovery/discover'
import type { ConnectionSettings } from '../../connectors/driver'
import { openSqlDriver } from '../../connectors/open-driver'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { invalid } from '../../http/problem'
import { runCheck } from './connection-check'
import { normaliseConnectionOptions } from './connection-options'
import type { DiscoverInput } from './schemas'
import { withoutSecret } from './secret'

/**
 * Proposes a dataset file for a database the user names: connects (a failed connection is a 422 naming the
 * options), reads the schema and samples values. Nothing is stored; the user reviews the YAML and saves it.
 */
export async function discoverDatasetProposal(input: DiscoverInput) {
  const normalised = normaliseConnectionOptions(input.connector, input.options)
  if (!normalised.ok) throw invalid(normalised.errors)
  const secret = input.secret || normalised.secretFromUrl
  const settings: ConnectionSettings = {
    kind: input.connector,
    options: normalised.options,
    ...(secret ? { secret } : {}),
  }
  const check = await runCheck(() => openSqlDriver(settings))
  if (!check.ok) {
    const message = withoutSecret(check.message, secret)
    throw invalid([{ path: 'body.options', message }], `Cannot read the database: ${message}`)
  }
  const schema =
    input.schema ?? (typeof normalised.options.schema === 'string' ? normalised.options.schema : undefined)
  let proposal: Awaited<ReturnType<typeof discoverDataset>>
  try {
    proposal = await discoverDataset(settings, {
      key: input.key,
      system: input.system,
      ...(input.name ? { name: input.name } : {}),
      ...(schema ? { schema } : {}),
    })
  } catch (error) {
    // The database answered but cannot be described (no personal data, no rights on a table...): the user's to fix.
    const message = withoutSecret(error instanceof Error ? error.message : String(error), secret)
    throw invalid([{ path: 'body', message }], `No dataset could be proposed: ${message}`)
  }
  return {
    source: datasetToYaml(proposal.document, proposal.suggestions),
    document: proposal.document as DatasetDocument & Record<string, unknown>,
    suggestions: proposal.suggestions,
  }
}
