import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shopRegister } from '../server/test/support/register'
import { loadRentalPostgres, type RentalDatabase } from '../server/test/support/rental'
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../server/test/support/smtp'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/** The decoded text of a quoted-printable mail. */
function mailText(mail: ReceivedMail): string {
  return Buffer.from(
    mail.raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')
}

/** The datetime-local value of an instant `hoursAgo` hours ago, in the browser's (UTC) zone. */
function localHoursAgo(hoursAgo: number): string {
  return new Date(Date.now() - hoursAgo * 3_600_000).toISOString().slice(0, 16)
}

const SHOTS = process.env.CUSTOS_SCREENSHOTS ?? '/tmp'

const PEOPLE = [
  { name: 'Jan Peeters', email: 'jan@example.be', language: 'nl' },
  { name: 'Marie Dubois', email: 'marie@example.be', language: 'fr' },
  { name: 'John Smith', email: 'john@example.be', language: 'en' },
] as const

/**
 * Issue 19 in a real browser against the real server and a real SMTP server: a privacy officer records a breach
 * with the form (the register fills in what is concerned), follows the countdown, assesses the risk with the ENISA
 * method, generates the GBA draft in French, records part 1 with its case number, and sends the letters to the
 * customers in their languages - axe clean at every step, no CSP violation, no script error.
 */
describe('breaches in headless Chromium', () => {
  let custos: RunningCustos
  let smtp: TestSmtpServer
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let rental: RentalDatabase

  const api = (method: string, path: string, body?: unknown) =>
    page.evaluate(
      async ({ method, path, body }) => {
        const me = await (await fetch('/api/v1/me')).json()
        const res = await fetch(path, {
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

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    custos = await startCustos({
      env: { CUSTOS_SMTP_URL: smtp.url, CUSTOS_MAIL_FROM: 'Custos <no-reply@custos.test>' },
    })
    browser = await launchChromium()
    page = await browser.newPage({
      locale: 'nl-BE',
      timezoneId: 'UTC',
      viewport: { width: 1280, height: 900 },
    })
    watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    const org = '/api/v1/orgs/demo'
    // The rental shop's database as a connected system: a breach's people can be counted in it.
    rental = await loadRentalPostgres()
    // The sample register with the rental database as a system and the accounting rule its payments are kept under.
    const register = shopRegister(
      'Demo BV',
      { key: 'rental_db', name: 'Verhuurdatabank' },
      { activitiesUseIt: false },
    )
    const dataset = readFileSync(
      new URL('../server/test/fixtures/rental/rental.dataset.yaml', import.meta.url),
      'utf8',
    )
    const results = [
      await api('POST', `${org}/register/import?mode=merge`, register),
      await api('PUT', `${org}/datasets/rental`, { source: dataset }),
      await api('PUT', `${org}/datasets/rental/connection`, {
        options: rental.settings.options,
        ...(rental.settings.secret ? { secret: rental.settings.secret } : {}),
      }),
    ]
    for (const p of PEOPLE)
      results.push(
        await api('POST', `${org}/subjects`, {
          name: p.name,
          language: p.language,
          identities: [{ kind: 'email', value: p.email }],
          relationships: [{ relationship: 'customer' }],
        }),
      )
    for (const r of results) expect(r.status, r.body).toBeLessThan(300)
  })

  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await rental?.drop()
    await smtp?.close()
  })

  it('records a breach with the form: the register fills in the data concerned, the countdown runs', async () => {
    await page.goto(`${custos.url}/#/orgs/demo/breaches`)
    await page.getByRole('heading', { name: 'Een datalek registreren' }).waitFor()
    await noSeriousViolations('breaches page with the form')
    await page.getByLabel('Titel').fill('Laptop met klantendossiers gestolen')
    await page.getByLabel('Kennisname op').fill(localHoursAgo(2))
    await page.getByLabel('Ontdekt op').fill(localHoursAgo(3))
    await page
      .getByLabel('Wat er gebeurd is', { exact: true })
      .fill('Een onversleutelde laptop met klantendossiers werd uit de wagen van een medewerker gestolen.')
    await page.getByLabel('Oorsprong').selectOption('lost_or_stolen_device')
    await page.getByLabel('Oorzaak').selectOption('external_malicious')
    await page.getByLabel('CloudBooks').check()
    await page.getByLabel('Benaderend aantal personen').fill('3')
    await page.getByLabel('Waarschijnlijke gevolgen').fill('Gerichte phishing of identiteitsfraude.')
    await page
      .getByLabel('Genomen maatregelen')
      .fill('De laptop werd op afstand gewist; wachtwoorden gewijzigd.')
    await page.getByRole('button', { name: 'Datalek registreren' }).click()

    await page.waitForURL(/#\/orgs\/demo\/breaches\/[0-9a-f-]{36}$/)
    await page.getByTestId('breach-clocks').waitFor()
    // 72 hours from two hours ago: about 70 hours left.
    expect(await page.getByTestId('countdown').first().textContent()).toMatch(/^nog (69|70) u \d+ min$/)
    // The system ticked brings its activity, data category and processor from the register.
    expect(await page.getByTestId('breach-facts').textContent()).toContain('Boekhouding van klanten')
    expect(await page.getByTestId('breach-facts').textContent()).toContain('CloudBooks NV')
    // A lost unencrypted device: EDPB 01/2021 case 11.
    expect(await page.getByTestId('breach-edpb').textContent()).toContain('Geval 11')
    await noSeriousViolations('breach page')
  })

  it('counts the people concerned in a connected database as a job and says which number is computed', async () => {
    const section = page.locator('section[aria-labelledby="breach-affected"]')
    await section.getByLabel('Tabel of collectie').selectOption('customer')
    await section.getByRole('button', { name: 'Tellen' }).click()
    // The count is a job: the page follows its state until the worker has read the table.
    await section.getByText('Geteld: het resultaat staat hierboven.').waitFor()
    await page.getByTestId('breach-affected-result').waitFor()
    expect(await page.getByTestId('breach-affected-result').textContent()).toContain(
      '40 personen en 40 records',
    )
    expect(await page.getByTestId('breach-people').textContent()).toMatch(/^40 \(berekend via /)
    expect(await page.getByTestId('breach-timeline').textContent()).toContain('Geteld via')
    await noSeriousViolations('people counted')
  })

  it('assesses the risk with the ENISA method and records the decision', async () => {
    await page.getByLabel('Gevoelige gegevens (4)').check()
    await page.getByLabel('Maximaal (1)').check()
    await page.getByLabel('Verstrekt aan een onbekend aantal ontvangers (+0,5)').check()
    await page.getByLabel('Kwaadwillige opzet').check()
    await page.getByLabel('Een hoog risico').check()
    await page.getByLabel('Motivering').fill('Gezondheidsgegevens, onversleuteld, in handen van een dief.')
    await page.getByRole('button', { name: 'Beoordeling noteren' }).click()
    await page.getByTestId('breach-severity').waitFor()
    // SE = 4 x 1 + 0.5 + 0.5 = 5: very high, pointing to a high risk.
    expect(await page.getByTestId('breach-severity').textContent()).toContain('Zeer hoog: score 5')
    expect(await page.getByTestId('breach-obligations').textContent()).toContain(
      'De betrokkenen inlichten (artikel 34)',
    )
    await noSeriousViolations('decision recorded')
  })

  it('generates the GBA draft in French and records part 1 with its case number', async () => {
    await page.getByLabel('Taal van het formulier').selectOption('fr')
    await page.getByRole('button', { name: 'Ontwerp opstellen' }).click()
    const draft = page.getByTestId('breach-draft')
    await draft.waitFor()
    expect(await draft.getAttribute('lang')).toBe('fr')
    const text = await page.getByLabel('Het volledige ontwerp als tekst, klaar om te kopiëren').inputValue()
    expect(text).toContain('Notification d’une violation de données')
    expect(text).toContain('Een onversleutelde laptop')
    const href = await draft.getByRole('link', { name: 'Downloaden als pdf' }).getAttribute('href')
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url ?? '')
      return { status: res.status, type: res.headers.get('content-type') }
    }, href)
    expect(pdf).toEqual({ status: 200, type: 'application/pdf' })
    await noSeriousViolations('draft shown')

    await page.getByLabel('Dossiernummer van de Gegevensbeschermingsautoriteit').fill('DBN-2026-0042')
    await page.getByRole('button', { name: 'Indiening van deel 1 noteren' }).click()
    await page.getByText('Dossiernummer van de GBA: DBN-2026-0042').waitFor()
    const clocks = await page.getByTestId('breach-clocks').textContent()
    expect(clocks).toContain('gehaald')
    expect(clocks).toContain('Deel 2')
  })

  it('sends the letters to the customers in their languages and shows their delivery', async () => {
    expect(await page.getByTestId('letter-preview').textContent()).toContain('Wat is er gebeurd?')
    await page.getByLabel('Iedereen met een bepaalde relatie (bv. alle klanten)').check()
    await page.getByLabel('Relatie', { exact: true }).fill('customer')
    await page.getByRole('button', { name: 'Brieven verzenden' }).click()
    await page.getByText('Brieven in de wachtrij: 3.', { exact: false }).waitFor()
    await expect
      .poll(() => PEOPLE.every((p) => smtp.received.some((m) => m.to.includes(p.email))), {
        timeout: 60_000,
      })
      .toBe(true)
    const subjects = Object.fromEntries(
      PEOPLE.map((p) => [p.language, smtp.received.find((m) => m.to.includes(p.email))?.subject]),
    )
    expect(subjects.nl).toMatch(/^Inbreuk in verband met uw persoonsgegevens/)
    expect(subjects.fr).toMatch(/^Violation de données à caractère personnel vous concernant/)
    expect(subjects.en).toMatch(/^A personal data breach concerning you/)
    const french = smtp.received.find((m) => m.to.includes('marie@example.be'))
    expect(french && mailText(french)).toContain('Marie Dubois')

    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Bezorgstatus vernieuwen' }).click()
          return page
            .getByTestId('letters-status')
            .textContent({ timeout: 5_000 })
            .catch(() => '')
        },
        { timeout: 60_000 },
      )
      .toContain('Aan de mailserver bezorgd3')
    expect(await page.getByTestId('breach-timeline').textContent()).toContain('Deel 1 ingediend')
    await noSeriousViolations('letters sent')
    for (const section of ['clocks', 'facts', 'assessment', 'draft', 'letters', 'timeline'])
      await page
        .locator(`section[aria-labelledby="breach-${section}"]`)
        .screenshot({ path: `${SHOTS}/breaches-${section}.png` })
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('words the timeline in French, as stored keys, not sentences', async () => {
    await page.getByTestId('language-switcher').selectOption('fr')
    await page.waitForFunction(() => document.documentElement.lang === 'fr')
    await expect.poll(() => page.getByTestId('breach-timeline').textContent()).toContain('Quand')
    const timeline = await page.getByTestId('breach-timeline').textContent()
    expect(timeline).toContain('La violation a été enregistrée.')
    expect(timeline).toContain('numéro de dossier DBN-2026-0042')
    expect(timeline).toContain('Comptage via')
    expect(await page.getByTestId('breach-people').textContent()).toMatch(/^40 \(calculé via /)
    await noSeriousViolations('breach page in French')
    await page.getByTestId('language-switcher').selectOption('nl')
  })
})
