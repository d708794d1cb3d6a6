import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleRegister } from '../server/test/support/register'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const SHOTS = process.env.CUSTOS_SCREENSHOTS ?? '/tmp'
/** The hand-made fixture in the CNIL PIA software's export format (not a file from the CNIL's software). */
const FIXTURE = new URL('../server/test/fixtures/cnil-pia-export.json', import.meta.url)

/**
 * Import of a PIA file of the CNIL's software on the DPIA page of an activity, in a real browser against the real
 * server (decision 0092): a broken file is refused, the preview shows what is imported and what not (and that the
 * file's validation is not taken over), the confirmation stores a draft whose fields are on the page.
 */
describe('DPIA: import from the CNIL PIA software in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let slug = ''
  const dir = mkdtempSync(join(tmpdir(), 'custos-cnil-ui-'))

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } })
    watchPage(page)
    await signInAsDemoOwner(page, custos)
    const imported = await page.evaluate(async (register) => {
      const me = await (await fetch('/api/v1/me')).json()
      const response = await fetch(`/api/v1/orgs/${me.memberships[0].slug}/register/import?mode=merge`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify(register),
      })
      return { status: response.status, slug: me.memberships[0].slug as string, text: await response.text() }
    }, sampleRegister('Belcall'))
    expect(imported.status, imported.text).toBe(200)
    slug = imported.slug
  })
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await browser?.close()
    await custos?.stop()
  })

  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  it('refuses a truncated file and stores nothing', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/dpia/bookkeeping`)
    const section = page.getByTestId('cnil-import')
    await section.waitFor()
    const broken = join(dir, 'broken.json')
    writeFileSync(broken, readFileSync(FIXTURE, 'utf8').slice(0, 3000))
    await section.getByLabel('JSON-bestand van de PIA-software').setInputFiles(broken)
    await section.getByRole('button', { name: 'Tonen wat wordt geïmporteerd' }).click()
    await section.getByTestId('cnil-import-problems').waitFor()
    expect(await section.getByTestId('cnil-import-preview-result').count()).toBe(0)
    expect(await page.getByTestId('assessment-status').textContent()).toBe('Nog niet opgeslagen')
  })

  it('previews the import, then stores it as a draft whose fields are on the page', async () => {
    const section = page.getByTestId('cnil-import')
    await section.getByLabel('JSON-bestand van de PIA-software').setInputFiles(FIXTURE.pathname)
    await section.getByRole('button', { name: 'Tonen wat wordt geïmporteerd' }).click()
    const preview = section.getByTestId('cnil-import-preview-result')
    await preview.waitFor()
    expect(await preview.getByRole('heading', { level: 3 }).textContent()).toBe(
      'Wat de import opslaat als versie 1 (ontwerp)',
    )
    expect(await section.getByTestId('cnil-import-decision').textContent()).toContain(
      'Volgens het bestand is de PIA “gevalideerd met handtekening”. Die beslissing wordt niet overgenomen',
    )
    const fields = await section.getByTestId('cnil-import-fields').textContent()
    expect(fields).toContain(
      'Onrechtmatige toegang tot de gegevensernst 3, waarschijnlijkheid 3; na het actieplan',
    )
    expect(fields).toContain('12 van de 12 vragen beantwoord of beoordeeld')
    const leftOut = await section.getByTestId('cnil-import-left-out').textContent()
    expect(leftOut).toContain('Status van de PIA in het bestand')
    expect(leftOut).toContain('Opmerking bij Wat is de rechtsgrond van de verwerking?')
    expect(leftOut).toContain('Verantwoordelijke voor de actie')
    await noSeriousViolations('CNIL import preview')
    await preview.screenshot({ path: `${SHOTS}/dpia-cnil-import-preview.png` })

    await section.getByRole('button', { name: 'Importeren als versie 1' }).click()
    await page.getByText('Geïmporteerd als versie 1 (ontwerp). Controleer, vul aan en sla op.').waitFor()
    await page.getByTestId('assessment-status').getByText('Versie 1: Ontwerp').waitFor()
    expect(await page.getByLabel('Overzicht van de verwerking').inputValue()).toContain(
      "De verwerking:\nLe centre d'appels Belcall rappelle",
    )
    expect(await page.getByLabel('Bestaande maatregelen (beschreven)').inputValue()).toContain(
      '- Sauvegardes (draagt bij tot: Verdwijning van de gegevens)',
    )
    const access = page.getByTestId('risk-illegitimate_access')
    expect(await access.getByLabel('Ernst vóór de geplande maatregelen').inputValue()).toBe('3')
    expect(await access.getByLabel('Waarschijnlijkheid na de geplande maatregelen').inputValue()).toBe('1')
    expect(await page.getByLabel('Advies van de DPO').inputValue()).toContain('Els Peeters')
    // The decision form is there: the draft is decided here, not by the file.
    await page.getByTestId('decision-form').waitFor()
    await noSeriousViolations('assessment after the import')
    await page.screenshot({ path: `${SHOTS}/dpia-cnil-import-done.png`, fullPage: true })
  })
})
