import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SLOW, spawnCli } from './support/cli'

/** Offline: no Custos setting nor database is inherited - the build needs none. */
const run = (args: string[]) => spawnCli(args, { inherit: 'offline' })

/** `custos notice build FILE` works offline from a register file, in every format. */
describe('custos notice build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-notice-'))

  it('renders Markdown, JSON and standalone HTML from a register file, in the language asked', SLOW, () => {
    const md = run([
      'notice',
      'build',
      'examples/contactexpert.register.yaml',
      '--lang',
      'fr',
      '--format',
      'md',
    ])
    expect(md.code, md.err).toBe(0)
    expect(md.out).toMatch(/^# Déclaration de confidentialité de ContactExpert/)
    const json = run([
      'notice',
      'build',
      'examples/contactexpert.register.yaml',
      '--lang',
      'en',
      '--format',
      'json',
    ])
    expect(JSON.parse(json.out)).toMatchObject({ language: 'en', organizationName: expect.any(String) })
    const html = run(['notice', 'build', 'examples/liberoo.register.yaml', '--lang', 'nl'])
    expect(html.out).toMatch(/<html lang="nl"/)
    expect(html.out).not.toMatch(/<script/i)
  })

  it('renders a PDF that pdftoppm turns into pages and pdftotext reads back', SLOW, () => {
    const pdf = join(dir, 'notice.pdf')
    const res = run([
      'notice',
      'build',
      'examples/the-invoice-managers.register.yaml',
      '--lang',
      'nl',
      '--format',
      'pdf',
      '--out',
      pdf,
    ])
    expect(res.code, res.err).toBe(0)
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF')
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, join(dir, 'page')])
    expect(statSync(join(dir, 'page-01.png')).size).toBeGreaterThan(5_000)
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Privacyverklaring')
    expect(text).toContain('Drukpersstraat 35')
    expect(text).toMatch(/p\. 1 \/ \d+/)
  })

  it(
    'prints the completeness check on stderr, and exits 1 with --strict when a required element is missing',
    SLOW,
    () => {
      const file = join(dir, 'half.register.yaml')
      writeFileSync(file, 'organization:\n  name: Half BV\n  website: https://www.half.be\n')
      const plain = run(['notice', 'build', file, '--lang', 'nl', '--format', 'md'])
      expect(plain.code, plain.err).toBe(0)
      expect(plain.out).toMatch(/^# Privacyverklaring van Half BV/)
      expect(plain.err).toMatch(/ontbreekt\s+art13\.1\.c\.purposes/)
      expect(plain.err).toMatch(/aanbevolen\s+eprivacy\.cookie-policy .*\(aan te vullen in notice\.cookies\)/)
      const trace = run(['notice', 'build', file, '--lang', 'en', '--trace', '--quiet'])
      expect(trace.err).toBe('')
      expect(trace.out).toMatch(/Half BV is the controller .*\n {4}<- organization\.name/)
      const strict = run(['notice', 'build', file, '--lang', 'en', '--format', 'md', '--strict'])
      expect(strict.code).toBe(1)
      expect(strict.err).toMatch(/missing\s+art13\.1\.a\.controller-identity/)
      const complete = run([
        'notice',
        'build',
        'examples/contactexpert.register.yaml',
        '--lang',
        'en',
        '--portal-url',
        'https://privacy.example.be/p/contactexpert',
        '--strict',
      ])
      expect(complete.code, complete.err).toBe(0)
    },
  )

  it('exits 2 on wrong usage and 1 on an invalid file', SLOW, () => {
    expect(run(['notice', 'build', 'examples/liberoo.register.yaml', '--lang', 'de']).code).toBe(2)
    expect(run(['notice', 'build', '--lang', 'nl']).code).toBe(2)
    expect(run(['notice', 'build', join(dir, 'missing.yaml'), '--lang', 'nl']).code).toBe(1)
  })
})
