import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStaffPage, type StaffPage } from './support/staff-page'

/**
 * The register of processing activities in a real browser against the real server: add a Belgian retention
 * period from the catalogue, create an activity through the form, find it in the list and in its history. Each
 * step can run on its own (issue 13): the owner is signed in once, each step opens its page, and the entries a
 * step needs but does not make itself are added through the API (once per file).
 */
describe('register UI in headless Chromium', () => {
  let staff: StaffPage
  let page: Page
  let url = ''

  beforeAll(async () => {
    staff = await openStaffPage()
    page = staff.page
    url = staff.custos.url
  }, 180_000)
  afterAll(async () => {
    await staff?.close()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const noSeriousViolations = (where: string) => staff.noSeriousViolations(where)
  const openRegister = async (view: string) => {
    await page.goto(`${url}/#/orgs/demo/register/${view}`)
    await page.getByTestId('register-nav').waitFor()
  }
  /** Adds one entry through the API, once per file (the form steps need a retention rule to pick). */
  const added = new Map<string, Promise<void>>()
  const addOnce = (segment: string, entry: { key: string } & Record<string, unknown>) => {
    const path = `/register/${segment}`
    let done = added.get(`${path}/${entry.key}`)
    if (!done) {
      done = staff.staffCall('POST', path, entry).then((saved) => {
        expect(saved.status, JSON.stringify(saved.body)).toBe(201)
      })
      added.set(`${path}/${entry.key}`, done)
    }
    return done
  }
  const recordsRule = () =>
    addOnce('retention-rules', {
      key: 'client-files-5y',
      name: { nl: 'Klantendossiers: 5 jaar', fr: 'Dossiers clients : 5 ans', en: 'Client files: 5 years' },
      duration: { years: 5 },
      trigger: 'end_of_contract',
      action: 'delete',
    })
  /** An activity made through the API (one version), for the list and history steps. */
  const supplierActivity = async () => {
    await recordsRule()
    await addOnce('activities', {
      key: 'leveranciersbeheer',
      name: { nl: 'Leveranciersbeheer', fr: 'Gestion des fournisseurs', en: 'Supplier management' },
      role: 'controller',
      purposes: [{ purpose: 'service_delivery', legalBasis: 'contract' }],
      subjectCategories: ['suppliers'],
      dataCategories: [{ category: 'contact_details', source: 'subject', requirement: 'contractual' }],
      retention: [{ rule: 'client-files-5y' }],
      status: 'active',
    })
  }

  it('opens the register from the navigation, empty', async () => {
    await page.goto(`${url}/#/orgs/demo/overview`)
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByText('Verwerkingsregister').click()
    await page.getByTestId('register-nav').waitFor()
    expect(await title()).toBe('Verwerkingsactiviteiten')
    await page.getByTestId('activities-empty').waitFor()
  })

  it('adds a Belgian retention period from the catalogue', async () => {
    await openRegister('activities')
    await page.getByTestId('register-nav-retention-rules').click()
    await page.getByTestId('catalogue-retention-rules').waitFor()
    await page.getByTestId('catalogue-add-contractual_claims').click()
    await page.waitForURL(/register\/retention-rules\/contractual_claims$/)
    await page.getByTestId('entry-form-retention-rules').waitFor()
    expect(await page.getByTestId('retention-years').inputValue()).toBe('10')
  })

  it('creates an activity through the form', async () => {
    await recordsRule()
    await openRegister('activities')
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

  it('lists an activity with its legal basis', async () => {
    await supplierActivity()
    await openRegister('activities')
    const row = page.getByTestId('activity-row').filter({ hasText: 'Leveranciersbeheer' })
    await row.waitFor()
    expect(await row.textContent()).toContain('Uitvoering van een overeenkomst')
    await noSeriousViolations('activities list')
  })

  it('shows one version, created, in the history', async () => {
    await supplierActivity()
    await openRegister('activities')
    await page.getByRole('link', { name: 'Leveranciersbeheer' }).click()
    await page.getByTestId('entry-history-link').click()
    await page.getByTestId('versions').waitFor()
    expect(await page.getByTestId('version').count()).toBe(1)
    expect(await page.getByTestId('version-change').textContent()).toBe('aangemaakt')
    await noSeriousViolations('history')
  })

  it('shows the register check', async () => {
    await openRegister('activities')
    await page.getByTestId('register-nav-check').click()
    await page.getByTestId('check-summary').waitFor()
    await noSeriousViolations('check page')
  })

  it('records a system with a certification in three languages', async () => {
    await openRegister('activities')
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
    expect(staff.watched.cspViolations).toEqual([])
    expect(staff.watched.pageErrors).toEqual([])
  })
})
