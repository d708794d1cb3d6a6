import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSmtpServer, type TestSmtpServer } from '../server/test/support/smtp'
import { waitFor } from '../server/test/support/wait'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/** Calls the API from the signed-in page, with its session cookie and CSRF token. */
async function api(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json()
      // No Content-Type without a body: an empty JSON body is refused (400).
      const response = await fetch(path, {
        method,
        headers:
          body === undefined
            ? { 'X-CSRF-Token': me.csrfToken }
            : { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return response.status
    },
    { method, path, body },
  )
}

/**
 * Issue 15, item 3 in a browser: an installation started without any SMTP setting; the admin reads a held
 * password reset on the outbox page, sets the mail server on the settings page (a real SMTP server) and sends a
 * test mail that arrives signed by the organisation and under its name. Axe-clean.
 */
describe('mail server set from the settings page', () => {
  let smtp: TestSmtpServer
  let custos: RunningCustos
  let browser: Browser

  /** Each step on a page of its own: signed in as the demo owner (an installation admin), in English, watched. */
  async function adminPage() {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
    const watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    await page.getByTestId('language-switcher').selectOption('en')
    return { page, watched }
  }

  beforeAll(async () => {
    ;[smtp, custos, browser] = await Promise.all([startTestSmtpServer(), startCustos(), launchChromium()])
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await smtp?.close()
  })

  it('shows a held password reset to the installation admin on the outbox page', async () => {
    const { page, watched } = await adminPage()
    const asked = await page.evaluate(
      async (email) =>
        (
          await fetch('/api/v1/auth/password-reset', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email }),
          })
        ).status,
      custos.email,
    )
    expect(asked).toBe(202)
    await page.goto(`${custos.url}/#/orgs/demo/outbox`)
    const section = page.getByTestId('installation-mail')
    await waitFor(async () => {
      await page.reload()
      await section.waitFor()
      return (await section.locator('details').count()) > 0 ? true : undefined
    }, 60_000)
    await expect.poll(() => section.getByTestId('installation-mail-held').isVisible()).toBe(true)
    await section.locator('summary').first().click()
    expect(await section.locator('pre').first().textContent()).toMatch(/#\/reset-password\/[\w-]{20,}/)
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(watched).toEqual({ cspViolations: [], pageErrors: [] })
  })

  it('sets the SMTP server and sends a test mail signed by the organisation', async () => {
    const { page, watched } = await adminPage()
    expect(
      await api(page, 'PATCH', '/api/v1/orgs/demo', {
        privacyContactName: 'Els Janssens',
        privacyContactEmail: 'privacy@demo.test',
      }),
    ).toBe(200)
    await page.goto(`${custos.url}/#/orgs/demo/settings`)
    const section = page.getByTestId('mail-server')
    await section.waitFor()
    expect(await page.getByTestId('mail-server-source').textContent()).toContain('No mail server is set')
    await page.locator('#mail-server-host').fill('127.0.0.1')
    await page.locator('#mail-server-port').fill(new URL(smtp.url).port)
    await page.locator('#mail-server-security').selectOption('none')
    await page.locator('#mail-server-user').fill('custos')
    await page.locator('#mail-server-password').fill(smtp.password)
    await page.locator('#mail-server-mailFrom').fill('Custos <no-reply@custos.test>')
    await page.getByTestId('mail-server-save').click()
    await expect.poll(() => page.getByTestId('mail-server-source').textContent()).toBe('Set on this page.')
    expect(await page.locator('#mail-server-password').inputValue()).toBe('')

    await page.locator('#mail-test-to').fill('tester@example.be')
    await page.getByTestId('mail-test-send').click()
    await page
      .getByTestId('mail-test-form')
      .getByRole('status')
      .filter({ hasText: 'accepted the test message' })
      .waitFor()
    const mail = await waitFor(async () => smtp.received.find((m) => m.to.includes('tester@example.be')))
    expect(mail.raw).toMatch(/^From: Demo BV <no-reply@custos\.test>/m)
    expect(mail.raw).toMatch(/^Reply-To: privacy@demo\.test/m)
    expect(mail.raw).toContain('Kind regards,\r\nDemo BV\r\nEls Janssens\r\nprivacy@demo.test')
    expect(await seriousA11yViolations(page)).toEqual([])
    expect(watched).toEqual({ cspViolations: [], pageErrors: [] })
    // The installation is left without a mail server, as the other step expects: the steps run in any order.
    expect(await api(page, 'DELETE', '/api/v1/installation/mail')).toBe(200)
  })
})
