import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/**
 * The register of processing activities in a real browser against the real server: add a Belgian retention
 * period from the catalogue, create an activity through the form, find it in the list and in its history.
 */
describe('register UI in headless Chromium', () => {
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
  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  it('signs in as the demo owner and opens the register', async () => {
    await signInAsDemoOwner(page, custos)
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByText('Verwerkingsregister').click()
    await page.getByTestId('register-nav').waitFor()
    expect(await title()).toBe('Verwerkingsactiviteiten')
    await page.getByTestId('activities-empty').waitFor()
  })

  it('adds a Belgian retention period from the catalogue', async () => {
    await page.getByTestId('register-nav-retention-rules').click()
    await page.getByTestId('catalogue-retention-rules').waitFor()
    await page.getByTestId('catalogue-add-contractual_claims').click()
    await page.waitForURL(/register\/retention-rules\/contractual_claims$/)
    await page.getByTestId('entry-form-retention-rules').waitFor()
    expect(await page.getByTestId('retention-years').inputValue()).toBe('10')
  })

  it('creates an activity through the form', async () => {
    await page.getByTestId('register-nav-activities').click()
    await page.getByTestId('new-activity').click()
    await page.getByTestId('activity-form').waitFor()
    await noSeriousViolations('new activity form')

    await page.getByTestId('activity-name-nl').fill('Klantenbeheer')
    expect(await page.getByTestId('activity-key').inputValue()).toBe('klantenbeheer')
    await page.getByTestId('activity-status').selectOption('active')

    await page.getByTestId('purposes-add').click()
    await page.getByTestId('purpose-0').selectOption('service_delivery')
    await page.getByTestId('legal-basis-0').selectOption('contract')

    await page.getByLabel('Klanten', { exact: true }).check()
    await page.getByTestId('data-categories-add').click()
    await page.getByTestId('data-category-0').selectOption('contact_details')
    await page.getByTestId('activity-retention').getByRole('checkbox').first().check()

    await page.getByTestId('activity-save').click()
    await page.waitForURL(/register\/activities\/klantenbeheer$/)
    await page.getByTestId('activity-findings').waitFor()
    expect(await title()).toBe('Klantenbeheer')
    await page.getByTestId('activity-form').waitFor()
    await noSeriousViolations('activity editor')
  })

  it('lists the new activity with its legal basis', async () => {
    await page.getByTestId('register-nav-activities').click()
    const row = page.getByTestId('activity-row').filter({ hasText: 'Klantenbeheer' })
    await row.waitFor()
    expect(await row.textContent()).toContain('Uitvoering van een overeenkomst')
    await noSeriousViolations('activities list')
  })

  it('shows one version, created, in the history', async () => {
    await page.getByRole('link', { name: 'Klantenbeheer' }).click()
    await page.getByTestId('entry-history-link').click()
    await page.getByTestId('versions').waitFor()
    expect(await page.getByTestId('version').count()).toBe(1)
    expect(await page.getByTestId('version-change').textContent()).toBe('aangemaakt')
    await noSeriousViolations('history')
  })

  it('shows the register check', async () => {
    await page.getByTestId('register-nav-check').click()
    await page.getByTestId('check-summary').waitFor()
    await noSeriousViolations('check page')
  })

  it('records a system with a certification in three languages', async () => {
    await page.getByTestId('register-nav-systems').click()
    await page.getByTestId('add-systems').click()
    await page.getByTestId('entry-form-systems').waitFor()
    await page.getByTestId('system-name').fill('Teamleader')
    await page.getByTestId('certifications-add').click()
    await page.getByTestId('certification-0-nl').fill('ISO 27001-gecertificeerd datacenter')
    await page.getByTestId('certification-0-fr').fill('centre de données certifié ISO 27001')
    await page.getByTestId('certification-0-en').fill('ISO 27001-certified data centre')
    await noSeriousViolations('system form')
    await page.getByTestId('entry-save').click()
    await page.waitForURL(/register\/systems\/teamleader$/)
    await page.reload()
    await page.getByTestId('entry-form-systems').waitFor()
    expect(await page.getByTestId('certification-0-fr').inputValue()).toBe(
      'centre de données certifié ISO 27001',
    )
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
