import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { say } from './language'
import { oneOf, registerCheckCommand } from './register-check-command'
import { cliActor, configFrom, withRuntime } from './runtime-access'
import { UsageError } from './usage-error'
import { count, fileProblemLines } from './words'

const FORMATS = ['yaml', 'json', 'csv', 'xlsx', 'pdf'] as const
const LANGS = ['nl', 'fr', 'en'] as const

function readFileOrFail(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(say().cannotRead(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message))
  }
}

/** `custos register check|import|export`: the register as a file, for people and for CI. */
export function registerRegisterCommands(program: Command) {
  const register = program
    .command('register')
    .description('Register of processing activities (Art. 30 GDPR) as a file')
  registerCheckCommand(register)

  register
    .command('import <file>')
    .description(
      'Import a register file (YAML or JSON) into an organisation; an invalid file changes nothing',
    )
    .requiredOption('--org <slug>', 'organisation')
    .option('--mode <mode>', 'merge (keep entries missing from the file) or replace (delete them)', 'merge')
    .option('--dry-run', 'only report what would change')
    .option('--data-dir <dir>', 'embedded database folder (default ./data); ignored with DATABASE_URL')
    .action(async (file: string, options) => {
      if (options.mode !== 'merge' && options.mode !== 'replace') throw new UsageError(say().usage.mode)
      const { parseRegisterText } = await import('../domain/register/parse')
      const parsed = parseRegisterText(readFileOrFail(file))
      if (!parsed.ok) {
        for (const line of await fileProblemLines(file, parsed.problems)) console.error(line)
        console.error(say().register.nothingImported(count(parsed.problems.length, 'problem')))
        process.exitCode = 1
        return
      }
      const { findOrganizationOrFail } = await import('../modules/register')
      const { importRegister } = await import('../modules/register')
      await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        const report = await importRegister(ctx, cliActor(), org, parsed.document, {
          mode: options.mode,
          dryRun: Boolean(options.dryRun),
        })
        const list = (refs: { kind: string; key: string }[]) =>
          refs.map((r) => `${r.kind}/${r.key}`).join(', ') || '-'
        const m = say().register
        const width = Math.max(m.created.length, m.updated.length, m.deleted.length, m.unchanged.length) + 1
        const label = (word: string) => `${word}:`.padEnd(width)
        console.log(m.importHeader(report.dryRun, org.slug, report.mode))
        console.log(`  ${label(m.created)} ${report.created.length} ${list(report.created)}`)
        console.log(`  ${label(m.updated)} ${report.updated.length} ${list(report.updated)}`)
        console.log(`  ${label(m.deleted)} ${report.deleted.length} ${list(report.deleted)}`)
        console.log(`  ${label(m.unchanged)} ${report.unchanged}`)
        if (report.organizationChanged.length)
          console.log(`  ${m.organizationProfile}: ${report.organizationChanged.join(', ')}`)
      })
    })

  register
    .command('export')
    .description('Export the register: yaml/json (the register file), csv, xlsx (GBA model) or pdf')
    .requiredOption('--org <slug>', 'organisation')
    .option('--format <format>', FORMATS.join('|'), 'yaml')
    .option('--lang <lang>', 'language of csv/xlsx/pdf: nl|fr|en (default: the organisation default)')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--data-dir <dir>', 'embedded database folder (default ./data); ignored with DATABASE_URL')
    .action(async (options) => {
      oneOf(FORMATS, options.format, '--format')
      if (options.lang) oneOf(LANGS, options.lang, '--lang')
      const { findOrganizationOrFail, loadRegister } = await import('../modules/register')
      const { doc, lang } = await withRuntime(configFrom(options), async ({ ctx }) => {
        const org = await findOrganizationOrFail(ctx, options.org)
        return { doc: await loadRegister(ctx, org), lang: options.lang ?? org.defaultLanguage }
      })
      // Each format loads only its own writer (exceljs and pdfkit take a while to load).
      const output: string | Buffer =
        options.format === 'yaml'
          ? (await import('../domain/register/serialize')).registerToYaml(doc)
          : options.format === 'json'
            ? (await import('../domain/register/serialize')).registerToJson(doc)
            : options.format === 'csv'
              ? (await import('../domain/register/export/csv')).registerToCsv(doc, lang)
              : options.format === 'xlsx'
                ? await (await import('../domain/register/export/xlsx')).registerToXlsx(doc, lang)
                : await (await import('../domain/register/export/pdf')).registerToPdf(doc, lang)
      if (options.out) {
        writeFileSync(options.out, output)
        console.error(say().wrote(options.out))
      } else {
        process.stdout.write(output)
      }
    })
}
