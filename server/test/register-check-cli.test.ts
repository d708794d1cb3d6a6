import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { spawnCli } from './support/cli'
import { sampleRegister } from './support/register'

/** Without any Custos configuration or database: the check must work fully offline. */
function custos(args: string[]) {
  const res = spawnCli(args, { inherit: 'offline' })
  if (/unknown command/.test(res.err)) {
    throw new Error(
      `"custos ${args.slice(0, 2).join(' ')}" is not wired: registerCheckCommand(register) must be called from the CLI (${res.err.trim()})`,
    )
  }
  return res
}

describe('custos register check FILE (offline; exit 0 no errors, 1 errors or bad file, 2 usage)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-register-check-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }

  const good = file('good.yaml', stringify(sampleRegister()))
  const withError = (() => {
    const input = sampleRegister()
    const [activity] = input.activities ?? []
    if (activity) activity.purposes = [{ purpose: 'invoicing_accounting' }]
    return file('no-basis.json', JSON.stringify(input, null, 2))
  })()
  const brokenYaml = file(
    'broken.yaml',
    'organization:\n  name: Peeters\nactivities:\n  - key: a\n    name: [unclosed\n',
  )
  const badField = file(
    'bad-field.yaml',
    'organization:\n  name: Peeters\nactivities:\n  - key: Not A Key\n    name: x\n',
  )

  it('accepts the good register: exit 0 and a summary without errors', () => {
    const res = custos(['register', 'check', good])
    expect(res.code, res.err).toBe(0)
    expect(res.out).toContain('0 errors, 0 warnings')
  })

  it('reports a register error with its rule id and place: exit 1', () => {
    const res = custos(['register', 'check', withError])
    expect(res.code, res.err).toBe(1)
    expect(res.out).toMatch(
      /error\s+activity\.legal-basis-missing\s+activities\.0\.purposes\.0\.legalBasis\s+The purpose/,
    )
    expect(res.out).toContain('Fix: ')
    expect(res.out).toMatch(/1 error, 0 warnings\s*$/)
  })

  it('reports an invalid file with file, line and path: exit 1', () => {
    const yaml = custos(['register', 'check', brokenYaml])
    expect(yaml.code).toBe(1)
    expect(yaml.out).toMatch(/broken\.yaml:\d+: \(file\): Not valid YAML/)
    const schema = custos(['register', 'check', badField])
    expect(schema.code).toBe(1)
    expect(schema.out).toContain(`${badField}:4: activities.0.key: `)
  })

  it('speaks French with --lang fr', () => {
    const res = custos(['register', 'check', withError, '--lang', 'fr'])
    expect(res.code).toBe(1)
    expect(res.out).toContain("n'a pas de base juridique")
    expect(res.out).toContain('art. 6.1 RGPD')
  })

  it('prints JSON with --format json: findings and counts, or the problems of an invalid file', () => {
    const res = custos(['register', 'check', withError, '--format', 'json', '--lang', 'nl'])
    expect(res.code).toBe(1)
    const report = JSON.parse(res.out)
    expect(report).toMatchObject({ errors: 1, warnings: 0 })
    expect(report.findings[0]).toMatchObject({
      rule: 'activity.legal-basis-missing',
      severity: 'error',
      object: { type: 'activity', key: 'bookkeeping' },
      path: 'activities.0.purposes.0.legalBasis',
      message: expect.stringContaining('rechtsgrond'),
    })
    const problems = JSON.parse(custos(['register', 'check', badField, '--format', 'json']).out)
    expect(problems.problems[0]).toMatchObject({ path: 'activities.0.key', line: 4 })
  })

  it('exit 1 for an unreadable file, exit 2 for a wrong --lang or --format', () => {
    const missing = custos(['register', 'check', join(dir, 'missing.yaml')])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('cannot read')
    expect(custos(['register', 'check', good, '--lang', 'de']).code).toBe(2)
    expect(custos(['register', 'check', good, '--format', 'xml']).code).toBe(2)
    expect(custos(['register', 'check', '--help']).code).toBe(0)
  })
})
