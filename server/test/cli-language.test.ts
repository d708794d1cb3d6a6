import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { onPostgres, REPO_ROOT, SLOW, useCliWorkspace } from './support/cli'
import { sampleRegister } from './support/register'

/** Words of English sentences that never occur in the Dutch or French output (file paths removed first). */
const ENGLISH = /\b(the|not|nothing|invalid|must|valid|file|problems?|errors?|warnings?|does|register has)\b/i

/** The CLI speaks the user's language: --lang, else CUSTOS_LANG, else the locale; codes worded as in the web UI. */
describe(`custos in Dutch and French (${onPostgres ? 'PostgreSQL' : 'embedded database'})`, () => {
  // The machine's own language settings are not inherited (spawnCli): each run has only those the test gives.
  const workspace = useCliWorkspace('custos-cli-lang')
  const { file } = workspace
  const run = (args: string[], env: Record<string, string> = {}) => workspace.run(args, { env })

  const badKey = file(
    'bad-key.yaml',
    'organization:\n  name: Peeters\nactivities:\n  - key: Not A Key\n    name: x\n',
  )

  it('register check with a schema error, in Dutch (--lang nl) and in French (locale fr_BE)', SLOW, () => {
    const nl = run(['register', 'check', badKey, '--lang', 'nl'])
    expect(nl.code).toBe(1)
    expect(nl.out).toContain(`${badKey}:4: activities.0.key: Niet in de verwachte vorm.`)
    expect(nl.out).toContain('1 probleem: geen geldig registerbestand.')
    expect(nl.all).not.toMatch(ENGLISH)

    const fr = run(['register', 'check', badKey], { LANG: 'fr_BE.UTF-8' })
    expect(fr.code).toBe(1)
    expect(fr.out).toContain(`${badKey}:4: activities.0.key: Pas dans la forme attendue.`)
    expect(fr.out).toContain('1 problème : ce n’est pas un fichier de registre valide.')
    expect(fr.all).not.toMatch(ENGLISH)

    const json = JSON.parse(run(['register', 'check', badKey, '--format', 'json'], { CUSTOS_LANG: 'nl' }).out)
    expect(json.problems[0]).toMatchObject({
      path: 'activities.0.key',
      line: 4,
      code: 'invalid_format',
      message: 'Niet in de verwachte vorm.',
    })
  })

  it('register findings and their summary follow the locale (nl_BE) without --lang', SLOW, () => {
    const input = sampleRegister()
    const [activity] = input.activities ?? []
    if (activity) activity.purposes = [{ purpose: 'invoicing_accounting' }]
    const res = run(['register', 'check', file('no-basis.yaml', stringify(input))], { LANG: 'nl_BE.UTF-8' })
    expect(res.code).toBe(1)
    expect(res.out).toMatch(
      /^fout\s+activity\.legal-basis-missing\s+activities\.0\.purposes\.0\.legalBasis\s+/m,
    )
    expect(res.out).toContain('Oplossing: ')
    expect(res.out).toMatch(/1 fout, 0 waarschuwingen\s*$/)
  })

  it('a refused command line (field errors of a new organisation) in Dutch and French, exit 2', SLOW, () => {
    const args = ['org', 'create', '--slug', 'Bad Slug', '--name', 'Peeters']
    const nl = run([...args, '--lang', 'nl'])
    expect(nl.code).toBe(2)
    expect(nl.err).toMatch(/^fout: --slug: \S/)
    expect(nl.all).not.toMatch(ENGLISH)
    const fr = run(args, { CUSTOS_LANG: 'fr' })
    expect(fr.code).toBe(2)
    expect(fr.err).toMatch(/^erreur: --slug: \S/)
    expect(fr.all).not.toMatch(ENGLISH)
  })

  it('a dataset the register refuses: the refusal and its fields in Dutch and French, exit 1', SLOW, () => {
    const created = run(['org', 'create', '--slug', 'peeters', '--name', 'Peeters'], { CUSTOS_LANG: 'fr' })
    expect(created.code, created.err).toBe(0)
    expect(created.out).toContain('Organisation peeters (Peeters) créée.')
    const source = readFileSync(resolve(REPO_ROOT, 'examples/datasets/chinook-postgres.dataset.yaml'), 'utf8')
    const unknown = file('unknown-system.yaml', source.replace(/^system: .*$/m, 'system: crm'))
    const line = source.split('\n').findIndex((l) => l.startsWith('system: ')) + 1

    const nl = run(['dataset', 'import', unknown, '--org', 'peeters', '--lang', 'nl'])
    expect(nl.code).toBe(1)
    expect(nl.err).toContain(`${unknown}:${line}: system: Verwijst naar iets wat het register niet heeft.`)
    // The refusal's own code (dataset_register_mismatch once the service names it, invalid_input until then)
    expect(nl.err).toMatch(/^(De dataset past niet bij het register|Sommige velden zijn niet geldig)/m)
    expect(nl.all).not.toMatch(ENGLISH)

    const fr = run(['dataset', 'check', unknown, '--org', 'peeters'], { LC_ALL: 'fr_BE.UTF-8' })
    expect(fr.code).toBe(1)
    expect(fr.out).toContain(`${unknown}:${line}: system: erreur: Le registre n’a pas de système « crm »`)
    expect(fr.out).toContain('par rapport au registre de peeters.')
    expect(fr.all).not.toMatch(ENGLISH)
  })
})
