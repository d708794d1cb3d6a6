import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ChinookDatabase, loadChinookPostgres } from '../server/test/support/chinook'
import { chinookRegister } from '../server/test/support/chinook-register'
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../server/test/support/smtp'
import { waitFor } from '../server/test/support/wait'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const EMAIL = 'daan_peeters@apple.be'
const DATASET = new URL('../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url)

/** The text of a mail as a person reads it: quoted-printable soft breaks and escapes undone. */
function mailText(mail: ReceivedMail): string {
  return mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}

function linkIn(mail: ReceivedMail, pattern: RegExp): string {
  const found = pattern.exec(mailText(mail))?.[0]
  if (!found) throw new Error(`No link matching ${pattern} in:\n${mailText(mail)}`)
  return found.replace(/&amp;/g, '&')
}

/** Calls the API from the signed-in page, with its session cookie and CSRF token. */
async function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json()
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await response.text()
      return { status: response.status, json: text ? JSON.parse(text) : null }
    },
    { method, path, body },
  )
}

/**
 * The proof of the requests issue, in a real browser against the real server, a real SMTP server and the chinook
 * shop in a real PostgreSQL: a customer asks for access on the public portal, confirms the e-mail address with the
 * link the mail brought, an agent runs the connectors and answers, and the customer downloads the answer through
 * the link in the completion mail - once. Every public page passes axe.
 */
