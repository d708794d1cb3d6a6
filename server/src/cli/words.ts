import type { ErrorParams, FieldIssue } from '../domain/errors'
import { counted } from '../lib/plural'
import { codeTexts, currentLanguage, say } from './language'

type Counted = keyof ReturnType<typeof say>['words']

/** "3 problemen", "1 erreur": a count with its word in the CLI's language. */
export function count(n: number, word: Counted): string {
  return counted(currentLanguage(), n, say().words[word])
}

/** A field error or a file problem: where, its stable code and params, and the server's English message. */
export interface CodedIssue {
  path: string
  line?: number
  code: FieldIssue['code']
  params?: ErrorParams
  message?: string
}

/**
 * The sentence for each issue in the CLI's language: in Dutch and French from the code texts shared with the web
 * UI; in English the server's own message where it has one, which names more (the refused value, the options).
 */
export async function issueTexts(issues: readonly CodedIssue[]): Promise<string[]> {
  if (issues.length === 0) return []
  const english = currentLanguage() === 'en'
  if (english && issues.every((issue) => issue.message)) return issues.map((issue) => issue.message as string)
  const texts = await codeTexts()
  const { wordField } = await import('../../../web/src/i18n/errors/word')
  return issues.map((issue) => (english && issue.message) || wordField(texts, issue))
}

/** file:line: path: sentence, one per problem of a file. */
export async function fileProblemLines(
  file: string,
  problems: readonly CodedIssue[],
  strip: (path: string) => string = (path) => path,
): Promise<string[]> {
  const sentences = await issueTexts(problems)
  return problems.map((p, i) => {
    const where = p.line === undefined ? file : `${file}:${p.line}`
    return `${where}: ${strip(p.path) || say().wholeFile}: ${sentences[i]}`
  })
}

/** A refusal (a domain error or a problem) as one line: its sentence, then each field with its own. */
export async function refusalText(refusal: {
  code: string
  params?: ErrorParams | undefined
  fields: readonly CodedIssue[]
  message: string
}): Promise<string> {
  const sentence =
    currentLanguage() === 'en'
      ? refusal.message
      : ((await import('../../../web/src/i18n/errors/word')).wordProblem(await codeTexts(), refusal) ??
        refusal.message)
  const fields = await issueTexts(refusal.fields)
  return `${sentence}${refusal.fields.map((f, i) => ` (${f.path}: ${fields[i]})`).join('')}`
}
