import { readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../server/test/support/smtp'
import { waitFor } from '../server/test/support/wait'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const EMAIL = 'an.janssens@example.be'
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1')

/** The text of a mail as a person reads it: quoted-printable soft breaks and escapes undone. */
function mailText(mail: ReceivedMail): string {
  return Buffer.from(
    mail.raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')
}

/**
 * Issue 15, item 4 in a browser: an agent adds a file from a manual system to the answer on the request page,
 * answers by download; the subject's mail names the file and its link downloads a zip that carries it.
 */
describe('an answer with an uploaded file, downloaded by the subject', () => {
  let smtp: TestSmtpServer
  let custos: RunningCustos
  let browser: Browser
  let agent: Page
  let subject: Page
  let watched: ReturnType<typeof watchPage>
  let requestId = ''

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    custos = await startCustos({
      env: { CUSTOS_SMTP_URL: smtp.url, CUSTOS_MAIL_FROM: 'Custos <no-reply@custos.test>' },
    })
    browser = await launchChromium()
    agent = await (await browser.newContext({ locale: 'nl-BE' })).newPage()
    watched = watchPage(agent)
    subject = await (await browser.newContext({ locale: 'nl-BE', acceptDownloads: true })).newPage()
    await signInAsDemoOwner(agent, custos)
    requestId = await agent.evaluate(async (email) => {
      const me = await (await fetch('/api/v1/me')).json()
      const response = await fetch('/api/v1/orgs/demo/requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({
          channel: 'email',
          receivedAt: new Date().toISOString().slice(0, 10),
          subject: { name: 'An Janssens', email },
          types: ['access'],
          language: 'nl',
        }),
      })
      return (await response.json()).id as string
    }, EMAIL)
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await smtp?.close()
  })

  it('the agent adds a scanned file to the answer and answers by download', async () => {
    await agent.goto(`${custos.url}/#/orgs/demo/requests/${requestId}`)
    const section = agent.getByTestId('answer-files')
    await section.waitFor()
    // Nothing chosen: the form says so at the field.
    await agent.getByTestId('answer-file-add').click()
    await agent.locator('#answer-file-file-error').waitFor()
    await agent
      .locator('#answer-file-file')
      .setInputFiles({ name: 'personeelsdossier.pdf', mimeType: 'application/pdf', buffer: PDF })
    await agent.getByTestId('answer-file-add').click()
    await section.getByTestId('answer-file').filter({ hasText: 'personeelsdossier.pdf' }).waitFor()
    expect(await seriousA11yViolations(agent)).toEqual([])

    await agent.getByTestId('action-start').click()
    await agent.getByTestId('action-identityConfirmedBy').fill('Bekende klant, zelfde e-mailadres')
    await agent.getByTestId('action-submit').click()
    await agent.locator('[data-testid="request-status"][data-status="in_progress"]').waitFor()
    await agent.getByTestId('action-complete').click()
    await agent.getByTestId('completion-access-delivery-download').check()
    await agent.getByTestId('action-submit').click()
    await agent.locator('[data-testid="request-status"][data-status="completed"]').waitFor()
    // Answered: the file stays listed, it can no longer be removed or added to.
    expect(await agent.getByTestId('answer-file-form').count()).toBe(0)
    expect(watched).toEqual({ cspViolations: [], pageErrors: [] })
  })

  it('the subject reads the file in the letter and downloads it through the link', async () => {
    const answer = await waitFor(
      async () =>
        smtp.received.find((m) => m.to.includes(EMAIL) && /\/p\/demo\/download\//.test(mailText(m))),
      90_000,
    )
    const text = mailText(answer)
    expect(text).toContain('Het pakket bevat ook deze documenten:')
    expect(text).toContain('bijlagen/personeelsdossier.pdf')
    const link = /http:\/\/127\.0\.0\.1:\d+\/p\/demo\/download\/[A-Za-z0-9_-]+/.exec(text)?.[0] ?? ''
    await subject.goto(link)
    expect(await seriousA11yViolations(subject)).toEqual([])
    const [download] = await Promise.all([
      subject.waitForEvent('download'),
      subject.getByRole('button').click(),
    ])
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())))
    expect(Buffer.from(files['bijlagen/personeelsdossier.pdf'] ?? []).equals(PDF)).toBe(true)
  }, 180_000)
})
