import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkRegister } from '../src/domain/register/checks'
import type { LocalizedText } from '../src/domain/register/localized'
import { parseRegisterText } from '../src/domain/register/parse'
import type { RegisterDocument } from '../src/domain/register/schema'

const ROOT = resolve(import.meta.dirname, '../..')

/** The example registers in examples/, each modelled on a real privacy policy (see examples/README.md). */
const EXAMPLES = [
  'examples/liberoo.register.yaml',
  'examples/the-invoice-managers.register.yaml',
  'examples/contactexpert.register.yaml',
]

function load(file: string): { text: string; doc: RegisterDocument } {
  const text = readFileSync(resolve(ROOT, file), 'utf8')
  const parsed = parseRegisterText(text)
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems, null, 2)}`)
  return { text, doc: parsed.document }
}

/** Texts that end up in the nl/fr/en notices: each must exist in all three languages. */
function noticeTexts(doc: RegisterDocument): [string, LocalizedText | undefined][] {
  return [
    ...doc.activities.flatMap((a, i): [string, LocalizedText | undefined][] => [
      [`activities.${i}.name`, a.name],
      [`activities.${i}.description`, a.description],
      ...a.purposes.flatMap((p, j): [string, LocalizedText | undefined][] => [
        [`activities.${i}.purposes.${j}.description`, p.description],
        [`activities.${i}.purposes.${j}.legitimateInterest.interest`, p.legitimateInterest?.interest],
        [`activities.${i}.purposes.${j}.consentWithdrawal`, p.consentWithdrawal],
      ]),
      ...a.dataCategories.map((d, j): [string, LocalizedText | undefined] => [
        `activities.${i}.dataCategories.${j}.sourceName`,
        d.sourceName,
      ]),
      ...a.transfers.map((t, j): [string, LocalizedText | undefined] => [
        `activities.${i}.transfers.${j}.safeguardDetails`,
        t.safeguardDetails,
      ]),
    ]),
    ...doc.retentionRules.map((r, i): [string, LocalizedText | undefined] => [
      `retentionRules.${i}.name`,
      r.name,
    ]),
    ...doc.measures.flatMap((m, i): [string, LocalizedText | undefined][] => [
      [`measures.${i}.name`, m.name],
      [`measures.${i}.description`, m.description],
    ]),
    ...(['dataCategories', 'subjectCategories', 'purposes', 'recipientTypes'] as const).flatMap((section) =>
      doc.taxonomy[section].map((e, i): [string, LocalizedText | undefined] => [
        `taxonomy.${section}.${i}.label`,
        e.label,
      ]),
    ),
  ]
}

describe.each(EXAMPLES)('example register %s', (file) => {
  it('is a valid register file that points editors to the JSON Schema', () => {
    const { text, doc } = load(file)
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../docs/register.schema.json')
    expect(doc.activities.length).toBeGreaterThan(0)
  })

  it('has no linter errors, and every warning is explained by a comment naming its rule id', () => {
    const { text, doc } = load(file)
    const findings = checkRegister(doc)
    const errors = findings.filter((f) => f.severity === 'error')
    expect(errors.map((f) => `${f.rule} at ${f.path}: ${f.message.en}`)).toEqual([])
    const unexplained = findings
      .filter((f) => f.severity === 'warning')
      .filter((f) => !text.split('\n').some((line) => line.includes('#') && line.includes(f.rule)))
    expect(unexplained.map((f) => `${f.rule} at ${f.path}: ${f.message.en}`)).toEqual([])
  })

  it('gives every notice text in nl, fr and en', () => {
    const { doc } = load(file)
    const incomplete = noticeTexts(doc)
      .filter(([, text]) => text !== undefined)
      .filter(([, text]) => typeof text === 'string' || !text?.nl || !text.fr || !text.en)
      .map(([path]) => path)
    expect(incomplete).toEqual([])
  })
})

describe('docs/register.schema.json', () => {
  it('is what scripts/generate-register-schema.mjs generates from the zod schema', () => {
    const res = spawnSync(process.execPath, ['scripts/generate-register-schema.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(res.status, `${res.stdout}${res.stderr}`).toBe(0)
  })
})
