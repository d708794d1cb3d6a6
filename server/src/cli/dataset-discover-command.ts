import type { Command } from 'commander'
import type { DiscoverCliOptions } from './dataset-discover-action'
import { say } from './language'
import { UsageError } from './usage-error'

function parseSample(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new UsageError(say().usage.sample)
  return n
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
      // The default is DEFAULT_SAMPLE_SIZE of connectors/discovery (not imported here: it loads the drivers).
      'values sampled per column (default 200)',
      parseSample,
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
      const { discoverCommand } = await import('./dataset-discover-action')
      await discoverCommand(options)
    })
}
