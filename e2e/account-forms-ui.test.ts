import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentTotp } from '../server/src/modules/auth/totp'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/**
 * The account forms on the form shell (issue 13): the sign-in and its two-step code, the forgotten-password, reset
 * and weekly-digest forms refuse in the field, send once valid and say so - each step on a page of its own, in
 * English, axe-clean.
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

  it('sign-in and its two-step code: empty fields and wrong answers refused, a refused code emptied, then in', async () => {
    // The owner turns two-step verification on through the API (and off again at the end, for the other steps).
    const owner = await englishPage()
    await signInAsDemoOwner(owner.page, custos)
    const me = (method: string, path: string, body?: unknown) =>
      owner.page.evaluate(
        async ({ method, path, body }) => {
          const { csrfToken } = await (await fetch('/api/v1/me')).json()
          const res = await fetch(`/api/v1/me/${path}`, {
            method,
            headers: {
              'x-csrf-token': csrfToken,
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          })
          return { status: res.status, body: await res.text() }
        },
        { method, path, body },
      )
    const setup = await me('POST', 'totp/setup')
    expect(setup.status, setup.body).toBe(200)
    const { secret } = JSON.parse(setup.body) as { secret: string }
    const enabled = await me('POST', 'totp/enable', { code: currentTotp(secret) })
    expect(enabled.status, enabled.body).toBe(204)
    try {
      const { page, watched } = await englishPage()
      await page.goto(custos.url)
      const signIn = page.getByRole('form', { name: 'Sign in' })
      await page.getByTestId('login-submit').click()
      await page.locator('#login-email-error').filter({ hasText: 'Please fill in this field.' }).waitFor()
      expect(await page.locator('#login-email').getAttribute('aria-invalid')).toBe('true')
      await page.getByTestId('login-email').fill(custos.email)
      await page.getByTestId('login-submit').click()
      await page.locator('#login-password-error').filter({ hasText: 'Please fill in this field.' }).waitFor()
      expect(await page.locator('#login-email-error').count()).toBe(0)
      await page.getByTestId('login-password').fill('not the password at all')
      await page.getByTestId('login-submit').click()
      await signIn
        .getByRole('alert')
        .filter({ hasText: 'E-mail address or password is incorrect.' })
        .waitFor()
      expect(await seriousA11yViolations(page)).toEqual([])

      await page.getByTestId('login-password').fill(custos.password)
      await page.getByTestId('login-submit').click()
      const step = page.getByRole('form', { name: 'Two-step verification' })
      await step.waitFor()
      await page.getByTestId('totp-submit').click()
      await page.locator('#totp-code-error').filter({ hasText: 'Please fill in this field.' }).waitFor()
      // An hour-old code is refused in the form's message, and the field is emptied for the next one.
      await page.getByTestId('totp-code').fill(currentTotp(secret, new Date(Date.now() - 3_600_000)))
      await page.getByTestId('totp-submit').click()
      await step
        .getByRole('alert')
        .filter({ hasText: 'This code is not valid. Try again with the code shown now.' })
        .waitFor()
      expect(await page.getByTestId('totp-code').inputValue()).toBe('')
      expect(await seriousA11yViolations(page)).toEqual([])
      // The next period's code: accepted (one step of clock drift) and later than the step used to turn it on.
      await page.getByTestId('totp-code').fill(currentTotp(secret, new Date(Date.now() + 30_000)))
      await page.getByTestId('totp-submit').click()
      await page.getByTestId('org-switcher').waitFor()
      expect(watched).toEqual({ cspViolations: [], pageErrors: [] })
    } finally {
      const disabled = await me('POST', 'totp/disable', { password: custos.password })
      expect(disabled.status, disabled.body).toBe(204)
    }
  })
})
