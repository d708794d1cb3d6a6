import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleRegister } from '../server/test/support/register'
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../server/test/support/smtp'
import { waitFor } from '../server/test/support/wait'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const EMAIL = 'lien.wouters@example.be'

/** The sample register with the newsletter and the service statistics, each an activity on consent. */
function consentRegister() {
  const register = sampleRegister()
  for (const purpose of ['direct_marketing', 'service_improvement'])
    register.activities?.push({
      key: `act-${purpose.replaceAll('_', '-')}`,
      name: { nl: purpose, fr: purpose, en: purpose },
      purposes: [{ purpose, legalBasis: 'consent' }],
      subjectCategories: ['clients'],
      dataCategories: [{ category: 'identification', source: 'subject' }],
      systems: ['cloudbooks-app'],
      retention: [{ rule: 'accounting-7y' }],
      measures: ['mfa'],
      status: 'active',
    })
  return register
}

/** The text of a mail as a person reads it: quoted-printable soft breaks and escapes undone. */
function mailText(mail: ReceivedMail): string {
  return mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}

/**
 * The preference centre (issue 17 item 2) in a real browser against the real server and a real SMTP server: a
 * person without an account asks for a link on the public page, follows the link the mail brought, sees every
 * consent purpose of the register with their current choice, changes them, reads the page in French, English and
 * German, and unsubscribes through a mailing's one-click link; the Consent API shows each change as recorded.
 * Every public page passes axe. Each step opens its own page; the link is asked for once per file by whichever
 * step needs it first.
 */
