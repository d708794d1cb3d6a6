import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import type { Finding } from '../domain/register/checks'
import type { Language } from '../domain/register/localized'
import type { RegisterProblem } from '../domain/register/parse'
import { counted as countedIn } from '../lib/plural'
import { UsageError } from './usage-error'

/** Here rather than imported from the register schema, which loads zod; the type keeps the list complete. */
const LANGUAGES = Object.keys({ nl: true, fr: true, en: true } satisfies Record<Language, true>) as Language[]
const FORMATS = ['text', 'json'] as const
type Format = (typeof FORMATS)[number]

const FIX_WORD: Readonly<Record<Language, string>> = { nl: 'Oplossing', fr: 'Correction', en: 'Fix' }

function oneOf<T extends string>(values: readonly T[], value: string, option: string): T {
  if (!(values as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${values.join(', ')} (got "${value}")`)
  }
  return value as T
}

function problemLine(file: string, problem: RegisterProblem): string {
  const line = problem.line === undefined ? '' : `:${problem.line}`
  return `${file}${line}: ${problem.path || '(file)'}: ${problem.message}`
}

function countOf(findings: readonly Finding[]) {
  const errors = findings.filter((f) => f.severity === 'error').length
  return { errors, warnings: findings.length - errors }
}

/** The severity words in the messages' language: one, many. */
const SEVERITY_WORDS: Readonly<Record<Language, Record<Finding['severity'], readonly [string, string]>>> = {
  nl: { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'] },
  fr: { error: ['erreur', 'erreurs'], warning: ['avertissement', 'avertissements'] },
  en: { error: ['error', 'errors'], warning: ['warning', 'warnings'] },
}

/** An English count ("1 problem", "2 problems"). */
function plural(count: number, word: string): string {
  return countedIn('en', count, { one: word, other: `${word}s` })
}

function counted(count: number, severity: Finding['severity'], lang: Language): string {
  const [one, many] = SEVERITY_WORDS[lang][severity]
  return countedIn(lang, count, { one, other: many })
}

/** One line per finding, errors first, a blank line between the groups, then the summary. */
function findingsText(findings: readonly Finding[], lang: Language): string {
  const severityWidth = Math.max(...Object.values(SEVERITY_WORDS[lang]).map(([one]) => one.length))
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length))
  const pathWidth = Math.max(0, ...findings.map((f) => f.path.length))
  const lines: string[] = []
  findings.forEach((f, i) => {
    if (i > 0 && findings[i - 1]?.severity !== f.severity) lines.push('')
    lines.push(
      `${SEVERITY_WORDS[lang][f.severity][0].padEnd(severityWidth)}  ${f.rule.padEnd(ruleWidth)}  ${f.path.padEnd(pathWidth)}  ${f.message[lang]} — ${FIX_WORD[lang]}: ${f.fix[lang]}`,
    )
  })
  const { errors, warnings } = countOf(findings)
  if (lines.length > 0) lines.push('')
  lines.push(`${counted(errors, 'error', lang)}, ${counted(warnings, 'warning', lang)}`)
  return `${lines.join('\n')}\n`
}

/** `custos register check FILE`: validates a register file and runs the register linter, fully offline. */
export function registerCheckCommand(registerCommand: Command) {
  registerCommand
    .command('check <file>')
    .description(
      'Check a register file (YAML or JSON) offline: the file format, then the register rules (Art. 30 GDPR)',
    )
    .option('--lang <lang>', 'language of the messages: nl|fr|en', 'en')
    .option('--format <format>', 'output: text|json', 'text')
    .addHelpText(
      'after',
      [
        '',
        'Needs no database and no configuration. Messages are in English unless --lang is given,',
        'so CI logs read the same everywhere; rule ids and the summary line are always in English.',
        '--format json prints {"problems": [...]} for an invalid file, else',
        '{"findings": [...], "errors": N, "warnings": M} with messages in the --lang language.',
        'Exit codes: 0 no errors (warnings allowed), 1 errors or an invalid or unreadable file, 2 wrong usage.',
      ].join('\n'),
    )
    .action(async (file: string, options: { lang: string; format: string }) => {
      const lang = oneOf(LANGUAGES, options.lang, '--lang')
      const format: Format = oneOf(FORMATS, options.format, '--format')
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
        console.error(`error: cannot read ${file}: ${code}`)
        process.exitCode = 1
        return
      }
      const { parseRegisterText } = await import('../domain/register/parse')
      const parsed = parseRegisterText(text)
      if (!parsed.ok) {
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify({ problems: parsed.problems }, null, 2)}\n`)
        } else {
          const lines = parsed.problems.map((p) => problemLine(file, p))
          lines.push(`${plural(parsed.problems.length, 'problem')}: not a valid register file.`)
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
