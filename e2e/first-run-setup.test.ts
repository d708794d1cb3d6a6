import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { freePort, launchCustos, type RunningCustos, startCustos } from './support/server'
import { watchPage } from './support/session'

/**
 * Issue 15, item 1: a new user's first start. The first start fails (its port is taken), the second still shows
 * the set-up page with the same code; the user creates their account and organisation in the browser and lands
 * in it; the set-up page is gone afterwards.
 */
describe('first-run set-up in headless Chromium', () => {
  let dataDir: string
  let custos: RunningCustos | undefined
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let blocker: Server

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'custos-e2e-setup-'))
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'fr-BE' })
    watched = watchPage(page)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await new Promise((done) => (blocker?.listening ? blocker.close(done) : done(null)))
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('a first start on a port in use stops, says how to choose another port, and creates no account', async () => {
    const busyPort = await freePort()
    blocker = createServer()
    await new Promise<void>((done) => blocker.listen(busyPort, '127.0.0.1', done))
    const failed = launchCustos(dataDir, busyPort)
    const error = (await failed.ready.then(
      () => null,
      (e: { code?: number }) => e,
    )) as { code?: number } | null
    expect(error?.code).toBe(1)
    expect(failed.output()).toContain('npm start -- --port 9000')
    expect(failed.output()).toContain('No account was created')
    await new Promise((done) => blocker.close(done))
  })

  it('the second start shows the same set-up code and the set-up page', async () => {
    const kept = readFileSync(join(dataDir, 'setup-code'), 'utf8').trim()
    custos = await startCustos({ dataDir, setUp: false })
    expect(custos.output()).toContain(`Set-up code   ${kept}`)
    await page.goto(custos.url)
    await page.getByTestId('setup-form').waitFor()
    expect(await page.getByTestId('page-title').textContent()).toBe('Configurer Custos')
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('refuses a wrong code on the field, then creates the account and organisation and signs in', async () => {
    if (!custos) throw new Error('not started')
    const code = readFileSync(join(dataDir, 'setup-code'), 'utf8').trim()
    await page.getByTestId('setup-code').fill('AAAA-BBBB-CCCC')
    await page.locator('#setup-displayName').fill('An Peeters')
    await page.locator('#setup-email').fill('an@bakkerij-peeters.be')
    await page.locator('#setup-password').fill('Kasteel van Gaasbeek 1240')
    await page.locator('#setup-confirm').fill('Kasteel van Gaasbeek 1240')
    await page.locator('#setup-name').fill('Bakkerij Peeters')
    expect(await page.locator('#setup-slug').inputValue()).toBe('bakkerij-peeters')
    await page.locator('#setup-legalName').fill('Bakkerij Peeters BV')
    await page.locator('#setup-legalForm').selectOption('bv')
    await page.locator('#setup-enterpriseNumber').fill('0403.019.261')
    await page.locator('#setup-street').fill('Kerkstraat 12')
    await page.locator('#setup-postalCode').fill('3000')
    await page.locator('#setup-city').fill('Leuven')
    await page.locator('#setup-privacyContactName').fill('An Peeters')
    await page.locator('#setup-privacyContactEmail').fill('privacy@bakkerij-peeters.be')
    await page.getByTestId('setup-submit').click()
    await page.locator('#setup-setupCode-error').waitFor()
    expect(await page.locator('#setup-setupCode-error').textContent()).not.toBe('')
    expect(await seriousA11yViolations(page)).toEqual([])

    await page.getByTestId('setup-code').fill(code)
    await page.getByTestId('setup-submit').click()
    await page.getByTestId('org-switcher').waitFor()
    expect(page.url()).toContain('#/orgs/bakkerij-peeters/overview')
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('shows the sign-in page, not the set-up page, once set-up is done', async () => {
    if (!custos) throw new Error('not started')
    const fresh = await browser.newPage({ locale: 'fr-BE' })
    await fresh.goto(custos.url)
    await fresh.getByTestId('login-form').waitFor()
    expect(await fresh.getByTestId('setup-form').count()).toBe(0)
    await fresh.close()
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
