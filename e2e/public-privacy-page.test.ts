import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { watchPage } from './support/session'

const EXAMPLE = resolve(import.meta.dirname, '../examples/contactexpert.register.yaml')

/**
 * The public privacy page a visitor sees, without signing in: the language follows the browser, language links
 * switch it, every language passes axe, the PDF download is a PDF and the subscription form confirms with a status.
 * The notice is published through the API beforehand (as the demo owner, from the page so the session and CSRF
 * token are the browser's).
 */
describe('public privacy page in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let visitor: BrowserContext
  let page: Page
  let slug = ''
  let watched: ReturnType<typeof watchPage>

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    const admin = await browser.newPage({ locale: 'nl-BE' })
    await admin.goto(custos.url)
    const yaml = readFileSync(EXAMPLE, 'utf8')
    const result = await admin.evaluate(
      async ({ email, password, text }) => {
        const json = { 'Content-Type': 'application/json' }
        const login = await fetch('/api/v1/auth/login', {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ email, password }),
        })
        if (!login.ok) return { error: `login ${login.status}` }
        const me = await (await fetch('/api/v1/me')).json()
        const slug: string = me.memberships[0].slug
        const headers = { 'X-CSRF-Token': me.csrfToken }
        const imported = await fetch(`/api/v1/orgs/${slug}/register/import?mode=replace`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'text/yaml' },
          body: text,
        })
        if (!imported.ok) return { error: `import ${imported.status}` }
        const published = await fetch(`/api/v1/orgs/${slug}/notice/versions`, {
          method: 'POST',
          headers: { ...headers, ...json },
          body: JSON.stringify({ material: false, changeSummary: 'Eerste versie' }),
        })
        return published.status === 201 ? { slug } : { error: `publish ${published.status}` }
      },
      { email: custos.email, password: custos.password, text: yaml },
    )
    expect(result).toEqual({ slug: expect.any(String) })
    slug = (result as { slug: string }).slug
    await admin.context().close()

    visitor = await browser.newContext({ locale: 'fr-BE' })
    page = await visitor.newPage()
    watched = watchPage(page)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  const lang = () => page.evaluate(() => document.documentElement.lang)
  const heading = () => page.locator('h1').textContent()
  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  // Each step opens the page it needs (issue 13: steps run alone); the set-up above publishes the notice once.
  it('speaks French to a French-speaking browser', async () => {
    const response = await page.goto(`${custos.url}/p/${slug}/privacy`)
    expect(response?.status()).toBe(200)
    expect(await lang()).toBe('fr')
    expect(await heading()).toBe('Déclaration de confidentialité de ContactExpert')
    await noSeriousViolations('public page (fr)')
  })

  it('switches to Dutch through the language link', async () => {
    await page.goto(`${custos.url}/p/${slug}/privacy`)
    const french = await heading()
    await page.getByRole('link', { name: 'Nederlands' }).first().click()
    await page.waitForURL(/lang=nl/)
    expect(await lang()).toBe('nl')
    const dutch = await heading()
    expect(dutch).toBe('Privacyverklaring van ContactExpert')
    expect(dutch).not.toBe(french)
    await noSeriousViolations('public page (nl)')
  })

  it('passes axe in English too', async () => {
    await page.goto(`${custos.url}/p/${slug}/privacy`)
    await page.getByRole('link', { name: 'English' }).first().click()
    await page.waitForURL(/lang=en/)
    expect(await lang()).toBe('en')
    expect(await heading()).toBe('ContactExpert privacy notice')
    await noSeriousViolations('public page (en)')
  })

  it('offers the notice as a PDF', async () => {
    await page.goto(`${custos.url}/p/${slug}/privacy`)
    const href = await page.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href')
    expect(href).toBeTruthy()
    const response = await visitor.request.get(new URL(href ?? '', page.url()).toString())
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('confirms a subscription with a status message', async () => {
    await page.goto(`${custos.url}/p/${slug}/privacy?lang=nl`)
    await page.getByLabel('E-mailadres').fill('betrokkene@example.be')
    await page.getByRole('button', { name: 'Inschrijven' }).click()
    const status = page.getByRole('status')
    await status.waitFor()
    expect(await status.textContent()).toContain('Bedankt.')
    expect(await lang()).toBe('nl')
    await noSeriousViolations('public page after subscribing')
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
