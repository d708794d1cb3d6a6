import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/**
 * A real browser against the real server: sign in, move around, switch language, sign out. Each step can run on
 * its own (issue 13): the file signs the owner in once (shared set-up), and the steps that sign in, switch the
 * language or sign out use a page of their own, so no step leaves state another depends on.
 */
describe('admin UI in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  /** The owner, signed in once for the steps that only look around. */
  let page: Page
  const watched: ReturnType<typeof watchPage>[] = []

  /** A fresh page (its own browser context: no cookies, no stored language), watched like the shared one. */
  const freshPage = async () => {
    const fresh = await browser.newPage({ locale: 'nl-BE' })
    watched.push(watchPage(fresh))
    return fresh
  }

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE' })
    watched.push(watchPage(page))
    await signInAsDemoOwner(page, custos)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  const titleOf = (p: Page) => p.getByTestId('page-title').textContent()

  it('shows an accessible sign-in page in Dutch by default', async () => {
    const anonymous = await freshPage()
    await anonymous.goto(custos.url)
    await anonymous.getByTestId('login-form').waitFor()
    expect(await anonymous.evaluate(() => document.documentElement.lang)).toBe('nl')
    expect(await seriousA11yViolations(anonymous)).toEqual([])
  })

  it('refuses a wrong password with a message, then signs in', async () => {
    const anonymous = await freshPage()
    await anonymous.goto(custos.url)
    await anonymous.getByTestId('login-email').fill(custos.email)
    await anonymous.getByTestId('login-password').fill('not the password')
    await anonymous.getByTestId('login-submit').click()
    await anonymous.getByRole('alert').first().waitFor()
    await anonymous.getByTestId('login-password').fill(custos.password)
    await anonymous.getByTestId('login-submit').click()
    await anonymous.getByTestId('org-switcher').waitFor()
    expect(await titleOf(anonymous)).not.toBe('')
    expect(await seriousA11yViolations(anonymous)).toEqual([])
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
    await page.locator('li', { hasText: 'Toestemmingen en intrekkingen vastleggen' }).first().waitFor()
    await page.goto(`${custos.url}/#/orgs/demo/settings`)
    await page.getByTestId('organization-form').waitFor()
    await page.getByTestId('request-settings-form').waitFor()
    expect(await page.getByText('Uw rol kan dit profiel bekijken, maar niet wijzigen.').count()).toBe(0)
  })

  it('the profile and a new organisation on the form shell: a missing name or slug refused at its field, then saved', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/settings`)
    const profile = page.getByTestId('organization-form')
    await profile.waitFor()
    const name = await page.locator('#org-name').inputValue()
    await page.locator('#org-name').fill('')
    await profile.getByRole('button', { name: 'Opslaan' }).click()
    await page.locator('#org-name-error').filter({ hasText: 'Vul dit veld in.' }).waitFor()
    await page.waitForFunction(() => document.activeElement?.id === 'org-name')
    await page.locator('#org-name').fill(name)
    await profile.getByRole('button', { name: 'Opslaan' }).click()
    await profile.getByText('De wijzigingen zijn opgeslagen.').waitFor()
    expect(await page.locator('#org-name-error').count()).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])

    await page.goto(`${custos.url}/#/orgs/new`)
    const create = page.getByRole('form', { name: 'Nieuwe organisatie' })
    await create.waitFor()
    await create.getByRole('button', { name: 'Organisatie aanmaken' }).click()
    await page.locator('#new-org-slug-error').filter({ hasText: 'Vul dit veld in.' }).waitFor()
    await page.locator('#new-org-slug').fill('tweede-bv')
    await create.getByRole('button', { name: 'Organisatie aanmaken' }).click()
    await page.locator('#new-org-name-error').filter({ hasText: 'Vul dit veld in.' }).waitFor()
    expect(await page.locator('#new-org-slug-error').count()).toBe(0)
    await page.locator('#new-org-name').fill('Tweede BV')
    await create.getByRole('button', { name: 'Organisatie aanmaken' }).click()
    await page.waitForURL(/#\/orgs\/tweede-bv\/settings$/)
    expect(await page.locator('#org-name').inputValue()).toBe('Tweede BV')
  })

  it('switches the language to French and to English, and remembers it', async () => {
    const own = await freshPage()
    await signInAsDemoOwner(own, custos)
    await own.goto(`${custos.url}/#/orgs/demo/members`)
    await own.getByTestId('page-title').waitFor()
    const dutch = await titleOf(own)
    await own.getByTestId('language-switcher').selectOption('fr')
    await own.waitForFunction(() => document.documentElement.lang === 'fr')
    const french = await titleOf(own)
    expect(french).not.toBe(dutch)
    await own.reload()
    await own.getByTestId('page-title').waitFor()
    expect(await own.evaluate(() => document.documentElement.lang)).toBe('fr')
    expect(await titleOf(own)).toBe(french)
    await own.getByTestId('language-switcher').selectOption('en')
    await own.waitForFunction(() => document.documentElement.lang === 'en')
    expect(await titleOf(own)).not.toBe(french)
    expect(await seriousA11yViolations(own)).toEqual([])
  })

  it('signs out', async () => {
    const own = await freshPage()
    await signInAsDemoOwner(own, custos)
    await own.getByTestId('sign-out').click()
    await own.getByTestId('login-form').waitFor()
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.flatMap((w) => w.cspViolations)).toEqual([])
    expect(watched.flatMap((w) => w.pageErrors)).toEqual([])
  })
})
