import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/**
 * The account forms on the form shell (issue 13): the forgotten-password, reset and weekly-digest forms refuse in
 * the field, send once valid and say so - each step on a page of its own, in English, axe-clean.
 */
describe('account forms in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser

  async function englishPage(): Promise<{ page: Page; watched: ReturnType<typeof watchPage> }> {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
    return { page, watched: watchPage(page) }
  }

  beforeAll(async () => {
    ;[custos, browser] = await Promise.all([startCustos(), launchChromium()])
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  it('forgotten password: an empty address is refused at the field, a filled one gets the same answer', async () => {
    const { page, watched } = await englishPage()
    await page.goto(`${custos.url}/#/forgot-password`)
    const form = page.getByRole('form', { name: 'Forgot your password' })
    await form.getByRole('button', { name: 'Send link' }).click()
    await page.locator('#forgot-email-error').filter({ hasText: 'Please fill in this field.' }).waitFor()
    expect(await page.locator('#forgot-email').getAttribute('aria-invalid')).toBe('true')
    await page.locator('#forgot-email').fill(custos.email)
    await form.getByRole('button', { name: 'Send link' }).click()
    await page.getByText('If an account exists for this address, we sent a link.').waitFor()
    expect(await page.locator('#forgot-email-error').count()).toBe(0)
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(watched).toEqual({ cspViolations: [], pageErrors: [] })
  })

  it('reset: short and differing passwords are refused at their field; a dead link offers a new one', async () => {
    const { page, watched } = await englishPage()
    await page.goto(`${custos.url}/#/reset-password/${'x'.repeat(43)}`)
    const form = page.getByRole('form', { name: 'Choose a password' })
    await page.locator('#reset-password').fill('short')
    await form.getByRole('button', { name: 'Set password' }).click()
    await page
      .locator('#reset-password-error')
      .filter({ hasText: 'Choose a password of at least 12 characters.' })
      .waitFor()
    await page.locator('#reset-password').fill('a long enough sentence')
    await page.locator('#reset-confirm').fill('another long sentence')
    await form.getByRole('button', { name: 'Set password' }).click()
    await page
      .locator('#reset-confirm-error')
      .filter({ hasText: 'The two passwords do not match.' })
      .waitFor()
    await page.locator('#reset-confirm').fill('a long enough sentence')
    await form.getByRole('button', { name: 'Set password' }).click()
    await form.getByText('This link is invalid or has expired. Ask for a new one.').waitFor()
    expect(await form.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '#/forgot-password',
    )
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(watched).toEqual({ cspViolations: [], pageErrors: [] })
  })

  it('weekly digest: saved, said so, and kept after a reload', async () => {
    const { page, watched } = await englishPage()
    await signInAsDemoOwner(page, custos)
    await page.getByTestId('language-switcher').selectOption('en')
    await page.goto(`${custos.url}/#/account`)
    const box = page.getByTestId('action-digest')
    await box.waitFor()
    const before = await box.isChecked()
    await box.setChecked(!before)
    await page
      .getByRole('form', { name: /digest/i })
      .getByRole('button', { name: 'Save' })
      .click()
    await page.getByText('Your changes have been saved.').waitFor()
    await page.reload()
    await page.getByTestId('action-digest').waitFor()
    expect(await page.getByTestId('action-digest').isChecked()).toBe(!before)
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(watched).toEqual({ cspViolations: [], pageErrors: [] })
  })
})
