import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousA11yViolations } from './support/browser'
import { openStaffPage, type StaffPage } from './support/staff-page'

/** GET from the signed-in page: status and JSON body. */
async function get(page: Page, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(async (path) => {
    const response = await fetch(path)
    return { status: response.status, body: response.ok ? await response.json() : {} }
  }, path)
}

const SAMPLE = 'voorbeeld-the-invoice-managers'

/**
 * Issue 15, item 2 in a browser: the overview of a new, empty organisation offers a sample; the sample is a
 * separate organisation named as a sample (the user's keeps its name, slug and enterprise number), says so on
 * every page, and its owner deletes it after a confirmation. Axe-clean in each state. Each step can run on its
 * own (issue 13): the deletion makes the sample through the API when the step before did not.
 */
describe('sample organisation in the browser', () => {
  let staff: StaffPage
  let page: Page
  let url: string

  beforeAll(async () => {
    staff = await openStaffPage({ language: 'nl' })
    page = staff.page
    url = staff.custos.url
  }, 180_000)
  afterAll(async () => {
    await staff?.close()
  })

  it('offers a sample on the overview of the new, empty organisation', async () => {
    await page.goto(`${url}/#/orgs/demo/overview`)
    const offer = page.getByTestId('sample-offer')
    await offer.waitFor()
    expect(await offer.getByRole('heading').textContent()).toBe('Een voorbeeldorganisatie verkennen')
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('builds the sample as a separate organisation, named as a sample, and says so on its pages', async () => {
    await page.goto(`${url}/#/orgs/demo/overview`)
    await page.getByLabel('Voorbeeldregister').selectOption('the-invoice-managers')
    await page.getByTestId('sample-create').click()
    const banner = page.getByTestId('sample-banner')
    await banner.waitFor({ timeout: 60_000 })
    expect(page.url()).toContain(`#/orgs/${SAMPLE}/overview`)
    expect(await banner.textContent()).toContain('voorbeeldorganisatie met verzonnen personen')
    const options = await page.getByTestId('org-switcher').locator('option').allTextContents()
    expect(options).toEqual(expect.arrayContaining(['Demo BV', 'Voorbeeld - The Invoice Managers']))
    const sample = await get(page, `/api/v1/orgs/${SAMPLE}`)
    const mine = await get(page, '/api/v1/orgs/demo')
    expect(sample.body).toMatchObject({ name: 'Voorbeeld - The Invoice Managers', isSample: true })
    expect(mine.body).toMatchObject({ name: 'Demo BV', slug: 'demo', enterpriseNumber: '0403019261' })
    expect(sample.body.enterpriseNumber).not.toBe(mine.body.enterpriseNumber)
    const requests = await get(page, `/api/v1/orgs/${SAMPLE}/requests`)
    expect((requests.body.items as unknown[]).length).toBe(3)
    expect(await seriousA11yViolations(page)).toEqual([])

    // Another page of the sample says it too; the user's own organisation does not.
    await page.goto(`${url}/#/orgs/${SAMPLE}/requests`)
    await banner.waitFor()
    await page.goto(`${url}/#/orgs/demo/overview`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByTestId('org-switcher').waitFor()
    expect(await page.getByTestId('sample-banner').count()).toBe(0)
    // The user has a sample now: the overview no longer offers one.
    expect(await page.getByTestId('sample-offer').count()).toBe(0)
  })

  it('is deleted by its owner after a confirmation; the own organisation stays', async () => {
    if ((await get(page, `/api/v1/orgs/${SAMPLE}`)).status === 404) {
      const made = await page.evaluate(async () => {
        const me = await (await fetch('/api/v1/me')).json()
        const response = await fetch('/api/v1/samples', {
          method: 'POST',
          headers: { 'X-CSRF-Token': me.csrfToken, 'Content-Type': 'application/json' },
          body: JSON.stringify({ example: 'the-invoice-managers', language: 'nl' }),
        })
        return response.status
      })
      expect(made).toBe(201)
    }
    await page.goto(`${url}/#/orgs/${SAMPLE}/overview`)
    await page.reload() // the memberships are read again: the sample may be new to this page
    const banner = page.getByTestId('sample-banner')
    await banner.getByRole('button', { name: 'Voorbeeld verwijderen' }).click()
    expect(await banner.getByRole('group').textContent()).toContain('definitief verwijderen')
    expect(await seriousA11yViolations(page)).toEqual([])
    await banner.getByRole('button', { name: 'Ja, verwijderen' }).click()
    await page.getByText('De voorbeeldorganisatie Voorbeeld - The Invoice Managers is verwijderd.').waitFor()
    expect(page.url()).toContain('#/orgs/demo/overview')
    const options = await page.getByTestId('org-switcher').locator('option').allTextContents()
    expect(options).toEqual(['Demo BV'])
    expect((await get(page, `/api/v1/orgs/${SAMPLE}`)).status).toBe(404)
    expect((await get(page, '/api/v1/orgs/demo')).body).toMatchObject({ name: 'Demo BV' })
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('ran without CSP violations or script errors', () => {
    expect(staff.watched.cspViolations).toEqual([])
    expect(staff.watched.pageErrors).toEqual([])
  })
})
