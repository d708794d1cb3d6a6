import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { onPostgres, REPO_ROOT, SLOW, useCliWorkspace } from './support/cli'

const EXAMPLE = resolve(REPO_ROOT, 'examples/liberoo.register.yaml')

/** `custos dpia export|import` (decision 0099): the real command on its own database. */
describe(`custos dpia export|import on ${onPostgres ? 'PostgreSQL' : 'the embedded database'}`, () => {
  const workspace = useCliWorkspace('custos-dpia-cli')
  const { dir } = workspace
  const run = (args: string[]) => workspace.run(args)
  beforeAll(() => {
    expect(run(['org', 'create', '--slug', 'liberoo', '--name', 'Liberoo']).code).toBe(0)
    const imported = run(['register', 'import', EXAMPLE, '--org', 'liberoo'])
    expect(imported.code, imported.err).toBe(0)
  }, SLOW.timeout)

  const at = ['--org', 'liberoo', '--activity', 'invoicing']
  const fileOf = (dpoOpinion: string, status = 'validated') =>
    workspace.file(
      `${dpoOpinion.length}-${status}.json`,
      JSON.stringify({
        format: 'custos.dpia/v1',
        activityKey: 'payroll',
        version: 4,
        status,
        content: {
          dpoOpinion,
          plannedMeasures: [{ key: 'm9', title: 'Encrypt the invoice archive', priority: 'high' }],
        },
      }),
    )

  it('previews, then imports each file as a new draft version, and exports it back', SLOW, () => {
    const file = fileOf('Favourable.')
    const preview = run(['dpia', 'import', file, ...at, '--dry-run', '--lang', 'en'])
    expect(preview.code, preview.err).toBe(0)
    expect(preview.out).toBe(
      [
        'Preview: nothing was stored.',
        'The file would become version 1 of the DPIA of invoicing, as a draft.',
        'Exported from activity payroll, version 4 (Validated).',
        'The activity had no DPIA yet.',
        'The file says "Validated": that decision is not carried over; a person validates or refuses the draft in Custos.',
        'One planned measure becomes a new action of the action plan.',
        '',
      ].join('\n'),
    )
    expect(run(['dpia', 'export', ...at]).code).toBe(1)

    const first = run(['dpia', 'import', file, ...at, '--lang', 'en'])
    expect(first.code, first.err).toBe(0)
    expect(first.out).toContain('Imported as version 1 of the DPIA of invoicing, as a draft.')
    const second = run([
      'dpia',
      'import',
      fileOf('Favourable, with conditions.', 'draft'),
      ...at,
      '--lang',
      'nl',
    ])
    expect(second.code, second.err).toBe(0)
    expect(second.out).toContain('Geïmporteerd als versie 2 van de DPIA van invoicing, als ontwerp.')
    expect(second.out).toContain(
      'Versie 1 (ontwerp) blijft ongewijzigd in de geschiedenis; haar geplande maatregel verdwijnt uit de beoordeling en de actie ervan in het actieplan wordt afgesloten.',
    )

    const out = join(dir, 'v1.json')
    const exported = run(['dpia', 'export', ...at, '--version', '1', out])
    expect(exported.code, exported.err).toBe(0)
    const v1 = JSON.parse(readFileSync(out, 'utf8'))
    expect(v1).toMatchObject({
      format: 'custos.dpia/v1',
      activityKey: 'invoicing',
      version: 1,
      status: 'draft',
    })
    expect(v1.content.dpoOpinion).toBe('Favourable.')
    const newest = JSON.parse(run(['dpia', 'export', ...at]).out)
    expect(newest).toMatchObject({ version: 2, content: { dpoOpinion: 'Favourable, with conditions.' } })
  })

  it(
    'refuses a file that is not one, naming the field (exit 1), and text that is not JSON (exit 2)',
    SLOW,
    () => {
      const wrong = workspace.file(
        'wrong.json',
        JSON.stringify({
          format: 'custos.dpia/v1',
          activityKey: 'x',
          version: 1,
          status: 'draft',
          content: { risks: { disappearance: { initial: { severity: 7, likelihood: 1 } } } },
        }),
      )
      const refused = run(['dpia', 'import', wrong, ...at, '--lang', 'fr'])
      expect(refused.code).toBe(1)
      expect(refused.err).toContain('body.content.risks.disappearance.initial.severity')
      expect(refused.err).toContain('rien n’a été importé')
      const text = workspace.file('not.json', '{"format": "custos.dpia/v1",')
      const notJson = run(['dpia', 'import', text, ...at, '--lang', 'en'])
      expect(notJson.code).toBe(2)
      expect(notJson.err).toContain('is not a JSON file; nothing was imported')
      expect(run(['dpia', 'import', wrong, '--org', 'liberoo', '--activity', 'nope']).code).toBe(1)
      const still = JSON.parse(run(['dpia', 'export', ...at]).out)
      expect(still.version).toBe(2)
    },
  )
})
