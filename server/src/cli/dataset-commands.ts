import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { DatasetRegisterProblem } from '../domain/datasets/register-links'
import { DomainError } from '../domain/errors'
import { registerDatasetDiscoverCommand } from './dataset-discover-command'
import { say } from './language'
import { cliActor, configFrom, withRuntime } from './runtime-access'
import { count, fileProblemLines, refusalText } from './words'

const DATA_DIR = [
  '--data-dir <dir>',
  'embedded database folder (default ./data); ignored with DATABASE_URL',
] as const

/** Reads a file, or reports why not and sets exit code 1. */
function readOrReport(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    console.error(`${say().error}: ${say().cannotRead(file, reason)}`)
    process.exitCode = 1
    return undefined
  }
}

function location(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`
}

/** A finding of a dataset against the register, in the CLI's language. */
function registerProblemText(problem: DatasetRegisterProblem): string {
  const m = say().dataset.registerProblems
  const p = problem.params
  const keys = p.keys || m.none
  switch (problem.code) {
    case 'no_system':
      return m.noSystem(p.system ?? '', keys)
    case 'no_retention_rule':
      return m.noRetentionRule(p.rule ?? '', keys)
    case 'unknown_category':
      return m.unknownCategory(p.category ?? '', p.field ?? '')
    case 'no_category':
      return m.noCategory(p.field ?? '')
    case 'no_retention_link':
      return m.noRetentionLink(p.collection ?? '')
  }
}

function registerProblemLine(file: string, line: number | undefined, problem: DatasetRegisterProblem) {
  return `${location(file, line)}: ${problem.path}: ${say().severity[problem.severity]}: ${registerProblemText(problem)}`
}

/** Parses the file; prints every problem as file:line: path: message and sets exit code 1 when invalid. */
async function parseOrReport(file: string, text: string) {
  const { parseDatasetText } = await import('../domain/datasets/parse')
  const parsed = parseDatasetText(text)
  if (parsed.ok) return parsed.document
  for (const line of await fileProblemLines(file, parsed.problems)) console.log(line)
  console.log(say().dataset.invalidFile(count(parsed.problems.length, 'problem')))
  process.exitCode = 1
  return undefined
}

/** The modules the database-backed dataset commands use, loaded when one runs. */
async function datasetModules() {
  const [register, registerLinks, datasets] = await Promise.all([
    import('../modules/register'),
    import('../domain/datasets/register-links'),
    import('../modules/datasets'),
  ])
  return { ...register, ...registerLinks, ...datasets }
}

/** `custos dataset check|import|export|list`: dataset files for people and for CI. */
export function registerDatasetCommands(program: Command): Command {
  const dataset = program
    .command('dataset')
    .description("Datasets: how the organisation's systems hold personal data (for the request engine)")

  dataset
    .command('check <file>')
    .description(
      'Check a dataset file (YAML or JSON); with --org also against the register of an organisation',
    )
    .option('--org <slug>', 'also check the system, retention rules and categories against this register')
    .option(...DATA_DIR)
    .addHelpText(
      'after',
      '\nWithout --org it needs no database. Prints file:line: path: message per problem.\n' +
        'Exit codes: 0 valid (warnings allowed), 1 problems or errors, 2 wrong usage.',
    )
    .action(async (file: string, options: { org?: string; dataDir?: string }) => {
      const text = readOrReport(file)
      if (text === undefined) return
      const document = await parseOrReport(file, text)
      if (!document) return
      if (options.org) {
        const slug = options.org
        const { findOrganizationOrFail, loadRegister, datasetRegisterProblems } = await datasetModules()
        const { datasetLineOf } = await import('../domain/datasets/parse')
        const problems = await withRuntime(configFrom(options), async ({ ctx }) => {
          const org = await findOrganizationOrFail(ctx, slug)
          return datasetRegisterProblems(document, await loadRegister(ctx, org))
        })
        const lineOf = datasetLineOf(text)
        for (const p of problems) console.log(registerProblemLine(file, lineOf(p.path), p))
        const errors = problems.filter((p) => p.severity === 'error').length
        console.log(
          say().dataset.againstRegister(
            count(errors, 'error'),
            count(problems.length - errors, 'warning'),
            slug,
          ),
        )
        if (errors > 0) {
          process.exitCode = 1
          return
        }
      }
      const fields = document.collections.reduce((n, c) => n + c.fields.length, 0)
      console.log(
        say().dataset.valid(
          file,
          document.key,
          document.system,
          document.connector,
          count(document.collections.length, 'collection'),
          count(fields, 'field'),
        ),
      )
    })

  dataset
    .command('import <file>')
    .description('Create or replace a dataset from its file; an invalid file changes nothing')
    .requiredOption('--org <slug>', 'organisation')
    .option(...DATA_DIR)
    .action(async (file: string, options: { org: string; dataDir?: string }) => {
      const text = readOrReport(file)
      if (text === undefined || !(await parseOrReport(file, text))) return
      const { findOrganizationOrFail, saveDatasetSource } = await datasetModules()
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        const actor = cliActor()
        let saved: Awaited<ReturnType<typeof saveDatasetSource>>
        try {
          saved = await saveDatasetSource(ctx, actor, org, text)
        } catch (error) {
          // Refused input (a 422 on HTTP): its field problems are printed as lines of the file.
          const refusal =
            error instanceof DomainError && error.kind === 'invalid_input'
              ? { code: error.code, params: error.params, fields: error.fields, message: error.message }
              : undefined
          if (!refusal) throw error
          const stripSource = (path: string) => path.replace(/^source\.?/, '')
          for (const line of await fileProblemLines(file, refusal.fields, stripSource)) console.error(line)
          console.error(await refusalText({ ...refusal, fields: [] }))
          process.exitCode = 1
          return
        }
        for (const p of saved.problems) console.error(registerProblemLine(file, p.line, p))
        const { key, version } = saved.dataset
        const m = say().dataset
        const outcome = saved.created ? m.created : saved.changed ? m.updated : m.unchanged
        console.log(outcome(key, org.slug, version))
      })
    })

  dataset
    .command('export')
    .description('Write a stored dataset file exactly as it was saved (comments included)')
    .requiredOption('--org <slug>', 'organisation')
    .requiredOption('--key <key>', 'dataset key')
    .option('--out <file>', 'write to a file instead of stdout')
    .option(...DATA_DIR)
    .action(async (options: { org: string; key: string; out?: string; dataDir?: string }) => {
      const { findOrganizationOrFail, findDataset } = await datasetModules()
      const source = await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        return (await findDataset(ctx.db, org.id, options.key))?.source
      })
      if (source === undefined) {
        console.error(`${say().error}: ${say().dataset.noSuchDataset(options.org, options.key)}`)
        process.exitCode = 1
      } else if (options.out) {
        writeFileSync(options.out, source)
        console.error(say().wrote(options.out))
      } else {
        process.stdout.write(source)
      }
    })

  dataset
    .command('list')
    .description('The datasets of an organisation, with their connection state')
    .requiredOption('--org <slug>', 'organisation')
    .option(...DATA_DIR)
    .action(async (options: { org: string; dataDir?: string }) => {
      const {
        findOrganizationOrFail,
        loadRegister,
        listDatasets,
        presentDatasetSummary,
        datasetRegisterProblems,
      } = await datasetModules()
      const rows = await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        const register = await loadRegister(ctx, org)
        return (await listDatasets(ctx.db, org.id)).map((d) =>
          presentDatasetSummary(d, datasetRegisterProblems(d.document, register).length),
        )
      })
      if (rows.length === 0) {
        console.log(say().dataset.none(options.org))
        return
      }
      const table = [
        say().dataset.columns,
        ...rows.map((d) => [
          d.key,
          d.system,
          d.connector,
          String(d.version),
          String(d.collections),
          String(d.personalFields),
          connectionState(d.connection),
          d.registerProblems === 0 ? say().dataset.ok : count(d.registerProblems, 'finding'),
        ]),
      ]
      const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => r[i]?.length ?? 0))) ?? []
      for (const row of table)
        console.log(
          row
            .map((cell, i) => cell.padEnd(widths[i] ?? 0))
            .join('  ')
            .trimEnd(),
        )
    })

  registerDatasetDiscoverCommand(dataset)
  return dataset
}

function connectionState(connection: { configured: boolean; lastCheck?: { ok: boolean } }): string {
  const m = say().dataset.connection
  if (!connection.configured) return m.notConfigured
  if (!connection.lastCheck) return m.notChecked
  return connection.lastCheck.ok ? m.checkedOk : m.checkFailed
}
