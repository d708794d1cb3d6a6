import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { exportTestRegister } from '../../../../test/fixtures/register-export'
import type { Language } from '../localized'
import { registerToPdf } from './pdf'

const NOW = new Date('2024-03-15T10:00:00Z')

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const dir = mkdtempSync(join(tmpdir(), 'custos-register-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function pdfText(language: Language): Promise<string> {
  const file = join(dir, `register-${language}.pdf`)
  writeFileSync(file, await registerToPdf(exportTestRegister(), language, { now: NOW }))
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

describe('registerToPdf', () => {
  it('is a PDF with several pages for a register with several activities', async () => {
    const pdf = await registerToPdf(exportTestRegister(), 'nl', { now: NOW })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []
    expect(pages.length).toBeGreaterThan(1)
  })

  it.skipIf(!hasPdftotext())('shows the organisation, the activities and the French headings', async () => {
    const text = await pdfText('fr')
    expect(text).toContain('Registre des activités de traitement')
    expect(text).toContain('Boekhouding Peeters')
    expect(text).toContain('Comptabilité des clients')
    expect(text).toContain('Activités de traitement en tant que sous-traitant')
    expect(text).toContain('Obligation légale (art. 6.1.c RGPD)')
    expect(text).toContain('7 ans après la date de la facture')
    expect(text).toContain('Établi le : 15/03/2024')
    expect(text).toMatch(/p\. 1 \/ \d+/)
  })

  it.skipIf(!hasPdftotext())('numbers the pages "p. X / Y" and keeps Dutch accents', async () => {
    const text = await pdfText('nl')
    const total = text.match(/p\. 1 \/ (\d+)/)?.[1]
    expect(Number(total)).toBeGreaterThan(1)
    expect(text).toContain(`p. ${total} / ${total}`)
    expect(text).toContain('Register van verwerkingsactiviteiten')
    expect(text).toContain('Categorieën van betrokkenen *')
    expect(text).toContain('Beëindigd')
  })
})
