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
 * answers by download; the subject's mail names the file and its link downloads a zip that carries it. Each step
 * can run on its own (issue 13): the subject's step reads the answer the agent's step made, or, run alone, one
 * made through the API.
 */
describe('an answer with an uploaded file, downloaded by the subject', () => {
  let smtp: TestSmtpServer
  let custos: RunningCustos
  let browser: Browser
  let agent: Page
  let subject: Page
  let watched: ReturnType<typeof watchPage>

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
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await smtp?.close()
  })

  /** Calls the API as the agent (session cookie and CSRF token); a FormData body is sent as multipart. */
  const call = (method: string, path: string, body?: unknown, file?: { name: string; bytes: number[] }) =>
    agent.evaluate(
      async ({ method, path, body, file }) => {
        const me = await (await fetch('/api/v1/me')).json()
        const form = new FormData()
        if (file)
          form.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'application/pdf' }), file.name)
        const response = await fetch(`/api/v1/orgs/demo${path}`, {
          method,
          headers: {
            'X-CSRF-Token': me.csrfToken,
            ...(file ? {} : { 'Content-Type': 'application/json' }),
          },
          body: file ? form : JSON.stringify(body),
        })
        return { status: response.status, body: await response.json() }
      },
      { method, path, body, file },
    )
  /** An access request by e-mail from the subject, recorded as staff would. */
  const newRequest = async (): Promise<string> => {
    const made = await call('POST', '/requests', {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'An Janssens', email: EMAIL },
      types: ['access'],
      language: 'nl',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    return made.body.id as string
  }
  /** Set by the first step once it answered through the page; otherwise the second step answers through the API. */
  let answeredOnPage = false
  const answerThroughApi = async () => {
    const id = await newRequest()
    const file = { name: 'personeelsdossier.pdf', bytes: [...PDF] }
    const added = await call('POST', `/requests/${id}/answer-files`, undefined, file)
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    for (const [action, body] of [
      ['start', { identityConfirmedBy: 'Bekende klant, zelfde e-mailadres' }],
      ['complete', { details: { access: { delivery: 'download' } } }],
    ] as const) {
      const done = await call('POST', `/requests/${id}/actions/${action}`, body)
      expect(done.status, JSON.stringify(done.body)).toBe(200)
    }
  }

  it('the agent adds a scanned file to the answer and answers by download', async () => {
    const requestId = await newRequest()
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
    answeredOnPage = true
  })

  it('the subject reads the file in the letter and downloads it through the link', async () => {
    if (!answeredOnPage) await answerThroughApi()
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
