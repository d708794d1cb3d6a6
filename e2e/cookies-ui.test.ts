import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningCustos } from './support/server'
import type { watchPage } from './support/session'
import { openStaffPage, type StaffPage } from './support/staff-page'

/** A register whose website activity sets analytics cookies on consent (purpose website_cookies). */
const REGISTER = resolve(import.meta.dirname, '../examples/contactexpert.register.yaml')
const INVENTORY = {
  services: [
    {
      id: 'google-analytics',
      name: 'Google Analytics',
      category: 'analytics',
      hosts: ['googletagmanager.com', 'google-analytics.com'],
      cookies: [{ name: '_ga' }],
    },
  ],
}

/**
 * The cookies page (issue 18) in a real browser against the real `custos start` (web and worker): the analytics
 * category mapped to the register's consent purpose, the scanner pointed at a sample website served here (the
 * Custos banner and a script that sets a tracking cookie whatever the visitor chooses), a scan started with the
 * button and done by the worker in headless Chromium, its findings, then a second scan after the site added a
 * cookie, with the difference - in Dutch and in French, axe clean; then the scans' proposals added to the
 * inventory, the unknown one with its provider and a third country stated (English).
 */
describe('cookies page in headless Chromium', () => {
  let custos: RunningCustos
  let staff: StaffPage
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let site: http.Server
  let siteUrl = ''
  let slug = ''
  let staffCall: StaffPage['staffCall']
  let noSeriousViolations: StaffPage['noSeriousViolations']
  let addHotjar = false

  beforeAll(async () => {
    staff = await openStaffPage()
    ;({ custos, page, watched, slug, staffCall, noSeriousViolations } = staff)
    site = http.createServer((_req, res) => {
      const cookies = [`document.cookie = 'tracking_id=42; path=/'`]
      if (addHotjar) cookies.push(`document.cookie = '_hjid=7; path=/'`)
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Winkel</title>
<script src="${custos.url}/c/${slug}.js"></script>
<script>${cookies.join('; ')}</script></head><body><main><h1>Winkel</h1></main></body></html>`)
    })
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok))
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`
    const imported = await staffCall('POST', '/register/import?mode=replace', readFileSync(REGISTER, 'utf8'))
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    const saved = await staffCall('PUT', '/cookies/inventory', INVENTORY)
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  })
  afterAll(async () => {
    await staff?.close()
    site?.closeAllConnections()
    await new Promise<void>((ok) => (site ? site.close(() => ok()) : ok()))
  })

  it('maps a category to a consent purpose, scans the site from the page and shows the findings (nl)', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/cookies`)
    await page.getByRole('heading', { level: 1, name: 'Cookies' }).waitFor()
    await page.getByTestId('cookie-inventory').getByText('Google Analytics').waitFor()
    expect(await page.locator('#mapping-analytics-hint').textContent()).toBe(
      'Niet geregistreerd als toestemming: kies een doeleinde',
    )
    expect(await page.getByTestId('scan-start').isDisabled()).toBe(true)
    await noSeriousViolations('no mapping, no scan (nl)')

    await page.getByLabel('Analyse', { exact: true }).selectOption('website_cookies')
    await page.getByTestId('mapping-save').click()
    await page.getByText('Versie 2 van de inventaris is opgeslagen.', { exact: false }).waitFor()
    await page.locator('#mapping-analytics-hint').getByText('Geregistreerd als toestemming').waitFor()

    await page.getByLabel('Te scannen pagina’s (één adres per regel)').fill(siteUrl)
    await page.getByTestId('settings-save').click()
    await page.getByText('De scannerinstellingen zijn opgeslagen.').waitFor()

    await page.getByTestId('scan-start').click()
    await page.getByTestId('scan-completed').waitFor({ timeout: 120_000 })
    const findings = await page.getByTestId('scan-findings').textContent()
    expect(findings).toContain('Cookie geplaatst vóór toestemming')
    expect(findings).toContain('Cookie nog aanwezig na „Alles weigeren”')
    expect(findings).toContain('tracking_id')
    const firstScan = await page.getByTestId('scan-completed').textContent()
    expect(firstScan).toContain('De eerste scan: er is niets om mee te vergelijken.')
    expect(firstScan).toContain('1 pagina;')
    await noSeriousViolations('scan completed (nl)')

    // The site adds a cookie; the next scan says what changed.
    addHotjar = true
    await page.getByTestId('scan-start').click()
    await page.getByTestId('scan-completed').nth(1).waitFor({ timeout: 120_000 })
    const diff = await page.getByTestId('scan-diff').first().textContent()
    expect(diff).toContain('Nieuwe cookies_hjid')
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('reads in French, without accessibility violations', async () => {
    await page.getByTestId('language-switcher').selectOption('fr')
    await page.waitForFunction(() => document.documentElement.lang === 'fr')
    await page.getByRole('heading', { level: 2, name: 'Analyses', exact: true }).waitFor()
    expect(await page.getByTestId('scan-findings').first().textContent()).toContain(
      'Cookie déposé avant le consentement',
    )
    // The confirmation follows the language; French puts a no-break space before the colon.
    await page.getByText('Les réglages du scanner sont enregistrés.').waitFor()
    expect(await page.getByTestId('scan-diff').first().textContent()).toContain(
      'Cookie absent de l’inventaire\u00a0: _hjid',
    )
    await page.locator('#mapping-analytics-hint').getByText('Enregistré comme consentement').waitFor()
    await noSeriousViolations('scans (fr)')
    expect(watched.pageErrors).toEqual([])
  })

  it('lists the latest scan’s findings on the register check page (fr)', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/register/check`)
    const errors = page.getByTestId('check-errors')
    await errors.getByText('cookies.cookie_before_consent', { exact: true }).first().waitFor()
    const text = await errors.textContent()
    expect(text).toContain('Le cookie ou l’élément stocké «\u00a0tracking_id\u00a0» a été déposé sur')
    expect(text).toContain('cookies.cookie_after_reject')
    const warnings = await page.getByTestId('check-warnings').textContent()
    expect(warnings).toContain('cookies.cookie_not_in_inventory')
    expect(warnings).toContain('ne figure pas dans l’inventaire des cookies')
    await page.getByRole('link', { name: 'Page Cookies' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Cookies' }).waitFor()
    await noSeriousViolations('register check with cookie findings (fr)')
    expect(watched.pageErrors).toEqual([])
  })

  it('adds two proposals of the scans to the inventory, stating who sets the unknown one (en)', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/cookies`)
    await page.getByTestId('language-switcher').selectOption('en')
    await page.getByRole('heading', { level: 2, name: 'Proposals from the scans', exact: true }).waitFor()
    const hotjar = page.getByRole('form', { name: 'Cookie _hjid' })
    expect(await hotjar.textContent()).toContain('The catalogue knows it: Hotjar (Hotjar Ltd).')
    expect(await hotjar.getByLabel('Category').inputValue()).toBe('analytics')
    const tracking = page.getByRole('form', { name: 'Cookie tracking_id' })
    // The catalogue does not know it: adding it needs a category, named at the field.
    await tracking.getByTestId('proposal-accept').click()
    await tracking.getByText('Choose the category before you add it to the inventory.').waitFor()
    await noSeriousViolations('proposals with a field error (en)')

    await hotjar.getByTestId('proposal-accept').click()
    await page
      .getByText(
        'Added to the inventory: version 3 is saved. The banner asks every visitor for their choice again.',
      )
      .waitFor()
    await page.getByTestId('cookie-inventory').getByText('Hotjar', { exact: true }).waitFor()
    await hotjar.waitFor({ state: 'detached' })

    // Unknown, set on the site's own domain (by a script): who sets it and where the data goes can still be stated,
    // prefilled with the organisation and 'none', and any country outside the EU/EEA can be chosen (review m5, m12).
    const open = await staffCall('GET', '/cookies/proposals')
    const suggested = open.body.items.find((p: { subject: string }) => p.subject === 'tracking_id').suggestion
    expect(suggested.provider).not.toBe('')
    const providerField = tracking.getByLabel('Provider (the company that sets it)')
    expect(await providerField.inputValue()).toBe(suggested.provider)
    const country = tracking.getByLabel('Country the data goes to')
    expect(await country.inputValue()).toBe('none')
    const options = await country.locator('option').allTextContents()
    expect(options).toContain('Ukraine')
    expect(options).toContain('South Africa')
    expect(options).not.toContain('Germany')
    await providerField.fill('Pixel Corp')
    await country.selectOption({ label: 'Ukraine' })
    await tracking.getByLabel('Category').selectOption('advertising')
    await tracking.getByLabel('Purpose (as visitors read it)').fill('Follows the visitor for advertising')
    await tracking.getByLabel('Duration', { exact: false }).fill('1 year')
    await tracking.getByTestId('proposal-accept').click()
    await page
      .getByText(
        'Added to the inventory: version 4 is saved. The banner asks every visitor for their choice again.',
      )
      .waitFor()
    await page.getByText('No open proposals', { exact: false }).waitFor()
    const setup = await staffCall('GET', '/cookies')
    const stated = setup.body.inventory.services
      .flatMap((x: { cookies: { name: string }[] }) => x.cookies)
      .find((c: { name: string }) => c.name === 'tracking_id')
    expect(stated).toMatchObject({ provider: 'Pixel Corp', thirdCountry: 'UA' })
    await noSeriousViolations('proposals decided (en)')
    expect(watched.pageErrors).toEqual([])
  })

  it('changes a service of the inventory and removes another, each a new version (en)', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/cookies`)
    await page.getByTestId('language-switcher').selectOption('en')
    const inventory = page.getByTestId('cookie-inventory')
    await inventory.getByText('Hotjar', { exact: true }).waitFor()
    const before = (await staffCall('GET', '/cookies')).body.version as number

    await page.getByRole('button', { name: 'Change the service Google Analytics' }).click()
    const form = page.getByRole('form', { name: 'Change the service Google Analytics' })
    await form.getByLabel('Provider', { exact: true }).first().fill('Google Ireland Ltd')
    await form.getByLabel('Purpose of the service (as visitors read it)').fill('Counts visits to the shop')
    await noSeriousViolations('service form (en)')
    await form.getByTestId('service-save').click()
    await page
      .getByText(
        `The service Google Analytics is changed: version ${before + 1} of the inventory is saved. The banner asks every visitor again.`,
      )
      .waitFor()
    await inventory.getByRole('cell', { name: 'Google Ireland Ltd', exact: true }).waitFor()

    await page.getByRole('button', { name: 'Remove the service Hotjar' }).click()
    await page.getByRole('button', { name: 'Remove the service', exact: true }).click()
    await page
      .getByText(
        `The service Hotjar is removed: version ${before + 2} of the inventory is saved. The banner asks every visitor again.`,
      )
      .waitFor()
    await inventory.getByText('Hotjar', { exact: true }).waitFor({ state: 'detached' })
    const setup = (await staffCall('GET', '/cookies')).body
    expect(setup.version).toBe(before + 2)
    expect(setup.inventory.services.map((x: { id: string }) => x.id)).not.toContain('hotjar')
    expect(setup.inventory.services.find((x: { id: string }) => x.id === 'google-analytics')).toMatchObject({
      provider: 'Google Ireland Ltd',
      purpose: 'Counts visits to the shop',
    })
    // The banner's loader carries the new version: every visitor is asked again.
    const loader = await page.request.get(`${custos.url}/c/${slug}.js`)
    expect(await loader.text()).toContain(`"v":${before + 2}`)
    await noSeriousViolations('service removed (en)')
    expect(watched.pageErrors).toEqual([])
  })
})
