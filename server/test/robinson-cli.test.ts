import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { onPostgres, SLOW, useCliWorkspace } from './support/cli'

/** `custos robinson import`: the Robinson Mail list from a file, then used by `custos suppression check` by post. */
describe(`custos robinson import (${onPostgres ? 'PostgreSQL' : 'embedded database'})`, () => {
  // No language setting of the machine's own (spawnCli): English unless a run says --lang.
  const workspace = useCliWorkspace('custos-robinson-cli')
  const { dir, file } = workspace
  const run = (args: string[]) => workspace.run(args)

  /** Four people of the list, one of them twice, and a line without a name. */
  const list = [
    'voornaam;naam;straat;huisnummer;postcode;gemeente',
    'Jan;Peeters;Kerkstraat;7;9000;Gent',
    'An;Claes;Veldstraat;12;9000;Gent',
    'Marie;Dubois;Rue Haute;3;1000;Bruxelles',
    'Jan;Peeters;Kerkstraat;7;9000;Gent',
    ';;Kerkstraat;1;9000;Gent',
    'Luc;Wouters;Stationsstraat;1;2800;Mechelen',
    '',
  ].join('\r\n')

  /** The organisation and its list of 2026-12-01, in use by both tests below. */
  let imported = { code: null as number | null, out: '', err: '' }
  beforeAll(() => {
    const created = run(['org', 'create', '--slug', 'folders', '--name', 'Folders NV'])
    expect(created.code, created.err).toBe(0)
    imported = run([
      'robinson',
      'import',
      file('robinson_2026-12-01.csv', list),
      '--org',
      'folders',
      '--lang',
      'en',
    ])
  }, SLOW.timeout)

  it(
    'imports the list into an organisation, says what it counted, and a post campaign is checked against it',
    SLOW,
    () => {
      expect(imported.code, imported.err).toBe(0)
      expect(imported.out).toContain(
        'Robinson Mail list of 2026-12-01 imported into folders: 4 people (name and address, kept as keyed hashes).',
      )
      expect(imported.out).toContain('  6 lines, 1 repeated person, 1 line not readable')
      const sha256 = createHash('sha256').update(list).digest('hex')
      expect(imported.out).toContain(`  SHA-256 of the file (proof of consultation): ${sha256}`)
      expect(imported.out).toMatch(/^ {2}line 6: \S/m)
      // Neither a name nor an address leaves the command: only counts and the file's hash.
      expect(`${imported.out}${imported.err}`).not.toMatch(/Peeters|Kerkstraat|Dubois/)

      const campaign = file(
        'campaign.csv',
        [
          'naam;voornaam;adres;huisnummer;postcode;gemeente',
          'Peeters;Jan;Kerkstraat;7;9000;Gent',
          'Janssens;Piet;Kerkstraat;9;9000;Gent',
          'Dubois;Marie;Rue Haute;3;1000;Bruxelles',
        ].join('\r\n'),
      )
      const out = join(dir, 'checked.csv')
      const checked = run([
        'suppression',
        'check',
        campaign,
        '--org',
        'folders',
        '--channel',
        'post',
        '--out',
        out,
      ])
      expect(checked.code, checked.err).toBe(0)
      const lines = readFileSync(out, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
      expect(lines.slice(1).map((l) => l.split(',').slice(6, 8).join(' '))).toEqual([
        'not_allowed robinson_listed',
        'allowed no_reason_found',
        'not_allowed robinson_listed',
      ])
      expect(checked.err).toContain('3 lines checked, 1 allowed')
    },
  )

  it(
    'in Dutch; a list dated in the future is refused naming --file-date and the list in use stays',
    SLOW,
    () => {
      // Another list than the one in use: Els Claes on it, An Claes not. Had it replaced the list in use, the
      // check below would answer the other way round for both.
      const other = [
        'voornaam;naam;straat;huisnummer;postcode;gemeente',
        'Els;Claes;Veldstraat;14;9000;Gent',
        'Jan;Peeters;Kerkstraat;7;9000;Gent',
        '',
      ].join('\r\n')
      const path = file('robinson.csv', other)
      const future = run([
        'robinson',
        'import',
        path,
        '--org',
        'folders',
        '--file-date',
        '2099-01-01',
        '--lang',
        'nl',
      ])
      expect(future.code).toBe(1)
      expect(future.out).toBe('')
      expect(future.err).toMatch(/^fout: .*\(--file-date: \S/)
      expect(future.err.replace('--file-date', '')).not.toMatch(/\b(the|imported|file|date)\b/i)

      const unknownOrg = run(['robinson', 'import', path, '--org', 'nobody', '--lang', 'nl'])
      expect(unknownOrg.code).toBe(1)
      expect(unknownOrg.out).toBe('')

      const noOrg = run(['robinson', 'import', path])
      expect(noOrg.code).toBe(2)

      // The refused file changed nothing: the list of 2026-12-01 (An Claes, not Els) still answers.
      const campaign = file(
        'two.csv',
        'naam;voornaam;adres;huisnummer;postcode;gemeente\nClaes;An;Veldstraat;12;9000;Gent\nClaes;Els;Veldstraat;14;9000;Gent\n',
      )
      const out = join(dir, 'two-checked.csv')
      const checked = run([
        'suppression',
        'check',
        campaign,
        '--org',
        'folders',
        '--channel',
        'post',
        '--out',
        out,
        '--lang',
        'nl',
      ])
      expect(checked.code, checked.err).toBe(0)
      const verdicts = readFileSync(out, 'utf8').trim().split('\r\n').slice(1)
      expect(verdicts.map((l) => l.split(',').slice(6, 8).join(' '))).toEqual([
        'not_allowed robinson_listed',
        'allowed no_reason_found',
      ])
      expect(checked.err).toContain('2 regels gecontroleerd, 1 toegestaan')
    },
  )
})
