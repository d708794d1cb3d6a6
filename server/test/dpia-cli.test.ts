import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmptyPostgresDatabase } from './support/database'

const BIN = resolve(import.meta.dirname, '../bin/custos.mjs')
const EXAMPLE = resolve(import.meta.dirname, '../../examples/liberoo.register.yaml')
const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/** `custos dpia export|import` (decision 0099): the real command on its own database. */
describe(`custos dpia export|import on ${onPostgres ? 'PostgreSQL' : 'the embedded database'}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-dpia-cli-'))
  let databaseUrl = ''
  let dropDatabase = async () => {}
  beforeAll(async () => {
    if (onPostgres) {
      const created = await createEmptyPostgresDatabase()
      databaseUrl = created.url
      dropDatabase = created.drop
    }
    expect(run(['org', 'create', '--slug', 'liberoo', '--name', 'Liberoo']).code).toBe(0)
    const imported = run(['register', 'import', EXAMPLE, '--org', 'liberoo'])
    expect(imported.code, imported.err).toBe(0)
  }, 180_000)
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await dropDatabase()
  })

  const run = (args: string[]) => {
    const res = spawnSync(process.execPath, [BIN, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CUSTOS_DATA_DIR: join(dir, 'data'),
        DATABASE_URL: databaseUrl,
        CUSTOS_LOG_LEVEL: 'silent',
      },
      timeout: 60_000,
    })
    return { code: res.status, out: res.stdout, err: res.stderr }
  }
  const at = ['--org', 'liberoo', '--activity', 'invoicing']
  const fileOf = (dpoOpinion: string, status = 'validated') => {
    const path = join(dir, `${dpoOpinion.length}-${status}.json`)
    writeFileSync(
      path,
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
    return path
  }

  it('previews, then imports each file as a new draft version, and exports it back', {
    timeout: 300_000,
  }, () => {
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

  it('refuses a file that is not one, naming the field (exit 1), and text that is not JSON (exit 2)', {
    timeout: 300_000,
  }, () => {
    const wrong = join(dir, 'wrong.json')
    writeFileSync(
      wrong,
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
    const text = join(dir, 'not.json')
    writeFileSync(text, '{"format": "custos.dpia/v1",')
    const notJson = run(['dpia', 'import', text, ...at, '--lang', 'en'])
    expect(notJson.code).toBe(2)
    expect(notJson.err).toContain('is not a JSON file; nothing was imported')
    expect(run(['dpia', 'import', wrong, '--org', 'liberoo', '--activity', 'nope']).code).toBe(1)
    const still = JSON.parse(run(['dpia', 'export', ...at]).out)
    expect(still.version).toBe(2)
  })
})
