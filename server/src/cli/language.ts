import type { CodeCatalogue, CodeTexts } from '../../../web/src/i18n/errors/word'
import type { CliMessages } from './messages/en'

/**
 * The language the CLI speaks (docs/decisions/0030): --lang, else CUSTOS_LANG, else the locale (LC_ALL,
 * LC_MESSAGES, LANG: nl_BE.UTF-8 -> nl, fr_BE -> fr), else English. Only the chosen language's texts are loaded.
 */
export type CliLanguage = 'nl' | 'fr' | 'en'

/** Written out (not imported from the register schema, which loads zod); the type keeps the list complete. */
export const CLI_LANGUAGES = Object.keys({ nl: true, fr: true, en: true } satisfies Record<
  CliLanguage,
  true
>) as CliLanguage[]

const isLanguage = (value: string | undefined): value is CliLanguage =>
  (CLI_LANGUAGES as readonly string[]).includes(value ?? '')

/** The language of a locale name (nl_BE.UTF-8, fr-BE, en), or undefined for C, POSIX or another language. */
export function languageOfLocale(locale: string | undefined): CliLanguage | undefined {
  const language = /^([a-z]{2})(?:[_\-.@]|$)/i.exec(locale ?? '')?.[1]?.toLowerCase()
  return isLanguage(language) ? language : undefined
}

/** The value of --lang in the arguments (`--lang fr` or `--lang=fr`), whatever the command. */
function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') return undefined
    if (arg === '--lang') return argv[i + 1]
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length)
  }
  return undefined
}

/**
 * The CLI's language for these arguments and this environment. An unknown --lang value is left to the command
 * to refuse (in the language the rest of the choice gives).
 */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): CliLanguage {
  const asked = langArgument(argv)
  if (isLanguage(asked)) return asked
  if (isLanguage(env.CUSTOS_LANG)) return env.CUSTOS_LANG
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG
  return languageOfLocale(locale) ?? 'en'
}

const MESSAGES: Record<CliLanguage, () => Promise<CliMessages>> = {
  nl: () => import('./messages/nl').then((m) => m.nl),
  fr: () => import('./messages/fr').then((m) => m.fr),
  en: () => import('./messages/en').then((m) => m.en),
}

/** The texts of the server's codes, shared with the web UI (web/src/i18n/errors). */
const CODES: Record<CliLanguage, () => Promise<CodeCatalogue>> = {
  nl: () =>
    Promise.all([
      import('../../../web/src/i18n/errors/nl'),
      import('../../../web/src/i18n/errors/requests-nl'),
    ]).then(([e, r]) => ({ ...e.errorsNl, requests: r.requestRefusalsNl })),
  fr: () =>
    Promise.all([
      import('../../../web/src/i18n/errors/fr'),
      import('../../../web/src/i18n/errors/requests-fr'),
    ]).then(([e, r]) => ({ ...e.errorsFr, requests: r.requestRefusalsFr })),
  en: () =>
    Promise.all([
      import('../../../web/src/i18n/errors/en'),
      import('../../../web/src/i18n/errors/requests-en'),
    ]).then(([e, r]) => ({ ...e.errorsEn, requests: r.requestRefusalsEn })),
}

let current: { language: CliLanguage; messages: CliMessages } | undefined

/** Chooses the language and loads its messages; main() calls it before the command runs. */
export async function useCliLanguage(language: CliLanguage): Promise<void> {
  current = { language, messages: await MESSAGES[language]() }
}

/** The language chosen for this run (English before main() chose one, e.g. in a test of one module). */
export function currentLanguage(): CliLanguage {
  return current?.language ?? 'en'
}

/** The CLI's own messages in the chosen language. */
export function say(): CliMessages {
  if (!current) throw new Error('useCliLanguage() was not called')
  return current.messages
}

/** The code texts in the chosen language, loaded the first time a refusal or a problem is worded. */
export async function codeTexts(): Promise<CodeTexts> {
  const [{ catalogueTexts }, catalogue] = await Promise.all([
    import('../../../web/src/i18n/errors/word'),
    CODES[currentLanguage()](),
  ])
  return catalogueTexts(catalogue)
}
