import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { RunningCustos } from './support/server'
import type { watchPage } from './support/session'
import { openStaffPage, type StaffPage } from './support/staff-page'

/** Its consent purposes: the recruitment reserve and the website's analytics cookies. */
const REGISTER = resolve(import.meta.dirname, '../examples/contactexpert.register.yaml')

/**
 * The consent page (issue 17) in a real browser against the real server: the counts per consent purpose after
 * choices recorded through the API, the chain verified on request, a consent from a paper form recorded by hand,
 * and the proof of one person with its evidence - in Dutch, then in French, with axe on every state.
 */
/** An answer the mailing tool is told to give: a status, with a Retry-After header when given. */
type Planned = number | { status: number; retryAfter: string }

/** A mailing tool's unsubscribe endpoint on a local port: answers the planned statuses, then 200. */
async function startMailingTool(plan: Planned[]) {
  const calls: { status: number; body: unknown }[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const next = plan.shift() ?? 200
      const status = typeof next === 'number' ? next : next.status
      calls.push({ status, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') })
      const headers = typeof next === 'number' ? {} : { 'retry-after': next.retryAfter }
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end('{}')
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((ok) => server.close(() => ok()))
    },
  }
}

describe('consent page in headless Chromium', () => {
  let custos: RunningCustos
  let staff: StaffPage
  let tool: Awaited<ReturnType<typeof startMailingTool>>
  /** The mailing tool's next answers (200 once empty). */
  const plan: Planned[] = []
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let slug = ''
  let staffCall: StaffPage['staffCall']
  let noSeriousViolations: StaffPage['noSeriousViolations']

  const recordViaApi = async (email: string, purpose: string, state: string) => {
    const res = await staffCall('POST', '/consent/events', {
      identity: { kind: 'email', value: email },
      purpose,
      state,
      text: 'Ik ga akkoord.',
      language: 'nl',
      channel: 'web_form',
      method: state === 'given' ? 'accept' : 'reject',
      source: 'website',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  }

  beforeAll(async () => {
    tool = await startMailingTool(plan)
    staff = await openStaffPage()
    ;({ custos, page, watched, slug, staffCall, noSeriousViolations } = staff)
    // Student jobs: the recruitment reserve is offered to minors too, so a consent to it asks the person's age.
    const register = readFileSync(REGISTER, 'utf8').replace(
      'subjectCategories: [job_applicants]',
      'subjectCategories: [job_applicants, minors]',
    )
    expect(register).toContain('[job_applicants, minors]')
    const imported = await staffCall('POST', '/register/import?mode=replace', register)
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    await recordViaApi('an@example.be', 'website_cookies', 'given')
    await recordViaApi('bert@example.be', 'website_cookies', 'given')
    // The mailing tool is told of withdrawals (its dataset's consentWithdrawal call).
    const saved = await staffCall('PUT', '/datasets/mailtool', {
      source: JSON.stringify({
        key: 'mailtool',
        system: 'crm',
        name: 'Mailing tool',
        connector: 'http',
        http: { baseUrl: tool.url },
        collections: [{ name: 'contacts', fields: [{ name: 'email', identity: 'email' }] }],
        consentWithdrawal: {
          call: { path: '/unsubscribe', body: { email: '{email}', purpose: '{purpose}' } },
        },
      }),
    })
    expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300)
    expect((await staffCall('PUT', '/datasets/mailtool/connection', { options: {} })).status).toBe(200)
    await recordViaApi('bert@example.be', 'website_cookies', 'withdrawn')
    // The worker calls it: wait until the record says so.
    // Polled from here: an async function given to page.waitForFunction returns a promise, which counts as true
    // at once.
    await vi.waitFor(
      async () => {
        const overview = (await staffCall('GET', '/consent')).body as {
          recent: { propagations: { status: string }[] }[]
        }
        expect(overview.recent.some((e) => e.propagations.some((p) => p.status === 'done'))).toBe(true)
      },
      { interval: 250, timeout: 170_000 },
    )
    expect(tool.calls).toEqual([
      { status: 200, body: { email: 'bert@example.be', purpose: 'website_cookies' } },
    ])
    await recordViaApi('chris@example.be', 'recruitment', 'refused')
  })
  /** Opens the Consent page in Dutch, whatever language a step before left the page in. */
  const openInDutch = async () => {
    // A fresh load: going to the same address with only the hash would keep the data a step before read.
    await page.goto('about:blank')
    await page.goto(`${custos.url}/#/orgs/${slug}/consent`)
    // The page first loads in the account's language (a step before may have saved French); switching before that
    // load has ended let it switch back afterwards.
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByTestId('language-switcher').selectOption('nl')
    await page.waitForFunction(() => document.documentElement.lang === 'nl')
    await page.getByRole('heading', { level: 1, name: 'Toestemmingen' }).waitFor()
  }
  afterAll(async () => {
    await staff?.close()
    await tool?.close()
  })

  it('shows the counts, verifies the chain, records a paper consent and shows one person’s proof (nl)', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/consent`)
    await page.getByRole('heading', { level: 1, name: 'Toestemmingen' }).waitFor()
    await page.getByTestId('consent-purposes').waitFor()
    const rows = page.getByTestId('consent-purposes').locator('tbody tr')
    expect(await rows.count()).toBe(2)
    // Columns: given, refused, withdrawn, expired, renewal due.
    const cells = async (label: RegExp) => rows.filter({ hasText: label }).locator('td').allTextContents()
    expect(await cells(/cookies/i)).toEqual(['1', '0', '1', '0', '0'])
    expect(await cells(/[Ww]erving/)).toEqual(['0', '1', '0', '0', '0'])
    expect(await page.getByTestId('consent-recent').locator('tbody tr').count()).toBe(4)
    await page.getByTestId('consent-recent').getByText('Mailing tool: gedaan').waitFor()
    await noSeriousViolations('overview (nl)')

    await page.getByTestId('chain-verify').click()
    await page
      .getByTestId('chain-result')
      .getByText('alle 4 records van de keten zijn ongeschonden')
      .waitFor()

    // A consent from a signed paper form, recorded by hand.
    await page.getByLabel('E-mail', { exact: true }).fill('dirk.janssens@example.be')
    await page.getByLabel('Doeleinde', { exact: true }).selectOption('website_cookies')
    await page
      .getByLabel('Tekst waarmee de persoon instemde of die hij of zij weigerde')
      .fill('Ik sta toe dat analysecookies geplaatst worden.')
    await page.getByLabel(/Waar het origineel bewaard wordt/).fill('scan 2026-112')
    await page.getByTestId('consent-record').click()
    await page.getByText('Geregistreerd als record 5 van de keten.').waitFor()
    await page.getByTestId('consent-recent').getByText('Papieren formulier, aanvaard').waitFor()
    expect(await cells(/cookies/i)).toEqual(['2', '0', '1', '0', '0'])
    // The verification of 4 records no longer describes the chain of 5: it is not shown any more.
    expect(await page.getByTestId('chain-result').textContent()).toBe('')
    await noSeriousViolations('paper consent recorded (nl)')

    // The proof of that person: the current choice and the record with its evidence.
    await page.getByLabel('Opzoeken op').selectOption('email')
    await page.getByLabel('E-mailadres, nummer of toestemmings-id').fill('Dirk.Janssens@example.be')
    await page.getByTestId('proof-lookup').click()
    const proof = page.getByTestId('consent-proof')
    await proof.waitFor()
    expect(await proof.getByRole('heading', { level: 3 }).textContent()).toBe('Bewijs voor d•••@example.be')
    expect(await page.getByTestId('proof-status').textContent()).toContain('Gegeven')
    await page.getByTestId('proof-events').locator('summary').first().click()
    const details = await page.getByTestId('proof-events').locator('details').first().textContent()
    expect(details).toContain('Ik sta toe dat analysecookies geplaatst worden.')
    expect(details).toContain('scan 2026-112')
    expect(details).toContain('Ongeschonden')
    await noSeriousViolations('proof shown (nl)')

    // A value the API refuses is shown at the field, in Dutch.
    await page.getByLabel('E-mailadres, nummer of toestemmings-id').fill('geen adres')
    await page.getByTestId('proof-lookup').click()
    await page.locator('#proof-identity-error').waitFor()
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('reads in French, without accessibility violations', async () => {
    await page.getByTestId('language-switcher').selectOption('fr')
    await page.waitForFunction(() => document.documentElement.lang === 'fr')
    await page.getByRole('heading', { level: 1, name: 'Consentements' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Finalités fondées sur le consentement' }).waitFor()
    await page.getByTestId('chain-verify').click()
    await page
      .getByTestId('chain-result')
      .getByText('les 5 enregistrements de la chaîne sont intacts')
      .waitFor()
    await page.getByTestId('consent-recent').getByText('Formulaire papier, accepté').waitFor()
    await page.getByTestId('consent-recent').getByText('Mailing tool : fait').waitFor()
    await noSeriousViolations('overview (fr)')
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('asks the age for a purpose offered to children and, under 13, records the parent’s consent (nl)', async () => {
    await openInDutch()
    await page.getByLabel('E-mail', { exact: true }).fill('jonas.peeters@example.be')
    await page.getByLabel('Doeleinde', { exact: true }).selectOption('recruitment')
    // Given by e-mail (an online channel) for a purpose offered to children: the age question is asked.
    await page.getByLabel('Hoe ze gegeven werd', { exact: true }).selectOption('email')
    await page
      .getByLabel('Tekst waarmee de persoon instemde of die hij of zij weigerde')
      .fill('Ja, bewaar mijn kandidatuur voor een volgende studentenjob.')
    const child = page.getByRole('group', { name: 'Leeftijd van de persoon' })
    await child.waitFor()
    // Not answered: refused at the age question.
    await page.getByTestId('consent-record').click()
    await page.locator('#record-age-error').waitFor()
    await noSeriousViolations('age question unanswered (nl)')

    // Under 13: the parent's consent is asked; without it the consent is not recorded.
    await page.getByLabel('Leeftijdsgroep, zoals opgegeven').selectOption('under_13')
    await child.getByText('Jonger dan 13: wie de toestemming gaf of goedkeurde').waitFor()
    await page.getByTestId('consent-record').click()
    await page.locator('#record-age-error').waitFor()
    expect(await page.getByText(/Geregistreerd als record/).count()).toBe(0)
    await page.getByLabel('E-mailadres of telefoonnummer van de ouder of voogd').fill('an.peeters@example.be')
    await page.getByLabel('Hoe het nagegaan werd').selectOption('signed_form')
    await page.getByLabel('Referentie van dat bewijs').fill('formulier 2026-031')
    await noSeriousViolations('parent’s consent filled in (nl)')
    await page.getByTestId('consent-record').click()
    await page.getByText(/Geregistreerd als record \d+ van de keten\./).waitFor()
    // The form is empty again, age question included.
    expect(await page.getByLabel('Leeftijdsgroep, zoals opgegeven').inputValue()).toBe('')

    // The proof keeps the age stated and who consented for the child, the parent's address masked.
    await page.getByLabel('Opzoeken op').selectOption('email')
    await page.getByLabel('E-mailadres, nummer of toestemmings-id').fill('jonas.peeters@example.be')
    await page.getByTestId('proof-lookup').click()
    await page.getByTestId('consent-proof').waitFor()
    await page.getByTestId('proof-events').locator('summary').first().click()
    const details = page.getByTestId('proof-events').locator('details').first()
    await details.getByText('Jonger dan 13').waitFor()
    const text = await details.textContent()
    expect(text).toContain('Toestemming van de ouder of voogd')
    expect(text).toContain(
      'gegeven door een ouder (a•••@example.be), nagegaan via formulier ondertekend door de ouder',
    )
    expect(text).toContain('formulier 2026-031')
    expect(text).not.toContain('an.peeters@')
    await noSeriousViolations('child’s proof (nl)')
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('“Retry now” makes a withdrawal call that failed once again at once, and shows it done (nl)', async () => {
    // The mailing tool fails the first call and asks for 30 minutes (Retry-After, honoured by the queue): no
    // automatic retry can come before the button's call, however slow the machine (review m17).
    plan.push({ status: 503, retryAfter: '1800' })
    const before = tool.calls.length
    await recordViaApi('fien.claes@example.be', 'website_cookies', 'given')
    await recordViaApi('fien.claes@example.be', 'website_cookies', 'withdrawn')
    await vi.waitFor(
      async () => {
        const overview = (await staffCall('GET', '/consent')).body as {
          recent: { identityMasked: string; propagations: { status: string; error: string | null }[] }[]
        }
        const fien = overview.recent.find((e) => e.identityMasked === 'f•••@example.be')
        expect(fien?.propagations).toMatchObject([{ status: 'pending', error: expect.stringMatching(/503/) }])
      },
      { interval: 250, timeout: 170_000 },
    )
    await openInDutch()
    const recent = page.getByTestId('consent-recent')
    const row = recent
      .locator('tbody tr')
      .filter({ hasText: 'f•••@example.be' })
      .filter({ hasText: 'Ingetrokken' })
    await row
      .getByText(/Mailing tool: oproep 1 mislukt, wordt automatisch opnieuw geprobeerd \(.*503/)
      .waitFor()
    await noSeriousViolations('a call waiting for its retry (nl)')
    await row.getByRole('button', { name: 'Nu opnieuw proberen (Mailing tool)' }).click()
    await row.getByText('Mailing tool: gedaan').waitFor()
    expect(await row.getByTestId('propagation-retry').count()).toBe(0)
    expect(tool.calls.slice(before)).toEqual([
      { status: 503, body: { email: 'fien.claes@example.be', purpose: 'website_cookies' } },
      { status: 200, body: { email: 'fien.claes@example.be', purpose: 'website_cookies' } },
    ])
    await noSeriousViolations('the call made again, done (nl)')
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
