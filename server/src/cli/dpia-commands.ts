import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { currentLanguage, say } from './language'
import { cliActor, configFrom, withRuntime } from './runtime-access'
import { UsageError } from './usage-error'

const dataDir = [
  '--data-dir <dir>',
  'embedded database folder (default ./data); ignored with DATABASE_URL',
] as const

function readJsonFile(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(say().cannotRead(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message))
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new UsageError(say().dpia.notJson(file))
  }
}

/** `custos dpia export|import`: Custos's own DPIA file (decision 0099), the same service as the page and the API. */
export function registerDpiaCommands(program: Command) {
  const dpia = program.command('dpia').description('Data protection impact assessments (Art. 35 GDPR)')

  dpia
    .command('export [file]')
    .description(
      'Write one version of an activity’s DPIA as a JSON file (custos.dpia/v1); stdout without FILE',
    )
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--activity <key>', 'the key of the activity in the register')
    .option('--version <n>', 'an earlier version (default the newest)', (v) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n < 1) throw new UsageError(say().usage.oneOf('--version', '1, 2, ...', v))
      return n
    })
    .option(...dataDir)
    .action(async (file: string | undefined, options) => {
      const { findOrganizationOrFail } = await import('../modules/register')
      const { exportDpiaFile } = await import('../modules/dpia')
      const exported = await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        return exportDpiaFile(ctx, org, options.activity, options.version)
      })
      const text = `${JSON.stringify(exported, null, 2)}\n`
      if (file) {
        writeFileSync(file, text)
        console.error(say().wrote(file))
      } else process.stdout.write(text)
    })

  dpia
    .command('import <file>')
    .description(
      'Import a DPIA file exported from Custos as a new draft version of an activity (never over an existing version); --dry-run only shows what it would be',
    )
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--activity <key>', 'the key of the activity in the register')
    .option('--dry-run', 'store nothing: show what the import would be')
    .option(...dataDir)
    .action(async (file: string, options) => {
      const body = readJsonFile(file)
      const { findOrganizationOrFail } = await import('../modules/register')
      const { importDpiaFile } = await import('../modules/dpia')
      const answer = await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        return importDpiaFile(
          ctx,
          cliActor(),
          org,
          options.activity,
          body,
          currentLanguage(),
          Boolean(options.dryRun),
        )
      })
      const m = say().dpia
      if (answer.dryRun) console.log(m.preview)
      console.log(
        answer.dryRun
          ? m.becomes(answer.activityKey, answer.version)
          : m.imported(answer.activityKey, answer.version),
      )
      console.log(m.from(answer.fromActivityKey, answer.fromVersion, answer.fromStatusLabel))
      console.log(
        answer.previous
          ? m.previous(answer.previous.version, answer.previous.statusLabel, answer.previous.plannedMeasures)
          : m.noPrevious,
      )
      if (answer.decisionInFile && answer.fromStatusLabel)
        console.log(m.decisionNotCarried(answer.fromStatusLabel))
      if (answer.content.plannedMeasures.length)
        console.log(m.measures(answer.content.plannedMeasures.length))
    })
}
