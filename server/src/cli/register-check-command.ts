import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { Finding } from '../domain/register/checks'
import type { Language } from '../domain/register/localized'
import { CLI_LANGUAGES, currentLanguage, say } from './language'
import { UsageError } from './usage-error'
import { count, fileProblemLines, issueTexts } from './words'

const FORMATS = ['text', 'json'] as const
type Format = (typeof FORMATS)[number]

export function oneOf<T extends string>(values: readonly T[], value: string, option: string): T {
  if (!(values as readonly string[]).includes(value)) {
    throw new UsageError(say().usage.oneOf(option, values.join(', '), value))
  }
  return value as T
}

function countOf(findings: readonly Finding[]) {
  const errors = findings.filter((f) => f.severity === 'error').length
  return { errors, warnings: findings.length - errors }
}

/** One line per finding, errors first, a blank line between the groups, then the summary. */
function findingsText(findings: readonly Finding[], lang: Language): string {
  const m = say()
  const severityWidth = Math.max(...Object.values(m.severity).map((word) => word.length))
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length))
  const pathWidth = Math.max(0, ...findings.map((f) => f.path.length))
  const lines: string[] = []
  findings.forEach((f, i) => {
    if (i > 0 && findings[i - 1]?.severity !== f.severity) lines.push('')
    lines.push(
      `${m.severity[f.severity].padEnd(severityWidth)}  ${f.rule.padEnd(ruleWidth)}  ${f.path.padEnd(pathWidth)}  ${f.message[lang]} — ${m.fix}: ${f.fix[lang]}`,
    )
  })
  const { errors, warnings } = countOf(findings)
  if (lines.length > 0) lines.push('')
  lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')}`)
  return `${lines.join('\n')}\n`
}

/** `custos register check FILE`: validates a register file and runs the register linter, fully offline. */
export function registerCheckCommand(registerCommand: Command) {
  registerCommand
    .command('check <file>')
    .description(
      'Check a register file (YAML or JSON) offline: the file format, then the register rules (Art. 30 GDPR)',
    )
    .option('--lang <lang>', 'language of the messages: nl|fr|en (default: CUSTOS_LANG, else the locale)')
    .option('--format <format>', 'output: text|json', 'text')
    .addHelpText(
      'after',
      [
        '',
        'Needs no database and no configuration. Messages are in the language of --lang, else CUSTOS_LANG,',
        'else the locale (LC_ALL, LANG: nl_BE -> nl, fr_BE -> fr), else English; rule ids stay as they are.',
        '--format json prints {"problems": [...]} for an invalid file (code, params and the message in the',
        'language), else {"findings": [...], "errors": N, "warnings": M} with messages in the language.',
        'Exit codes: 0 no errors (warnings allowed), 1 errors or an invalid or unreadable file, 2 wrong usage.',
      ].join('\n'),
    )
    .action(async (file: string, options: { lang?: string; format: string }) => {
      const lang =
        options.lang === undefined ? currentLanguage() : oneOf(CLI_LANGUAGES, options.lang, '--lang')
      const format: Format = oneOf(FORMATS, options.format, '--format')
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
        console.error(`${say().error}: ${say().cannotRead(file, code)}`)
        process.exitCode = 1
        return
      }
      const { parseRegisterText } = await import('../domain/register/parse')
      const parsed = parseRegisterText(text)
      if (!parsed.ok) {
        if (format === 'json') {
          const sentences = await issueTexts(parsed.problems)
          const problems = parsed.problems.map((p, i) => ({ ...p, message: sentences[i] }))
          process.stdout.write(`${JSON.stringify({ problems }, null, 2)}\n`)
        } else {
          const lines = await fileProblemLines(file, parsed.problems)
          lines.push(say().register.invalidFile(count(parsed.problems.length, 'problem')))
          process.stdout.write(`${lines.join('\n')}\n`)
        }
        process.exitCode = 1
        return
      }
      const { checkRegister } = await import('../domain/register/checks')
      const findings = checkRegister(parsed.document)
      const { errors, warnings } = countOf(findings)
      if (format === 'json') {
        const localized = findings.map((f) => ({ ...f, message: f.message[lang], fix: f.fix[lang] }))
        process.stdout.write(`${JSON.stringify({ findings: localized, errors, warnings }, null, 2)}\n`)
      } else {
        process.stdout.write(findingsText(findings, lang))
      }
      if (errors > 0) process.exitCode = 1
    })
}
