import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const BIN = resolve(ROOT, 'server/bin/custos.mjs')
const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CUSTOS_LOG_LEVEL: 'silent' },
  })

/** `custos notice build FILE` works offline from a register file, in every format. */
describe('custos notice build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-notice-'))

  it('renders Markdown, JSON and standalone HTML from a register file, in the language asked', () => {
    const md = run([
      'notice',
      'build',
      'examples/contactexpert.register.yaml',
      '--lang',
      'fr',
      '--format',
      'md',
    ])
    expect(md.status, md.stderr).toBe(0)
    expect(md.stdout).toMatch(/^# Déclaration de confidentialité de ContactExpert/)
    const json = run([
      'notice',
      'build',
      'examples/contactexpert.register.yaml',
      '--lang',
      'en',
      '--format',
      'json',
    ])
    expect(JSON.parse(json.stdout)).toMatchObject({ language: 'en', organizationName: expect.any(String) })
    const html = run(['notice', 'build', 'examples/liberoo.register.yaml', '--lang', 'nl'])
    expect(html.stdout).toMatch(/<html lang="nl"/)
    expect(html.stdout).not.toMatch(/<script/i)
  })

  it('renders a PDF that pdftoppm turns into pages and pdftotext reads back', () => {
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
    expect(res.status, res.stderr).toBe(0)
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF')
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, join(dir, 'page')])
    expect(statSync(join(dir, 'page-01.png')).size).toBeGreaterThan(5_000)
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('Privacyverklaring')
    expect(text).toContain('Drukpersstraat 35')
    expect(text).toMatch(/p\. 1 \/ \d+/)
  })

  it('prints the completeness check on stderr, and exits 1 with --strict when a required element is missing', () => {
    const file = join(dir, 'half.register.yaml')
    writeFileSync(file, 'organization:\n  name: Half BV\n  website: https://www.half.be\n')
    const plain = run(['notice', 'build', file, '--lang', 'nl', '--format', 'md'])
    expect(plain.status, plain.stderr).toBe(0)
    expect(plain.stdout).toMatch(/^# Privacyverklaring van Half BV/)
    expect(plain.stderr).toMatch(/ontbreekt\s+art13\.1\.c\.purposes/)
    expect(plain.stderr).toMatch(
      /aanbevolen\s+eprivacy\.cookie-policy .*\(aan te vullen in notice\.cookies\)/,
    )
    const trace = run(['notice', 'build', file, '--lang', 'en', '--trace', '--quiet'])
    expect(trace.stderr).toBe('')
    expect(trace.stdout).toMatch(/Half BV is the controller .*\n {4}<- organization\.name/)
    const strict = run(['notice', 'build', file, '--lang', 'en', '--format', 'md', '--strict'])
    expect(strict.status).toBe(1)
    expect(strict.stderr).toMatch(/missing\s+art13\.1\.a\.controller-identity/)
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
    expect(complete.status, complete.stderr).toBe(0)
  })

  it('exits 2 on wrong usage and 1 on an invalid file', () => {
    expect(run(['notice', 'build', 'examples/liberoo.register.yaml', '--lang', 'de']).status).toBe(2)
    expect(run(['notice', 'build', '--lang', 'nl']).status).toBe(2)
    expect(run(['notice', 'build', join(dir, 'missing.yaml'), '--lang', 'nl']).status).toBe(1)
  })
})
