import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { RegisterDocument } from '../domain/register/schema'
import { say } from './language'
import { completenessText } from './notice-completeness'
import { oneOf } from './register-check-command'
import { configFrom, withRuntime } from './runtime-access'
import { UsageError } from './usage-error'
import { fileProblemLines } from './words'

const FORMATS = ['html', 'md', 'pdf', 'json'] as const
const LANGS = ['nl', 'fr', 'en'] as const

/** `custos notice build`: the privacy notice from a register file (offline) or from an organisation's register. */
export function registerNoticeCommands(program: Command) {
  const notice = program.command('notice').description('Privacy notice generated from the register')
  notice
    .command('build [file]')
    .description(
      'Render the privacy notice from a register FILE (offline) or from --org; draft unless published',
    )
    .option('--org <slug>', 'use the register of this organisation instead of a file')
    .requiredOption('--lang <lang>', LANGS.join('|'))
    .option('--format <format>', FORMATS.join('|'), 'html')
    .option(
      '--portal-url <url>',
      'public portal address to link to (default with --org: CUSTOS_PUBLIC_URL/p/SLUG)',
    )
    .option('--out <file>', 'write to a file instead of stdout')
    .option(
      '--trace',
      'print every sentence with the register path it comes from (a debug view, not a notice)',
    )
    .option('--strict', 'exit 1 when the completeness check finds a required element missing')
    .option('--quiet', 'do not print the completeness check (stderr)')
    .option('--data-dir <dir>', 'embedded database folder (default ./data); ignored with DATABASE_URL')
    .action(async (file: string | undefined, options) => {
      oneOf(LANGS, options.lang, '--lang')
      oneOf(FORMATS, options.format, '--format')
      if (Boolean(file) === Boolean(options.org)) throw new UsageError(say().usage.fileOrOrg)
      let doc: RegisterDocument
      let portalUrl: string | undefined = options.portalUrl
      if (file) {
        let text: string
        try {
          text = readFileSync(file, 'utf8')
        } catch (error) {
          throw new Error(
            say().cannotRead(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message),
          )
        }
        const { parseRegisterText } = await import('../domain/register/parse')
        const parsed = parseRegisterText(text)
        if (!parsed.ok) {
          for (const line of await fileProblemLines(file, parsed.problems)) console.error(line)
          process.exitCode = 1
          return
        }
        doc = parsed.document
      } else {
        const { findOrganizationOrFail, loadRegister } = await import('../modules/register')
        const { portalUrlOf } = await import('../modules/notices')
        ;({ doc, portalUrl } = await withRuntime(configFrom(options), async ({ ctx }) => {
          const org = await findOrganizationOrFail(ctx, options.org)
          return { doc: await loadRegister(ctx, org), portalUrl: portalUrl ?? portalUrlOf(ctx, org) }
        }))
      }
      const { composeNotice } = await import('../domain/notice/compose-notice')
      const built = composeNotice(doc, {
        language: options.lang,
        ...(portalUrl ? { portalUrl } : {}),
        ...(options.trace ? { trace: true } : {}),
      })
      // Each format loads only its own renderer (pdfkit takes a while to load).
      const output = options.trace
        ? (await import('../domain/notice/render-trace')).renderNoticeTrace(built)
        : options.format === 'md'
          ? (await import('../domain/notice/render-markdown')).renderNoticeMarkdown(built)
          : options.format === 'json'
            ? `${JSON.stringify(built, null, 2)}\n`
            : options.format === 'pdf'
              ? await (await import('../domain/notice/render-pdf')).renderNoticePdf(built)
              : (await import('../domain/notice/render-html')).renderNoticeHtml(built, { standalone: true })
      if (options.out) writeFileSync(options.out, output)
      else process.stdout.write(output)
      const { checkNoticeCompleteness } = await import('../domain/notice/completeness')
      const completeness = checkNoticeCompleteness(doc, portalUrl ? { portalUrl } : {})
      if (!options.quiet) process.stderr.write(completenessText(completeness, options.lang))
      if (options.strict && completeness.some((i) => i.status === 'missing')) process.exitCode = 1
    })
}