describe('a data subject request from the portal to the downloaded answer', () => {
  let smtp: TestSmtpServer
  let custos: RunningCustos
  let chinook: ChinookDatabase
  let browser: Browser
  let subject: Page
  let agent: Page
  let watchedSubject: ReturnType<typeof watchPage>
  const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address))
  const noSeriousViolations = async (page: Page, where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    custos = await startCustos({
      env: { CUSTOS_SMTP_URL: smtp.url, CUSTOS_MAIL_FROM: 'Demo <privacy@demo.test>' },
    })
    chinook = await loadChinookPostgres()
    browser = await launchChromium()
    subject = await (await browser.newContext({ locale: 'nl-BE', acceptDownloads: true })).newPage()
    watchedSubject = watchPage(subject)
    agent = await (await browser.newContext({ locale: 'nl-BE' })).newPage()
    await signInAsDemoOwner(agent, custos)
    // The organisation describes its shop database: register system and retention rule, dataset, connection.
    const imported = await api(
      agent,
      'POST',
      '/api/v1/orgs/demo/register/import?mode=merge',
      chinookRegister(),
    )
    expect(imported.status, JSON.stringify(imported.json)).toBeLessThan(300)
    const saved = await api(agent, 'PUT', '/api/v1/orgs/demo/datasets/chinook-postgres', {
      source: readFileSync(DATASET, 'utf8'),
    })
    expect(saved.status, JSON.stringify(saved.json)).toBeLessThan(300)
    const connected = await api(agent, 'PUT', '/api/v1/orgs/demo/datasets/chinook-postgres/connection', {
      options: chinook.settings.options,
    })
    expect(connected.status, JSON.stringify(connected.json)).toBeLessThan(300)
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await smtp?.close()
    await chinook?.drop()
  })

  /**
   * The steps below build on one another's result, not on their order (issue 13): each first makes what it
   * needs through the step before it, once per file, so any step can run alone. A step's own checks are in
   * the flow it shares; the accessibility findings of the customer's pages are kept and checked by the first.
   */
  const violations: { where: string; violations: unknown[] }[] = []
  const checkA11y = async (page: Page, where: string) => {
    violations.push({ where, violations: await seriousA11yViolations(page) })
  }
  let filed: Promise<string> | undefined
  /** The customer files an access request on the portal and confirms the address; its reference. */
  const confirmedPortalRequest = () => {
    filed ??= (async () => {
      await subject.goto(`${custos.url}/p/demo/request?lang=nl`)
      await checkA11y(subject, 'portal request form')
      await subject.getByLabel('Uw naam').fill('Daan Peeters')
      await subject.getByLabel('Uw e-mailadres').fill(EMAIL)
      await subject.locator('#type-access').check()
      await subject.getByRole('button', { name: 'Verzoek indienen' }).click()
      await subject.waitForLoadState('load')
      await checkA11y(subject, 'portal request sent')

      const verification = await waitFor(async () => mailsTo(EMAIL)[0], 60_000)
      const verify = linkIn(
        verification,
        /http:\/\/127\.0\.0\.1:\d+\/p\/demo\/request\/verify\?token=[^\s"<]+/,
      )
      await subject.goto(verify)
      const text = (await subject.locator('main').textContent()) ?? ''
      await checkA11y(subject, 'portal address confirmed')
      return /DSR-\d{4}-\d{4}/.exec(text)?.[0] ?? ''
    })()
    return filed
  }
  let answered: Promise<string> | undefined
  /** The agent runs the connectors for the confirmed request and answers it with a download link. */
  const answeredRequest = () => {
    answered ??= (async () => {
      const reference = await confirmedPortalRequest()
      expect(reference).not.toBe('')
      await agent.goto(`${custos.url}/#/orgs/demo/requests`)
      await agent.getByText(reference).first().click()
      await agent.getByTestId('request-detail').waitFor()
      await agent.getByTestId('request-runs').waitFor()
      await agent.getByTestId('run-real-access').click()
      const finished = agent
        .locator(
          '[data-testid="run-status"][data-status="completed"], [data-testid="run-status"][data-status="failed"]',
        )
        .first()
      await finished.waitFor({ timeout: 60_000 }).catch(async (error) => {
        await agent.screenshot({ path: '/tmp/proof-run.png', fullPage: true })
        throw new Error(`${error}\n${await agent.getByTestId('request-runs').textContent()}`)
      })
      expect(
        await finished.getAttribute('data-status'),
        (await agent.getByTestId('request-runs').textContent()) ?? '',
      ).toBe('completed')
      await agent.getByTestId('package').first().waitFor()

      // A confirmed portal request is already being handled.
      await agent.locator('[data-testid="request-status"][data-status="in_progress"]').waitFor()
      // The connector run did the system's checklist task.
      await agent
        .locator('[data-testid="task"][data-status="done"]')
        .filter({ hasText: 'Chinook webshop' })
        .waitFor()
      await agent.getByTestId('action-complete').click()
      await agent.getByTestId('completion-access-delivery-download').check()
      await agent.getByTestId('action-submit').click()
      await agent.locator('[data-testid="request-status"][data-status="completed"]').waitFor()
      return reference
    })()
    return answered
  }

  it('the customer files an access request on the portal and confirms the address from the mail', async () => {
    expect(await confirmedPortalRequest()).toMatch(/^DSR-\d{4}-\d{4}$/)
    expect(violations).toEqual([
      { where: 'portal request form', violations: [] },
      { where: 'portal request sent', violations: [] },
      { where: 'portal address confirmed', violations: [] },
    ])
  }, 180_000)

  it('the agent runs the connectors for the request and answers it with a download link', {
    timeout: 180_000,
  }, async () => {
    expect(await answeredRequest()).toMatch(/^DSR-\d{4}-\d{4}$/)
    await agent.locator('[data-testid="request-status"][data-status="completed"]').waitFor()
  })

  it('the customer downloads the answer through the link in the mail, once', async () => {
    const reference = await answeredRequest()
    const answer = await waitFor(
      async () => mailsTo(EMAIL).find((m) => /\/p\/demo\/download\//.test(mailText(m))),
      90_000,
    )
    const link = linkIn(answer, /http:\/\/127\.0\.0\.1:\d+\/p\/demo\/download\/[A-Za-z0-9_-]+/)
    await subject.goto(link)
    await noSeriousViolations(subject, 'download page')
    const [download] = await Promise.all([
      subject.waitForEvent('download'),
      subject.getByRole('button').click(),
    ])
    const path = await download.path()
    const files = unzipSync(new Uint8Array(readFileSync(path)))
    const data = Buffer.from(files['data.json'] as Uint8Array).toString('utf8')
    expect(data).toContain(EMAIL)
    expect(data).toContain('Grétrystraat 63')
    expect(data).not.toContain('luisg@embraer.com.br')
    const overview = Buffer.from(files['index.html'] as Uint8Array).toString('utf8')
    expect(overview).toContain(reference)

    // The link worked once: opening it again says it is no longer valid.
    const again = await subject.goto(link)
    expect(again?.status()).toBe(404)
    await noSeriousViolations(subject, 'download link used')
    expect(watchedSubject.cspViolations).toEqual([])
    expect(watchedSubject.pageErrors).toEqual([])
  }, 180_000)
})
