import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { onPostgres, REPO_ROOT, SLOW, useCliWorkspace } from './support/cli'
import { sampleRegister } from './support/register'

const EXAMPLE = 'examples/datasets/chinook-postgres.dataset.yaml'
const SOURCE = readFileSync(resolve(REPO_ROOT, EXAMPLE), 'utf8')

/** `custos dataset check|import|export|list` as a child process, on its own database. */
describe(`custos dataset on ${onPostgres ? 'PostgreSQL' : 'the embedded database'}`, () => {
  const workspace = useCliWorkspace('custos-dataset')
  const { dir, file } = workspace
  const run = (args: string[]) => workspace.run(args)
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

  it('checks a file offline: valid, or every problem as file:line: path: message with exit 1', SLOW, () => {
    const ok = run(['dataset', 'check', EXAMPLE])
    expect(ok.code, ok.err).toBe(0)
    expect(ok.out).toContain(
      'valid dataset "chinook-postgres" for system chinook_db (postgres, 3 collections, 27 fields)',
    )

    const badText = SOURCE.replace('strategy: hash, maxLength: 32', 'strategy: shred')
    const bad = file('bad.yaml', badText)
    const res = run(['dataset', 'check', bad])
    expect(res.code).toBe(1)
    expect(res.out).toContain(
      `${bad}:${lineOf(badText, 'shred')}: collections.0.fields.11.erasure.strategy: Invalid discriminator value`,
    )
    expect(res.out).toContain('1 problem: not a valid dataset file.')
    expect(run(['dataset', 'check', join(dir, 'missing.yaml')]).code).toBe(1)
    expect(run(['dataset', 'check']).code).toBe(2)
  })

  it('checks a file against the register of an organisation', SLOW, () => {
    expect(run(['org', 'create', '--slug', 'chinook', '--name', 'Platenwinkel Chinook']).code).toBe(0)
    const register = sampleRegister('Platenwinkel Chinook')
    const registerFile = file(
      'register.yaml',
      stringify({
        ...register,
        systems: [...(register.systems ?? []), { key: 'chinook_db', name: 'Chinook', type: 'own_database' }],
      }),
    )
    const imported = run(['register', 'import', registerFile, '--org', 'chinook'])
    expect(imported.code, imported.err).toBe(0)

    const noRule = run(['dataset', 'check', EXAMPLE, '--org', 'chinook'])
    expect(noRule.code).toBe(1)
    expect(noRule.out).toContain(
      `${EXAMPLE}:${lineOf(SOURCE, 'rule: accounting_records')}: collections.1.hold.rule: error: The register has no retention rule "accounting_records"`,
    )
    expect(noRule.out).toContain('1 error, 1 warning against the register of chinook.')

    const withRule = file(
      'register-2.yaml',
      stringify({
        ...register,
        systems: [...(register.systems ?? []), { key: 'chinook_db', name: 'Chinook', type: 'own_database' }],
        retentionRules: [
          ...(register.retentionRules ?? []),
          {
            key: 'accounting_records',
            name: { nl: 'Boekhouding', fr: 'Comptabilité', en: 'Accounting records' },
            duration: { years: 7 },
            trigger: 'invoice_date',
          },
        ],
      }),
    )
    expect(run(['register', 'import', withRule, '--org', 'chinook']).code).toBe(0)
    const ok = run(['dataset', 'check', EXAMPLE, '--org', 'chinook'])
    expect(ok.code, ok.out).toBe(0)
    expect(ok.out).toContain('0 errors, 1 warning against the register of chinook.')
    expect(run(['dataset', 'check', EXAMPLE, '--org', 'nobody']).code).toBe(1)
  })

  it(
    'imports a file (versions per change), refuses an invalid one and exports it back byte for byte',
    SLOW,
    () => {
      const created = run(['dataset', 'import', EXAMPLE, '--org', 'chinook'])
      expect(created.code, created.err).toBe(0)
      expect(created.out).toContain('Created dataset chinook-postgres in chinook (version 1).')
      expect(run(['dataset', 'import', EXAMPLE, '--org', 'chinook']).out).toContain(
        'is unchanged (version 1)',
      )
      const editedText = SOURCE.replace('# the primary key', '# the primary key, edited')
      const edited = run(['dataset', 'import', file('edited.yaml', editedText), '--org', 'chinook'])
      expect(edited.out).toContain('Updated dataset chinook-postgres in chinook (version 2).')

      const unknownText = editedText.replace('system: chinook_db', 'system: crm')
      const unknown = file('unknown.yaml', unknownText)
      const refused = run(['dataset', 'import', unknown, '--org', 'chinook'])
      expect(refused.code).toBe(1)
      expect(refused.err).toContain(
        `${unknown}:${lineOf(unknownText, 'system: crm')}: system: The register has no system "crm"`,
      )
      const invalid = run(['dataset', 'import', file('bad.yaml', 'key: x\n'), '--org', 'chinook'])
      expect(invalid.code).toBe(1)
      expect(run(['dataset', 'import', EXAMPLE]).code).toBe(2)

      const out = join(dir, 'exported.yaml')
      const exported = run([
        'dataset',
        'export',
        '--org',
        'chinook',
        '--key',
        'chinook-postgres',
        '--out',
        out,
      ])
      expect(exported.code, exported.err).toBe(0)
      expect(readFileSync(out, 'utf8')).toBe(editedText)
      expect(run(['dataset', 'export', '--org', 'chinook', '--key', 'nothing']).code).toBe(1)
    },
  )

  it('lists the datasets of an organisation', SLOW, () => {
    const list = run(['dataset', 'list', '--org', 'chinook'])
    expect(list.code, list.err).toBe(0)
    const [header, row] = list.out.trim().split('\n')
    expect(header).toMatch(/^KEY\s+SYSTEM\s+CONNECTOR\s+VERSION/)
    expect(row?.split(/\s{2,}/)).toEqual([
      'chinook-postgres',
      'chinook_db',
      'postgres',
      '2',
      '3',
      '17',
      'not configured',
      // The customer table names no retention rule (issue 16): one warning.
      '1 finding',
    ])
  })
})
