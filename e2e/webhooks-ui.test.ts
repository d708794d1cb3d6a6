import { createHmac } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/** The webhooks page against the real server and a real HTTP receiver started here. */
describe('webhooks page in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let receiver: http.Server
  let receiverUrl: string
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = []

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok))
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/custos`
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'en-GB' })
    watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    await page.getByTestId('language-switcher').selectOption('en')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    receiver?.closeAllConnections()
    await new Promise<void>((ok) => (receiver ? receiver.close(() => ok()) : ok()))
  })

  it('adds an endpoint (secret shown once), sends a test event the receiver can verify, and shows the log', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/webhooks`)
    await page.getByTestId('page-title').waitFor()
    expect(await page.getByTestId('page-title').textContent()).toBe('Webhooks')
    expect(await seriousA11yViolations(page)).toEqual([])

    await page.getByLabel('URL').fill(receiverUrl)
    await page.getByLabel('Description').fill('Receiver started by the test')
    await page.getByLabel('Request received').check()
    await page.getByRole('button', { name: 'Add endpoint' }).click()
    const secret = await page.getByTestId('webhook-secret').inputValue()
    expect(secret).toMatch(/^whsec_/)
    expect(await seriousA11yViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'I have stored it' }).click()

    await page.getByRole('button', { name: 'Send test event' }).click()
    await page.getByTestId('webhook-delivery-log').waitFor()
    const row = page.getByTestId('webhook-delivery-log').locator('tbody tr').first()
    expect(await row.textContent()).toContain('Test event')
    expect(await row.textContent()).toContain('Delivered')
    expect(await row.textContent()).toContain('204')

    expect(received).toHaveLength(1)
    const [hit] = received
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
    const expected = createHmac('sha256', key)
      .update(`${hit?.headers['webhook-id']}.${hit?.headers['webhook-timestamp']}.${hit?.body}`)
      .digest('base64')
    expect(hit?.headers['webhook-signature']).toBe(`v1,${expected}`)
    expect(JSON.parse(hit?.body ?? '{}')).toMatchObject({
      type: 'webhook.test',
      organisation: { slug: 'demo' },
    })
    expect(await seriousA11yViolations(page)).toEqual([])
  })

  it('reads in Dutch and French too, without accessibility violations', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/webhooks`)
    await page.getByTestId('page-title').waitFor()
    for (const [lang, title] of [
      ['nl', 'Webhooks'],
      ['fr', 'Webhooks'],
    ] as const) {
      await page.getByTestId('language-switcher').selectOption(lang)
      await page.waitForFunction((l) => document.documentElement.lang === l, lang)
      expect(await page.getByTestId('page-title').textContent()).toBe(title)
      expect(await seriousA11yViolations(page)).toEqual([])
    }
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
