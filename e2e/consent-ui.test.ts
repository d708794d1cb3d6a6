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
/** A mailing tool's unsubscribe endpoint on a local port: answers the planned statuses, then 200. */
async function startMailingTool(plan: number[]) {
  const calls: { status: number; body: unknown }[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const status = plan.shift() ?? 200
      calls.push({ status, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') })
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}')
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
    tool = await startMailingTool([])
    staff = await openStaffPage()
    ;({ custos, page, watched, slug, staffCall, noSeriousViolations } = staff)
    const imported = await staffCall('POST', '/register/import?mode=replace', readFileSync(REGISTER, 'utf8'))
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
})
