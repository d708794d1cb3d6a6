import { writeFileSync } from 'node:fs'
import { datasetToYaml } from '../connectors/discovery/dataset-yaml'
import { DEFAULT_SAMPLE_SIZE, discoverDataset } from '../connectors/discovery/discover'
import type { ConnectionSettings } from '../connectors/driver'
import { ConnectorGuard } from '../connectors/network/target-guard'
import { SqlSettingsError, sqlEndpoint } from '../connectors/sql/endpoint'
import { AllowListError, parseAllowList } from '../domain/connector-allow-list'
import { registerKey } from '../domain/register/schema'
import { progress } from './io'
import { say } from './language'
import { UsageError } from './usage-error'

const KINDS: Record<string, ConnectionSettings['kind']> = {
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
  'mysql:': 'mysql',
  'mariadb:': 'mysql',
}

function checkKey(value: string, option: string): string {
  const parsed = registerKey.safeParse(value)
  if (!parsed.success) throw new UsageError(`${option}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}

/**
 * The same rules as the server's connectors: only hosts CUSTOS_CONNECTOR_ALLOW lists, never a Custos database.
 * The operator at the command line sees the reason of a refusal or failure on standard error.
 */
function commandLineGuard(): ConnectorGuard {
  let allow: ReturnType<typeof parseAllowList>
  try {
    allow = parseAllowList(process.env.CUSTOS_CONNECTOR_ALLOW)
  } catch (error) {
    if (error instanceof AllowListError) throw new UsageError(`CUSTOS_CONNECTOR_ALLOW: ${error.message}`)
    throw error
  }
  const logger = {
    warn: (details: Record<string, unknown>) =>
      console.error(
        `${String(details.target)}: ${String(details.reason)} (reference ${String(details.reference)})`,
      ),
  }
  return new ConnectorGuard({ allow, own: {}, logger })
}

/** Connection settings from --url; the password from the URL or else CUSTOS_DATASET_PASSWORD. */
function settingsFrom(url: string, schema: string | undefined): ConnectionSettings {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UsageError(say().usage.url)
  }
  const kind = KINDS[parsed.protocol]
  if (!kind || kind === 'http') throw new UsageError(say().usage.urlScheme)
  const secret = parsed.password ? undefined : process.env.CUSTOS_DATASET_PASSWORD || undefined
  const settings: ConnectionSettings = {
    kind,
    options: { url, ...(schema ? { schema } : {}) },
    guard: commandLineGuard(),
    ...(secret ? { secret } : {}),
  }
  try {
    sqlEndpoint(settings)
  } catch (error) {
    if (error instanceof SqlSettingsError) throw new UsageError(`--${error.message}`)
    throw error
  }
  return settings
}

export interface DiscoverCliOptions {
  url: string
  key: string
  system: string
  name?: string
  schema?: string
  sample?: number
  out?: string
}

/** `custos dataset discover`: propose a dataset file from a database's schema and sampled values. */
export async function discoverCommand(options: DiscoverCliOptions): Promise<void> {
  const key = checkKey(options.key, '--key')
  const system = checkKey(options.system, '--system')
  if (options.name !== undefined && !options.name.trim()) throw new UsageError(say().usage.nameEmpty)
  const settings = settingsFrom(options.url, options.schema)
  let bar: ReturnType<typeof progress> | undefined
  const result = await discoverDataset(
    settings,
    {
      key,
      system,
      sampleSize: options.sample ?? DEFAULT_SAMPLE_SIZE,
      ...(options.name ? { name: options.name.trim() } : {}),
      ...(options.schema ? { schema: options.schema } : {}),
    },
    ({ done, total }) => {
      bar ??= progress(say().discover.progress(total))
      bar.update(done)
    },
  ).finally(() => bar?.done())
  const yaml = datasetToYaml(result.document, result.suggestions, result.references)
  if (!options.out) {
    process.stdout.write(yaml)
    return
  }
  writeFileSync(options.out, yaml)
  const fields = result.suggestions.length
  const flagged = result.references.filter((r) => r.flagged).length
  console.error(say().discover.wrote(options.out, result.document.collections.length, fields, flagged))
}
