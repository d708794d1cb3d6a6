import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { datasetToYaml } from '../connectors/discovery/dataset-yaml'
import { DEFAULT_SAMPLE_SIZE, discoverDataset } from '../connectors/discovery/discover'
import type { ConnectionSettings } from '../connectors/driver'
import { ConnectorGuard } from '../connectors/network/target-guard'
import { SqlSettingsError, sqlEndpoint } from '../connectors/sql/endpoint'
import { AllowListError, parseAllowList } from '../domain/connector-allow-list'
import { registerKey } from '../domain/register/schema'
import { progress } from './io'
import { UsageError } from './usage-error'

const KINDS: Record<string, ConnectionSettings['kind']> = {
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
  'mysql:': 'mysql',
  'mariadb:': 'mysql',
}

function parseSample(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new UsageError('--sample must be a whole number 1-10000')
  return n
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
    throw new UsageError(
      '--url must be a URL like postgres://user@host:5432/database or mysql://user@host/database',
    )
  }
  const kind = KINDS[parsed.protocol]
  if (!kind || kind === 'http') throw new UsageError('--url must start with postgres:// or mysql://')
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

interface DiscoverCliOptions {
  url: string
  key: string
  system: string
  name?: string
  schema?: string
  sample: number
  out?: string
}

/** `custos dataset discover`: propose a dataset file from a database's schema and sampled values. */
export function registerDatasetDiscoverCommand(dataset: Command): void {
  dataset
    .command('discover')
    .description(
      'Read the schema and sample values of a PostgreSQL or MySQL/MariaDB database and propose a dataset file to review',
    )
    .requiredOption('--url <url>', 'postgres://user@host:5432/database or mysql://user@host:3306/database')
    .requiredOption('--key <key>', 'key of the dataset, e.g. webshop')
    .requiredOption('--system <system>', 'key of the system of the register this database belongs to')
    .option('--name <name>', 'display name (default: the database name)')
    .option('--schema <schema>', 'PostgreSQL schema to read (default public)')
    .option(
      '--sample <n>',
      `values sampled per column (default ${DEFAULT_SAMPLE_SIZE})`,
      parseSample,
      DEFAULT_SAMPLE_SIZE,
    )
    .option('--out <file>', 'write the YAML to this file instead of standard output')
    .addHelpText(
      'after',
      [
        '',
        'The password comes from the URL or, when the URL has none, from the CUSTOS_DATASET_PASSWORD environment',
        'variable. Only hosts listed in CUSTOS_CONNECTOR_ALLOW are reached, as by the server.',
        'Only the schema and at most --sample rows per table are read; nothing is written. Each suggested',
        'field carries a comment with its confidence and reasons: review the file, then `custos dataset import`.',
        'Exit codes: 0 proposed, 1 cannot connect or nothing personal found, 2 wrong usage.',
      ].join('\n'),
    )
    .action(async (options: DiscoverCliOptions) => {
      const key = checkKey(options.key, '--key')
      const system = checkKey(options.system, '--system')
      if (options.name !== undefined && !options.name.trim()) throw new UsageError('--name must not be empty')
      const settings = settingsFrom(options.url, options.schema)
      let bar: ReturnType<typeof progress> | undefined
      const result = await discoverDataset(
        settings,
        {
          key,
          system,
          sampleSize: options.sample,
          ...(options.name ? { name: options.name.trim() } : {}),
          ...(options.schema ? { schema: options.schema } : {}),
        },
        ({ done, total }) => {
          bar ??= progress(`Tables sampled (of ${total})`)
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
      console.error(
        `Wrote ${options.out}: ${result.document.collections.length} collections, ${fields} suggested personal fields to review${
          flagged ? `, ${flagged} references flagged (they would reach other people)` : ''
        }.`,
      )
    })
}
