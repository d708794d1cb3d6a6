import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { watchPage } from './support/session'

/** A real browser against the real server: sign in, move around, switch language, sign out. */
describe('admin UI in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE' })
    watched = watchPage(page)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  const title = () => page.getByTestId('page-title').textContent()

  it('shows an accessible sign-in page in Dutch by default', async () => {
    await page.goto(custos.url)
    await page.getByTestId('login-form').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('refuses a wrong password with a message, then signs in', async () => {
    await page.getByTestId('login-email').fill(custos.email)
    await page.getByTestId('login-password').fill('not the password')
    await page.getByTestId('login-submit').click()
    await page.getByRole('alert').first().waitFor()
    await page.getByTestId('login-password').fill(custos.password)
    await page.getByTestId('login-submit').click()
    await page.getByTestId('org-switcher').waitFor()
    expect(await title()).not.toBe('')
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('every admin page renders without accessibility violations', async () => {
    for (const path of ['members', 'api-tokens', 'audit', 'outbox', 'settings']) {
      await page.goto(`${custos.url}/#/orgs/demo/${path}`)
      await page.getByTestId('page-title').waitFor()
      expect({ path, violations: await seriousA11yViolations(page) }).toEqual({ path, violations: [] })
    }
    await page.goto(`${custos.url}/#/account`)
    await page.getByTestId('page-title').waitFor()
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('shows the forms the server says the owner may use (can): token creation, profile, request settings', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/api-tokens`)
    await page.locator('#create-token-title').waitFor()
    // A capability module's own scope (decision 0058), worded in Dutch: a token that only records consent.
    await page.locator('#token-name').fill('Webshop toestemmingen')
    await page.getByLabel('Toestemmingen en intrekkingen vastleggen').check()
    await page.locator('form[aria-labelledby="create-token-title"] button[type="submit"]').click()
    await page.locator('li', { hasText: 'Toestemmingen en intrekkingen vastleggen' }).waitFor()
    await page.goto(`${custos.url}/#/orgs/demo/settings`)
    await page.getByTestId('organization-form').waitFor()
    await page.getByTestId('request-settings-form').waitFor()
    expect(await page.getByText('Uw rol kan dit profiel bekijken, maar niet wijzigen.').count()).toBe(0)
  })

  it('switches the language to French and to English, and remembers it', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/members`)
    await page.getByTestId('page-title').waitFor()
    const dutch = await title()
    await page.getByTestId('language-switcher').selectOption('fr')
    await page.waitForFunction(() => document.documentElement.lang === 'fr')
    const french = await title()
    expect(french).not.toBe(dutch)
    await page.reload()
    await page.getByTestId('page-title').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr')
    expect(await title()).toBe(french)
    await page.getByTestId('language-switcher').selectOption('en')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    expect(await title()).not.toBe(french)
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('signs out', async () => {
    await page.getByTestId('sign-out').click()
    await page.getByTestId('login-form').waitFor()
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
