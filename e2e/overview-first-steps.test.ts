import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { seriousA11yViolations } from './support/browser'
import { openStaffPage, type StaffPage } from './support/staff-page'

/** GET from the signed-in page: the JSON body. */
async function get(page: Page, path: string): Promise<Record<string, unknown>> {
  return page.evaluate(async (path) => (await fetch(path)).json(), path)
}

const SHOTS = process.env.CUSTOS_SCREENSHOTS ?? '/tmp'

const stepState = (page: Page, step: string) => page.getByTestId(`step-${step}`).getAttribute('data-done')

/**
 * Issue 15, item 6 in a browser: the overview of an empty organisation guides the next steps (vendors, systems,
 * retention, measures, activities) from the register's real content; a system and a retention period are created
 * from the activity form and selected there; the overview of an organisation with requests singles out the
 * overdue and at-risk ones, each linking to the request - in nl, fr and en, axe clean.
 */
describe('the overview and the first steps in the browser', () => {
  let staff: StaffPage
  let page: Page
  let url: string

  beforeAll(async () => {
    staff = await openStaffPage({ viewport: { width: 1366, height: 900 }, language: 'nl' })
    page = staff.page
    url = staff.custos.url
  }, 180_000)
  // Each step starts in Dutch, whichever language a step before it left the account in (issue 13: steps run alone).
  beforeEach(async () => {
    await page.goto(`${url}/#/orgs/demo/overview`)
    await page.getByTestId('language-switcher').selectOption('nl')
  })
  afterAll(async () => {
    await staff?.close()
  })

  it('guides an empty organisation through the register in order, each step done or not from the register', async () => {
    await page.goto(`${url}/#/orgs/demo/overview`)
    const steps = page.getByTestId('overview-steps')
    await steps.waitFor()
    expect(await steps.getByRole('heading', { level: 2 }).textContent()).toBe('Volgende stappen')
    const names = await steps.locator('li strong').allTextContents()
    expect(names).toEqual([
      '1. Leveranciers',
      '2. Systemen',
      '3. Bewaartermijnen',
      '4. Beveiligingsmaatregelen',
      '5. Verwerkingsactiviteiten',
    ])
    const register = (await get(page, '/api/v1/orgs/demo/register/systems')) as { items: unknown[] }
    expect(await stepState(page, 'systems')).toBe(String(register.items.length > 0))
    expect(await stepState(page, 'activities')).toBe('false')
    // No requests yet: said so, nothing invented.
    expect(await page.getByTestId('overview-requests-summary').textContent()).toBe(
      'Er zijn geen open verzoeken.',
    )
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('creates a system and a retention period from the activity form, and selects them there', async () => {
    await page.goto(`${url}/#/orgs/demo/register/activities/new`)
    await page.getByTestId('activity-form').waitFor()

    await page.getByTestId('inline-create-systems').click()
    const systemDialog = page.getByTestId('inline-dialog-systems')
    await systemDialog.waitFor()
    expect(await systemDialog.getByRole('heading', { level: 2 }).textContent()).toBe('Nieuw systeem')
    expect(await seriousA11yViolations(page)).toEqual([])
    await systemDialog.getByTestId('system-name').fill('Kassasysteem')
    await systemDialog.getByTestId('entry-save').click()
    await systemDialog.waitFor({ state: 'detached' })
    const systemBox = page.getByTestId('activity-systems').getByRole('checkbox', { name: /Kassasysteem/ })
    await systemBox.waitFor()
    expect(await systemBox.isChecked()).toBe(true)
    // The activity form is still the new activity's (not saved, not left).
    expect(page.url()).toContain('/register/activities/new')

    await page.getByTestId('inline-create-retention-rules').click()
    const ruleDialog = page.getByTestId('inline-dialog-retention-rules')
    await ruleDialog.waitFor()
    await ruleDialog.getByTestId('retention-name-nl').fill('Kasticketten: 7 jaar')
    await ruleDialog.getByTestId('retention-years').fill('7')
    await ruleDialog.getByTestId('entry-save').click()
    await ruleDialog.waitFor({ state: 'detached' })
    const ruleBox = page.getByTestId('activity-retention').getByRole('checkbox', { name: /Kasticketten/ })
    await ruleBox.waitFor()
    expect(await ruleBox.isChecked()).toBe(true)

    type Entries = { items: { data: { key: string } }[] }
    const systems = (await get(page, '/api/v1/orgs/demo/register/systems')) as Entries
    expect(systems.items.map((s) => s.data.key)).toContain('kassasysteem')
    const rules = (await get(page, '/api/v1/orgs/demo/register/retention-rules')) as Entries
    expect(rules.items.map((r) => r.data.key)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^kasticketten/)]),
    )

    // Cancel closes the dialog without creating anything, and focus returns to its button.
    await page.getByTestId('inline-create-systems').click()
    await page.getByTestId('inline-dialog-systems').getByRole('button', { name: 'Annuleren' }).click()
    await page.getByTestId('inline-dialog-systems').waitFor({ state: 'detached' })
    expect(
      await page.getByTestId('inline-create-systems').evaluate((e) => e === document.activeElement),
    ).toBe(true)

    await page.goto(`${url}/#/orgs/demo/overview`)
    await page.getByTestId('overview-steps').waitFor()
    expect(await stepState(page, 'systems')).toBe('true')
    expect(await stepState(page, 'retention-rules')).toBe('true')
  })

  it('singles out the overdue and at-risk requests by deadline, each linking to the request (fr, en)', async () => {
    await page.goto(`${url}/#/orgs/demo/overview`)
    await page.getByLabel('Voorbeeldregister').selectOption('liberoo')
    await page.getByTestId('sample-create').click()
    await page.getByTestId('sample-banner').waitFor({ timeout: 90_000 })
    const slug = page.url().match(/#\/orgs\/([^/]+)\/overview/)?.[1] ?? ''
    expect(slug).toMatch(/^voorbeeld-/)
    const section = page.getByTestId('overview-requests')
    await section.waitFor()
    expect(await page.getByTestId('overview-requests-summary').textContent()).toMatch(
      /^3 open verzoeken, waarvan 1 te laat en \d dreigen te laat te zijn\.$/,
    )
    const overdue = page.getByTestId('overview-overdue')
    expect(await overdue.getByRole('heading').textContent()).toBe('Te laat (1)')
    const link = overdue.getByRole('link').first()
    const reference = await link.textContent()
    expect(reference).toMatch(/^DSR-\d{4}-\d{4}$/)
    expect(await overdue.getByTestId('request-state').getAttribute('data-state')).toBe('overdue')
    // The overview's lists come from the server's deadline filters (SQL), and agree with them.
    const listed = (await get(page, `/api/v1/orgs/${slug}/requests?state=overdue`)) as {
      items: { reference: string }[]
    }
    expect(listed.items.map((r) => r.reference)).toEqual([reference])
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/overview-nl.png`, fullPage: true })

    await page.getByTestId('language-switcher').selectOption('fr')
    await page.getByRole('heading', { name: 'Demandes ouvertes par échéance' }).waitFor()
    expect(await page.getByTestId('overview-overdue').getByRole('heading').textContent()).toBe(
      'En retard (1)',
    )
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.getByTestId('language-switcher').selectOption('en')
    await page.getByRole('heading', { name: 'Open requests by deadline' }).waitFor()
    expect(await page.getByTestId('overview-requests-summary').textContent()).toMatch(
      /^3 open requests, of which 1 overdue and \d at risk\.$/,
    )

    await page
      .getByTestId('overview-overdue')
      .getByRole('link', { name: reference ?? '' })
      .click()
    await page.getByTestId('request-tasks').waitFor()
    expect(page.url()).toContain(`#/orgs/${slug}/requests/`)
  })

  it('ran without CSP violations or script errors', () => {
    expect(staff.watched.cspViolations).toEqual([])
    expect(staff.watched.pageErrors).toEqual([])
  })
})