describe('the preference centre in headless Chromium', () => {
  let smtp: TestSmtpServer
  let custos: RunningCustos
  let browser: Browser
  let staff: Page
  let person: Page
  let watched: ReturnType<typeof watchPage>
  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(person) }).toEqual({ where, violations: [] })

  /** A call of the organisation's API as the signed-in owner (session cookie and CSRF token). */
  const staffCall = (method: string, path: string, body?: unknown) =>
    staff.evaluate(
      async ({ method, path, body }) => {
        const me = await (await fetch('/api/v1/me')).json()
        const response = await fetch(`/api/v1/orgs/demo${path}`, {
          method,
          headers: {
            'X-CSRF-Token': me.csrfToken,
            'Content-Type': typeof body === 'string' ? 'text/yaml' : 'application/json',
          },
          ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        })
        // biome-ignore lint/suspicious/noExplicitAny: JSON answers read as each step needs
        return { status: response.status, body: (await response.json()) as any }
      },
      { method, path, body },
    )
  /** The person's current choice per purpose, as the Consent API answers it. */
  const statesOf = async () => {
    const proof = await staffCall('POST', '/consent/proof', { identity: { kind: 'email', value: EMAIL } })
    expect(proof.status, JSON.stringify(proof.body)).toBe(200)
    return Object.fromEntries(
      (proof.body.status as { purpose: string; state: string }[]).map((s) => [s.purpose, s.state]),
    )
  }
  const record = async (purpose: string, state: string) => {
    const res = await staffCall('POST', '/consent/events', {
      identity: { kind: 'email', value: EMAIL },
      purpose,
      state,
      text: 'Ja, stuur mij nieuws en aanbiedingen.',
      language: 'nl',
      channel: 'web_form',
      method: state === 'given' ? 'accept' : 'reject',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer()
    custos = await startCustos({
      env: { CUSTOS_SMTP_URL: smtp.url, CUSTOS_MAIL_FROM: 'Demo <privacy@demo.test>' },
    })
    browser = await launchChromium()
    staff = await (await browser.newContext({ locale: 'nl-BE' })).newPage()
    await signInAsDemoOwner(staff, custos)
    // The newsletter and the service statistics rest on consent; the person gave the first, refused the second.
    const imported = await staffCall('POST', '/register/import?mode=merge', JSON.stringify(consentRegister()))
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    await record('direct_marketing', 'given')
    await record('service_improvement', 'refused')
    // The person: another browser context, no account, no session.
    person = await (await browser.newContext({ locale: 'nl-BE' })).newPage()
    watched = watchPage(person)
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await smtp?.close()
  })

  /** Asks for the link on the public page (nl) and returns the address the mail brought; once per file. */
  let link: Promise<string> | undefined
  const mailedLink = () => {
    link ??= (async () => {
      await person.goto(`${custos.url}/p/demo/preferences`)
      await person.getByRole('heading', { level: 1, name: 'Mijn voorkeuren' }).waitFor()
      await person.getByRole('button', { name: 'Link versturen' }).click()
      // Not an address: said at the field.
      await person.locator('#email-error').getByText('Vul een geldig e-mailadres in.').waitFor()
      await noSeriousViolations('link form with its error (nl)')
      await person.getByLabel('E-mailadres').fill(EMAIL)
      await person.getByRole('button', { name: 'Link versturen' }).click()
      await person.getByRole('status').getByText('Als wij dit adres kennen').waitFor()
      await noSeriousViolations('link asked for (nl)')
      const mail = await waitFor(async () => smtp.received.find((m) => m.to.includes(EMAIL)), 60_000)
      const found = /https?:\/\/\S+\/p\/demo\/preferences\/manage\?t=[A-Za-z0-9._-]+(&amp;|&)lang=nl/.exec(
        mailText(mail),
      )?.[0]
      if (!found) throw new Error(`No preference link in:\n${mailText(mail)}`)
      return found.replace(/&amp;/g, '&')
    })()
    return link
  }

  it('a person asks for a link, sees every consent and changes them without an account (nl)', async () => {
    const url = await mailedLink()
    await person.goto(url)
    await person.getByRole('heading', { level: 1, name: 'Mijn voorkeuren' }).waitFor()
    await person.getByText(`Uw toestemmingen voor l•••@example.be.`, { exact: false }).waitFor()
    const newsletter = person.getByRole('group', { name: /^Toestemming voor: Direct marketing/ })
    const statistics = person.getByRole('group', {
      name: /^Toestemming voor: Verbetering van de dienstverlening/,
    })
    await newsletter.getByText(/^Toestemming gegeven, sinds /).waitFor()
    await statistics.getByText(/^Geweigerd, sinds /).waitFor()
    expect(await newsletter.getByLabel('Ja, ik geef toestemming').isChecked()).toBe(true)
    // Only a consent given is ticked in advance: a refusal is shown by its status, neither answer ticked, so that
    // saving the page as shown records nothing (review R7/R8).
    expect(await statistics.getByLabel('Nee').isChecked()).toBe(false)
    expect(await statistics.getByLabel('Ja, ik geef toestemming').isChecked()).toBe(false)
    await noSeriousViolations('preferences (nl)')

    // Withdraw the newsletter, give the statistics: two changes, both recorded at once.
    await newsletter.getByLabel('Nee').check()
    await statistics.getByLabel('Ja, ik geef toestemming').check()
    await person.getByRole('button', { name: 'Opslaan' }).click()
    await person.getByRole('status').getByText('Opgeslagen: 2 wijzigingen.').waitFor()
    await newsletter.getByText(/^Ingetrokken, sinds /).waitFor()
    await statistics.getByText(/^Toestemming gegeven, sinds /).waitFor()
    expect(await statesOf()).toEqual({ direct_marketing: 'withdrawn', service_improvement: 'given' })
    await noSeriousViolations('preferences saved (nl)')
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('reads and saves in French, English and German through the language links', async () => {
    const url = await mailedLink()
    await person.goto(url)
    await person.getByRole('heading', { level: 1, name: 'Mijn voorkeuren' }).waitFor()
    await person
      .getByRole('navigation', { name: 'Deze pagina in een andere taal' })
      .getByText('Français')
      .click()
    await person.getByRole('heading', { level: 1, name: 'Mes préférences' }).waitFor()
    expect(await person.locator('html').getAttribute('lang')).toBe('fr')
    await person.getByRole('button', { name: 'Enregistrer' }).waitFor()
    await noSeriousViolations('preferences (fr)')
    // Saving in French: nothing changed is said so, in French.
    await person.getByRole('button', { name: 'Enregistrer' }).click()
    await person.getByRole('status').getByText('Rien n’a changé.').waitFor()
    expect(await person.locator('html').getAttribute('lang')).toBe('fr')

    await person
      .getByRole('navigation', { name: 'Cette page dans une autre langue' })
      .getByText('English')
      .click()
    await person.getByRole('heading', { level: 1, name: 'My preferences' }).waitFor()
    expect(await person.getByLabel('Yes, I consent').count()).toBe(2)
    await noSeriousViolations('preferences (en)')

    await person
      .getByRole('navigation', { name: 'This page in another language' })
      .getByText('Deutsch')
      .click()
    await person.getByRole('heading', { level: 1, name: 'Meine Einstellungen' }).waitFor()
    expect(await person.locator('html').getAttribute('lang')).toBe('de')
    // The newsletter given again, in German.
    const newsletter = person.getByRole('group', { name: /[Mm]arketing/ })
    await newsletter.getByLabel('Ja, ich willige ein').check()
    await person.getByRole('button', { name: 'Speichern' }).click()
    await person.getByRole('status').getByText('Gespeichert: 1 Änderung.').waitFor()
    await newsletter.getByText(/^Einwilligung erteilt/).waitFor()
    expect((await statesOf()).direct_marketing).toBe('given')
    await noSeriousViolations('preferences saved (de)')
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('a mailing’s one-click unsubscribe link asks first, then records the withdrawal (nl, fr)', async () => {
    await mailedLink()
    if ((await statesOf()).direct_marketing !== 'given') await record('direct_marketing', 'given')
    const made = await staffCall('POST', '/consent/unsubscribe-links', {
      identity: { kind: 'email', value: EMAIL },
      purpose: 'direct_marketing',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    expect(made.body.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    const path = new URL(made.body.url as string)
    // Opening the link (a mail scanner does too) only asks.
    await person.goto(`${custos.url}${path.pathname}${path.search}&lang=fr`)
    await person.getByRole('heading', { level: 1, name: 'Se désinscrire' }).waitFor()
    await noSeriousViolations('unsubscribe question (fr)')
    expect((await statesOf()).direct_marketing).toBe('given')
    await person
      .getByRole('navigation', { name: 'Cette page dans une autre langue' })
      .getByText('Nederlands')
      .click()
    await person.getByRole('heading', { level: 1, name: 'Uitschrijven' }).waitFor()
    await person.getByRole('button', { name: 'Uitschrijven' }).click()
    await person
      .getByRole('status')
      .getByText(/^U bent uitgeschreven: uw toestemming voor ".+" is ingetrokken\.$/)
      .waitFor()
    await noSeriousViolations('unsubscribed (nl)')
    const proof = await staffCall('POST', '/consent/proof', { identity: { kind: 'email', value: EMAIL } })
    const latest = (proof.body.events as { purpose: string; state: string; method: string }[]).find(
      (e) => e.purpose === 'direct_marketing',
    )
    expect(latest).toMatchObject({ state: 'withdrawn', method: 'one_click' })
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('a parent reads the child’s consent on the mailed page and confirms it (nl, de); axe clean', async () => {
    const parent = 'mama.wouters@example.be'
    const asked = await staffCall('POST', '/consent/events', {
      identity: { kind: 'email', value: 'kind.wouters@example.be' },
      purpose: 'service_improvement',
      state: 'given',
      text: 'Ja, jullie mogen mijn gebruik van de app meten om ze te verbeteren.',
      language: 'nl',
      channel: 'app',
      method: 'accept',
      age: { group: 'under_13', askParent: { relationship: 'parent', email: parent } },
    })
    expect(asked.status, JSON.stringify(asked.body)).toBe(201)
    expect(asked.body.state).toBe('pending_parental')
    const mail = await waitFor(async () => smtp.received.find((m) => m.to.includes(parent)), 60_000)
    const found = /https?:\/\/\S+\/p\/demo\/parental\?t=[A-Za-z0-9._-]+(&amp;|&)lang=nl/.exec(
      mailText(mail),
    )?.[0]
    if (!found) throw new Error(`No parental link in:\n${mailText(mail)}`)
    await person.goto(found.replace(/&amp;/g, '&'))
    await person.getByRole('heading', { level: 1, name: 'Toestemming voor uw kind' }).waitFor()
    await person.getByText('Ja, jullie mogen mijn gebruik van de app meten om ze te verbeteren.').waitFor()
    await noSeriousViolations('parental page (nl)')
    await person
      .getByRole('navigation', { name: 'Deze pagina in een andere taal' })
      .getByText('Deutsch')
      .click()
    await person.getByRole('heading', { level: 1, name: 'Einwilligung für Ihr Kind' }).waitFor()
    await noSeriousViolations('parental page (de)')
    await person
      .getByRole('button', { name: 'Ich bin Elternteil oder Vormund und bestätige diese Einwilligung' })
      .click()
    await person
      .getByRole('status')
      .getByText(/^Vielen Dank\. Die Einwilligung ist als vom Elternteil/)
      .waitFor()
    await noSeriousViolations('parental page confirmed (de)')
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
