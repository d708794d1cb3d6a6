import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleRegister } from '../server/test/support/register'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const SHOTS = process.env.CUSTOS_SCREENSHOTS ?? '/tmp'

/**
 * Import of a DPIA exported from Custos on the DPIA page of an activity, in a real browser against the real server
 * (decision 0099): a file that is not one is refused naming the field, the preview says which version it becomes
 * and that the draft before it stays, the confirmation stores a new draft version - never over the existing one.
 * Also: the export links sit in a row without list bullets over their text.
 */
describe('DPIA: import of a Custos DPIA file in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let slug = ''
  const dir = mkdtempSync(join(tmpdir(), 'custos-dpia-file-ui-'))

  /** A call to the API from the signed-in page. */
  const apiCall = (method: string, path: string, body?: unknown) =>
    page.evaluate(
      async ([method, path, body]) => {
        const me = await (await fetch('/api/v1/me')).json()
        const response = await fetch(path as string, {
          method: method as string,
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        })
        return { status: response.status, text: await response.text() }
      },
      [method, path, body] as const,
    )

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } })
    watchPage(page)
    await signInAsDemoOwner(page, custos)
    slug = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()).memberships[0].slug)
    const base = `/api/v1/orgs/${slug}`
    const imported = await apiCall('POST', `${base}/register/import?mode=merge`, sampleRegister('Janssens'))
    expect(imported.status, imported.text).toBe(200)
    const saved = await apiCall('PUT', `${base}/dpia/assessments/bookkeeping`, {
      dpoOpinion: 'Advies geschreven in Custos.',
      plannedMeasures: [{ title: 'Het grootboek na afsluiting vergrendelen', priority: 'high' }],
    })
    expect(saved.status, saved.text).toBe(200)
  })
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await browser?.close()
    await custos?.stop()
  })

  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  it('shows the export links in a row without bullets over their text', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/dpia/bookkeeping`)
    const links = page.locator('.export-links')
    await links.waitFor()
    const markers = await links
      .locator('li')
      .evaluateAll((items) => items.map((li) => getComputedStyle(li).listStyleType))
    expect(markers).toEqual(['none', 'none', 'none', 'none'])
    await links.screenshot({ path: `${SHOTS}/dpia-export-links.png` })
  })

  it('refuses a file that is not a Custos DPIA, naming the field, and stores nothing', async () => {
    const section = page.getByTestId('dpia-import')
    const other = join(dir, 'other.json')
    writeFileSync(other, JSON.stringify({ pia: { name: 'Centre d’appels' } }))
    await section.getByLabel('JSON-bestand geëxporteerd uit Custos').setInputFiles(other)
    await section.getByRole('button', { name: 'Tonen wat wordt geïmporteerd' }).click()
    const problems = section.getByTestId('dpia-import-problems')
    await problems.waitFor()
    expect(await problems.textContent()).toContain('format')
    expect(await section.getByTestId('dpia-import-preview-result').count()).toBe(0)
    expect(await page.getByTestId('assessment-status').textContent()).toBe('Versie 1: Ontwerp')
  })

  it('previews the file as version 2, then stores it as a new draft; version 1 stays as it was', async () => {
    const exported = await apiCall('GET', `/api/v1/orgs/${slug}/dpia/assessments/bookkeeping/export`)
    const file = JSON.parse(exported.text)
    file.status = 'validated'
    file.content.dpoOpinion = 'Gunstig advies uit het bestand.'
    const path = join(dir, 'dpia-bookkeeping-v1.json')
    writeFileSync(path, JSON.stringify(file))

    const section = page.getByTestId('dpia-import')
    await section.getByLabel('JSON-bestand geëxporteerd uit Custos').setInputFiles(path)
    await section.getByRole('button', { name: 'Tonen wat wordt geïmporteerd' }).click()
    const preview = section.getByTestId('dpia-import-preview-result')
    await preview.waitFor()
    expect(await preview.getByRole('heading', { level: 3 }).textContent()).toBe(
      'Wat de import opslaat als versie 2 (ontwerp)',
    )
    expect(await section.getByTestId('dpia-import-from').textContent()).toBe(
      'Geëxporteerd uit de verwerking “bookkeeping”, versie 1 (gevalideerd).',
    )
    expect(await preview.textContent()).toContain(
      'Versie 1 (Ontwerp) blijft ongewijzigd in de geschiedenis. Haar 1 geplande maatregel verdwijnt uit de beoordeling: de actie ervan in het actieplan wordt afgesloten, ook als dezelfde maatregel in het bestand staat (die wordt als nieuwe actie geopend).',
    )
    expect(await section.getByTestId('dpia-import-decision').textContent()).toContain(
      'Volgens het bestand was deze versie “gevalideerd”. Die beslissing wordt niet overgenomen',
    )
    expect(await section.getByTestId('dpia-import-fields').textContent()).toContain(
      'Gunstig advies uit het bestand.',
    )
    await noSeriousViolations('Custos DPIA import preview')
    await preview.screenshot({ path: `${SHOTS}/dpia-file-import-preview.png` })

    await section.getByRole('button', { name: 'Importeren als versie 2' }).click()
    await page.getByText('Geïmporteerd als versie 2 (ontwerp). Controleer, vul aan en sla op.').waitFor()
    await page.getByTestId('assessment-status').getByText('Versie 2: Ontwerp').waitFor()
    expect(await page.getByLabel('Advies van de DPO').inputValue()).toBe('Gunstig advies uit het bestand.')
    expect(await page.getByTestId('versions').locator(':scope > li').count()).toBe(2)
    const v1 = await apiCall('GET', `/api/v1/orgs/${slug}/dpia/assessments/bookkeeping?version=1`)
    expect(JSON.parse(v1.text).content.dpoOpinion).toBe('Advies geschreven in Custos.')
    await noSeriousViolations('assessment after the Custos import')
  })
})
