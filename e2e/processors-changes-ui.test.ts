import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChinookDatabase } from '../server/test/support/chinook'
import {
  chinookClientDataset,
  countRows,
  loadMultiClientChinook,
} from '../server/test/support/chinook-clients'
import { chinookRegister } from '../server/test/support/chinook-register'
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../server/test/support/smtp'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const ACME = { name: 'Acme Verzekeringen NV', language: 'nl', email: 'privacy@acme.example', code: 'ACME' }
const BETA = { name: 'Beta Énergie SA', language: 'fr', email: 'dpo@beta.example', code: 'BETA' }
const REASON = 'Pas de transfert hors de notre contrôle.'

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
 * Issue 20's browser proof against the real server, a real SMTP server and a real PostgreSQL holding a multi-client
 * chinook (every customer belongs to a client through customer.client_code): the organisation, processor for two
 * clients, announces a new sub-processor from the Verwerkers page; each client gets the mail in its language; the
 * French client opens the link from its mail in a browser of its own (no account) and objects; the page shows the
 * objection and the change as not yet in force; then the contract with the Dutch client ends with destroy, its rows
 * are erased and the certificate is offered - axe clean on every page visited.
 */
describe('sub-processor change, objection and end of contract in headless Chromium', () => {
  let custos: RunningCustos
  let smtp: TestSmtpServer
  let chinook: ChinookDatabase
  let browser: Browser
  const clientIds: Record<string, string> = {}

  const count = (sql: string) => countRows(chinook, sql)
  /** A page signed in as the demo owner (nl), its script errors and CSP violations watched. */
  const staffPage = async () => {
    const page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } })
    const watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    const call = (method: string, path: string, body?: unknown) =>
      page.evaluate(
        async ({ method, path, body }) => {
          const me = await (await fetch('/api/v1/me')).json()
          const res = await fetch(`/api/v1/orgs/demo${path}`, {
            method,
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: body === undefined ? undefined : JSON.stringify(body),
          })
          return { status: res.status, body: await res.text() }
        },
        { method, path, body },
      )
    const noSeriousViolations = async (where: string) =>
      expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })
    const openProcessors = async () => {
      await page.goto(`${custos.url}/#/orgs/demo/processors`)
      await page.getByRole('heading', { level: 1, name: 'Verwerkers' }).waitFor()
      await page.getByRole('heading', { name: 'Wijzigingen van subverwerkers' }).waitFor()
    }
    return { page, watched, call, noSeriousViolations, openProcessors }
  }

  beforeAll(async () => {
    ;[smtp, chinook] = await Promise.all([
      startTestSmtpServer(),
      loadMultiClientChinook([{ code: 'ACME', through: 20 }, { code: 'BETA' }]),
    ])
    custos = await startCustos({
      env: { CUSTOS_SMTP_URL: smtp.url, CUSTOS_MAIL_FROM: 'Custos <no-reply@custos.test>' },
    })
    browser = await launchChromium()
    const { page, call } = await staffPage()
    const register = chinookRegister()
    register.activities = [
      ...(register.activities ?? []),
      {
        key: 'client-invoicing',
        name: {
          nl: 'Facturatie voor klanten',
          fr: 'Facturation pour les clients',
          en: 'Invoicing for clients',
        },
        role: 'processor',
        status: 'active',
      } as (typeof register.activities)[number],
    ]
    const results = [
      await call('POST', '/register/import?mode=merge', register),
      await call('PUT', '/datasets/chinook-clients', { source: chinookClientDataset() }),
      await call('PUT', '/datasets/chinook-clients/connection', {
        options: chinook.settings.options,
        ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
      }),
    ]
    for (const client of [ACME, BETA]) {
      const made = await call('POST', '/processors/clients', {
        name: client.name,
        language: client.language,
        contacts: { email: client.email },
        activityKeys: ['client-invoicing'],
        systemReference: client.code,
      })
      results.push(made)
      if (made.status === 201) clientIds[client.code] = JSON.parse(made.body).id
    }
    for (const r of results) expect(r.status, r.body).toBeLessThan(300)
    await page.close()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await chinook?.drop()
    await smtp?.close()
  })

  it('announces a new sub-processor from the page; each client gets the mail in its language', async () => {
    const { page, watched, openProcessors, noSeriousViolations } = await staffPage()
    await openProcessors()
    await page.getByText('Nog geen wijzigingen aangekondigd.').waitFor()
    await noSeriousViolations('processors page with two clients')
    const form = page.locator('form[aria-labelledby="announce-change-title"]')
    await form.getByLabel('Wijziging').selectOption('add')
    await form.getByLabel('Sleutel in het register').fill('mailjet')
    await form.getByLabel('Naam', { exact: true }).fill('Mailjet SAS')
    await form.getByLabel('Land').fill('fr')
    await form.getByLabel('Diensten').fill('e-mail')
    await noSeriousViolations('announce form filled in')
    await form.getByRole('button', { name: 'Aankondigen en klanten mailen' }).click()
    await page.getByText('Aangekondigd: 2 klanten en 0 abonnees krijgen een e-mail.').waitFor()
    const row = page.getByTestId('processor-changes').getByRole('row', { name: /Mailjet SAS/ })
    expect(await row.textContent()).toContain('Aangekondigd')
    await noSeriousViolations('processors page with the announced change')

    await expect
      .poll(() => [ACME, BETA].every((c) => smtp.received.some((m) => m.to.includes(c.email))), {
        timeout: 60_000,
      })
      .toBe(true)
    const subjects = [ACME, BETA].map((c) => smtp.received.find((m) => m.to.includes(c.email))?.subject)
    expect(subjects).toEqual([
      'Chinook Muziek BV wil een nieuwe subverwerker inschakelen: Mailjet SAS',
      'Chinook Muziek BV souhaite recourir à un nouveau sous-traitant ultérieur : Mailjet SAS',
    ])
    expect(watched.pageErrors).toEqual([])
    expect(watched.cspViolations).toEqual([])
    await page.close()
  })

  it('the French client objects through the link in its mail, without an account; the page shows it', async () => {
    const linkTo = (email: string) => {
      const mail = smtp.received.find((m) => m.to.includes(email))
      if (!mail) throw new Error(`no mail to ${email}`)
      const link = /https?:\/\/[^\s"<>]+\/subprocessors\/object\?[^\s"<>]+/.exec(mailText(mail))?.[0]
      if (!link) throw new Error(`no objection link in:\n${mailText(mail)}`)
      return link.replace(/&amp;/g, '&')
    }
    // The clients' own browser: a new context, no session. The Dutch client reads its form and the public list
    // (the change announced, not yet in force) and leaves it there.
    const context = await browser.newContext({ locale: 'fr-BE' })
    const client = await context.newPage()
    const clientWatched = watchPage(client)
    await client.goto(linkTo(ACME.email))
    await client.getByRole('heading', { name: 'Bezwaar tegen een wijziging van subverwerker' }).waitFor()
    await client
      .getByText(`U maakt bezwaar namens ${ACME.name} tegen de toevoeging van Mailjet SAS`)
      .waitFor()
    expect({ violations: await seriousA11yViolations(client) }).toEqual({ violations: [] })
    await client.goto(`${custos.url}/p/demo/subprocessors?lang=nl`)
    await client.getByRole('heading', { name: 'Aangekondigde wijzigingen' }).waitFor()
    const pending = client.getByRole('table').filter({ hasText: 'Toevoeging' })
    await pending.getByText('Mailjet SAS').waitFor()
    expect({ violations: await seriousA11yViolations(client) }).toEqual({ violations: [] })

    await client.goto(linkTo(BETA.email))
    await client
      .getByRole('heading', { name: 'Objection à un changement de sous-traitant ultérieur' })
      .waitFor()
    expect(await client.locator('main, body').first().textContent()).toContain(
      'Vous formulez une objection au nom de Beta Énergie SA contre l’ajout de Mailjet SAS',
    )
    expect({ violations: await seriousA11yViolations(client) }).toEqual({ violations: [] })
    await client.getByLabel('Vos raisons').fill(REASON)
    await client.getByRole('button', { name: 'Envoyer l’objection' }).click()
    await client.getByText('Votre objection est enregistrée. Nous prendrons contact avec vous.').waitFor()
    expect({ violations: await seriousA11yViolations(client) }).toEqual({ violations: [] })
    expect(clientWatched.pageErrors).toEqual([])
    await context.close()

    const { page, watched, call, openProcessors, noSeriousViolations } = await staffPage()
    await openProcessors()
    const row = page.getByTestId('processor-changes').getByRole('row', { name: /Mailjet SAS/ })
    await row.getByText(`Beta Énergie SA: ${REASON}`).waitFor()
    // Still in the objection window: announced, not in force, taking effect in 7 days.
    const cells = await row.locator('th, td').allTextContents()
    const listed = JSON.parse((await call('GET', '/processors/changes')).body).items[0]
    const effectiveAt = new Date(listed.effectiveAt).getTime()
    expect(effectiveAt - new Date(listed.announcedAt).getTime()).toBe(7 * 86_400_000)
    expect(effectiveAt).toBeGreaterThan(Date.now())
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
      .format(effectiveAt)
      .split('-')
    expect(cells.slice(1, 4)).toEqual(['Toevoegen', `${d}/${m}/${y}`, 'Aangekondigd'])
    await noSeriousViolations('processors page with the objection')
    // Nor in the register yet: the vendors list has no Mailjet.
    expect(await page.getByTestId('processor-vendors').getByText('Mailjet SAS').count()).toBe(0)
    expect(watched.pageErrors).toEqual([])
    await page.close()
  })

  it('ends the contract with the Dutch client, choosing destroy: its rows are erased, the certificate is offered', async () => {
    const betaBefore = await count(`select count(*) n from customer where client_code = 'BETA'`)
    const acmeCustomers = await count(`select count(*) n from customer where client_code = 'ACME'`)
    expect(acmeCustomers).toBe(20)
    const held = await count(
      `select count(*) n from invoice where customer_id in (3, 7, 11) and invoice_date >= now() - interval '7 years'`,
    )
    expect(held).toBeGreaterThan(0)
    const { page, watched, call, openProcessors, noSeriousViolations } = await staffPage()
    await openProcessors()
    const form = page.locator('form[aria-labelledby="contract-end-title"]')
    await form.getByLabel('Klant', { exact: true }).selectOption({ label: ACME.name })
    await form.getByLabel(/Vernietiging: zijn gegevens wissen/).check()
    await form.getByLabel('Opmerking').fill('Brief van 3 december')
    // Without the confirmation, nothing starts.
    await form.getByRole('button', { name: 'Contract beëindigen' }).click()
    await form.getByText('Bevestig dat de gegevens mogen worden gewist.').first().waitFor()
    await noSeriousViolations('contract end form asking for confirmation')
    await form.getByLabel(`Ik begrijp dat de gegevens van ${ACME.name} uit de systemen worden gewist`).check()
    await form.getByRole('button', { name: 'Contract beëindigen' }).click()
    await page.getByText(`Het einde van het contract met ${ACME.name} wordt uitgevoerd.`).waitFor()

    // The job runs in the server; the page shows where it is when opened again.
    const ends = page.getByTestId('contract-ends')
    const acmeRow = ends.getByRole('row', { name: new RegExp(ACME.name) })
    await expect
      .poll(
        async () => {
          await page.reload()
          await acmeRow.waitFor()
          return (await acmeRow.locator('td').nth(2).textContent()) ?? ''
        },
        { timeout: 90_000, interval: 1000 },
      )
      .toMatch(/^Klaar/)

    const text = (await acmeRow.textContent()) ?? ''
    expect(text).toContain('Vernietiging')
    const listed = await call('GET', `/processors/contract-ends?clientId=${clientIds.ACME}`)
    const end = JSON.parse(listed.body).items[0]
    expect(end.totals.found).toBeGreaterThanOrEqual(acmeCustomers)
    expect(text).toContain(
      `${end.totals.found} gevonden, ${end.totals.deleted} gewist, ${end.totals.masked} gemaskeerd, ${end.totals.kept} bewaard`,
    )
    await noSeriousViolations('processors page with the completed destroy')

    // The database: no ACME customer left unerased; the other client's rows all there.
    expect(
      await count(`select count(*) n from customer where client_code = 'ACME' and first_name <> 'erased'`),
    ).toBe(0)
    expect(await count(`select count(*) n from customer where client_code = 'BETA'`)).toBe(betaBefore)
    const customer = end.systems[0].collections.find(
      (c: { collection: string }) => c.collection === 'customer',
    )
    // The customers whose invoices the accounting rule keeps are masked, the others deleted; the page says what
    // was kept under which rule.
    expect(customer).toMatchObject({ found: acmeCustomers, deleted: acmeCustomers - 3, masked: 3 })
    expect(await count(`select count(*) n from invoice where customer_id <= 20`)).toBe(held)
    expect(text).toContain(`Bewaard: ${held} records van Chinook webshop / invoice (accounting_records, tot `)

    // The certificate of destruction in each language, from the links on the page.
    const links = acmeRow.getByTestId('contract-end-certificate')
    expect(await links.allTextContents()).toEqual([
      'Attest van vernietiging (NL)',
      'Attest van vernietiging (FR)',
      'Attest van vernietiging (EN)',
    ])
    const fetched = await page.evaluate(
      async (href) => {
        const res = await fetch(href)
        const bytes = new Uint8Array(await res.arrayBuffer())
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          start: String.fromCharCode(...bytes.slice(0, 5)),
        }
      },
      (await links.first().getAttribute('href')) as string,
    )
    expect(fetched).toEqual({ status: 200, type: 'application/pdf', start: '%PDF-' })
    // The client is ended: its row says so.
    const clientRow = page.getByTestId('processor-clients').getByRole('row', { name: new RegExp(ACME.name) })
    expect(await clientRow.textContent()).toContain('Beëindigd')
    expect(watched.pageErrors).toEqual([])
    expect(watched.cspViolations).toEqual([])
    await page.close()
  })
})
