import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/** GET from the signed-in page: status and JSON body. */
async function get(page: Page, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(async (path) => {
    const response = await fetch(path)
    return { status: response.status, body: response.ok ? await response.json() : {} }
  }, path)
}

/**
 * Issue 15, item 2 in a browser: the overview of a new, empty organisation offers a sample; the sample is a
 * separate organisation named as a sample (the user's keeps its name, slug and enterprise number), says so on
 * every page, and its owner deletes it after a confirmation. Axe-clean in each state.
 */
describe('sample organisation in the browser', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await (await browser.newContext({ locale: 'nl-BE' })).newPage()
    watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    await page.getByTestId('language-switcher').selectOption('nl')
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  it('offers a sample on the overview of the new, empty organisation', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/overview`)
    const offer = page.getByTestId('sample-offer')
    await offer.waitFor()
    expect(await offer.getByRole('heading').textContent()).toBe('Een voorbeeldorganisatie verkennen')
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('builds the sample as a separate organisation, named as a sample, and says so on its pages', async () => {
    await page.getByLabel('Voorbeeldregister').selectOption('the-invoice-managers')
    await page.getByTestId('sample-create').click()
    const banner = page.getByTestId('sample-banner')
    await banner.waitFor({ timeout: 60_000 })
    expect(page.url()).toContain('#/orgs/voorbeeld-the-invoice-managers/overview')
    expect(await banner.textContent()).toContain('voorbeeldorganisatie met verzonnen personen')
    const options = await page.getByTestId('org-switcher').locator('option').allTextContents()
    expect(options).toEqual(expect.arrayContaining(['Demo BV', 'Voorbeeld - The Invoice Managers']))
    const sample = await get(page, '/api/v1/orgs/voorbeeld-the-invoice-managers')
    const mine = await get(page, '/api/v1/orgs/demo')
    expect(sample.body).toMatchObject({ name: 'Voorbeeld - The Invoice Managers', isSample: true })
    expect(mine.body).toMatchObject({ name: 'Demo BV', slug: 'demo', enterpriseNumber: '0403019261' })
    expect(sample.body.enterpriseNumber).not.toBe(mine.body.enterpriseNumber)
    const requests = await get(page, '/api/v1/orgs/voorbeeld-the-invoice-managers/requests')
    expect((requests.body.items as unknown[]).length).toBe(3)
    expect(await seriousA11yViolations(page)).toEqual([])

    // Another page of the sample says it too; the user's own organisation does not.
    await page.goto(`${custos.url}/#/orgs/voorbeeld-the-invoice-managers/requests`)
    await banner.waitFor()
    await page.goto(`${custos.url}/#/orgs/demo/overview`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByTestId('org-switcher').waitFor()
    expect(await page.getByTestId('sample-banner').count()).toBe(0)
    // The user has a sample now: the overview no longer offers one.
    expect(await page.getByTestId('sample-offer').count()).toBe(0)
  })

  it('is deleted by its owner after a confirmation; the own organisation stays', async () => {
    await page.goto(`${custos.url}/#/orgs/voorbeeld-the-invoice-managers/overview`)
    const banner = page.getByTestId('sample-banner')
    await banner.getByRole('button', { name: 'Voorbeeld verwijderen' }).click()
    expect(await banner.getByRole('group').textContent()).toContain('definitief verwijderen')
    expect(await seriousA11yViolations(page)).toEqual([])
    await banner.getByRole('button', { name: 'Ja, verwijderen' }).click()
    await page.getByText('De voorbeeldorganisatie Voorbeeld - The Invoice Managers is verwijderd.').waitFor()
    expect(page.url()).toContain('#/orgs/demo/overview')
    const options = await page.getByTestId('org-switcher').locator('option').allTextContents()
    expect(options).toEqual(['Demo BV'])
    expect((await get(page, '/api/v1/orgs/voorbeeld-the-invoice-managers')).status).toBe(404)
    expect((await get(page, '/api/v1/orgs/demo')).body).toMatchObject({ name: 'Demo BV' })
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
