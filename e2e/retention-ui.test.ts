import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ChinookDatabase, loadChinookPostgres } from '../server/test/support/chinook'
import { chinookRegister } from '../server/test/support/chinook-register'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const DATASET = readFileSync(
  new URL('../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url),
  'utf8',
)

/** A day `years` years and `days` days from today (UTC), as YYYY-MM-DD. */
function dayFromToday(years: number, days: number): string {
  const d = new Date()
  d.setUTCFullYear(d.getUTCFullYear() + years)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Calls the API from the signed-in page (cookie session plus CSRF token), as the web client does. */
async function apiCall(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json()
      const response = await fetch(path.replace('{slug}', me.memberships[0].slug), {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: response.status, slug: me.memberships[0].slug as string, text: await response.text() }
    },
    { method, path, body },
  )
}

/**
 * Confirms "Run the sweeps now": the request is queued (202) and the server's worker runs it; waits until the card
 * shows this request (by its id, not an earlier one) as ended.
 */
async function confirmSweepNow(page: Page, confirm: string) {
  const runNow = page.getByTestId('retention-run-now')
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/retention/runs') && r.request().method() === 'POST',
  )
  await runNow.getByRole('button', { name: confirm }).click()
  const response = await answered
  expect(response.status()).toBe(202)
  const { id, status } = (await response.json()) as { id: string; status: string }
  expect(status).toBe('queued')
  await runNow
    .locator(`[data-testid="retention-sweep-status"][data-sweep-id="${id}"][data-status="done"]`)
    .waitFor()
}

/**
 * Retention in a real browser against the real server and a real PostgreSQL holding chinook: the register's
 * 7-year accounting rule is linked to the invoices; three invoices past the period are in the plan, one more falls
 * due within 90 days and shows in the calendar. The owner approves the plan, places a hold on the invoices (the
 * plan then says a hold applies) and lifts it again - in Dutch, then in French, with axe on every state.
 */
describe('retention page in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let chinook: ChinookDatabase
  let watched: ReturnType<typeof watchPage>
  let slug = ''

  beforeAll(async () => {
    ;[custos, chinook] = await Promise.all([startCustos(), loadChinookPostgres()])
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } })
    watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    const imported = await apiCall(
      page,
      'POST',
      '/api/v1/orgs/{slug}/register/import?mode=merge',
      chinookRegister(),
    )
    expect(imported.status, imported.text).toBe(200)
    slug = imported.slug
    const dataset = await apiCall(page, 'PUT', '/api/v1/orgs/{slug}/datasets/chinook-postgres', {
      source: DATASET,
    })
    expect(dataset.status, dataset.text).toBeLessThan(300)
    const connection = await apiCall(
      page,
      'PUT',
      '/api/v1/orgs/{slug}/datasets/chinook-postgres/connection',
      {
        options: chinook.settings.options,
        ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
      },
    )
    expect(connection.status, connection.text).toBeLessThan(300)
    // Three invoices past the 7 years (no line refers to them), one falling due in 40 days.
    for (const [id, date] of [
      [90001, dayFromToday(-7, -100)],
      [90002, dayFromToday(-7, -200)],
      [90003, dayFromToday(-7, -300)],
      [90004, dayFromToday(-7, 40)],
    ] as const)
      await chinook.query(
        `insert into invoice (invoice_id, customer_id, invoice_date, billing_address, total) values ($1, 1, $2, 'Old street 1', 1)`,
        [id, date],
      )
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    await chinook?.drop()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })
  const planRule = () => page.locator('[data-testid="retention-plan-rule"][data-rule="accounting_records"]')

  it('shows the plan with what is due and the calendar of what falls due, then approves the plan (nl)', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Bewaring', exact: true })
      .click()
    await page.waitForURL(/#\/orgs\/[^/]+\/retention$/)
    await planRule().waitFor()
    expect(await title()).toBe('Bewaring')
    const invoices = planRule().locator('[data-testid="retention-plan-item"]', { hasText: 'invoice' }).first()
    expect(await invoices.getByTestId('retention-plan-due').textContent()).toBe('3')
    expect(await invoices.textContent()).toContain('90001')
    expect(await planRule().getByTestId('retention-plan-approval').textContent()).toBe(
      'Niet goedgekeurd: er wordt niets opgeruimd',
    )
    // The calendar: the invoice due in 40 days counts within 90 and 365 days, not within 30.
    const calendar = page.getByTestId('retention-calendar')
    const row = calendar.locator('tbody tr', { hasText: 'invoice' })
    expect((await row.locator('td').allTextContents()).slice(-3)).toEqual(['0', '1', '1'])
    expect(await calendar.locator('thead').textContent()).toContain('Binnen 90 dagen')
    // Custos's own request records: shown with what the register still lacks (decision 0047).
    const own = page.locator('[data-testid="retention-plan-rule"][data-rule="request_records"]')
    expect(await own.locator('[data-testid="retention-plan-item"]').textContent()).toContain(
      'Niet opgeruimd: neem de regel “Verzoeken van betrokkenen en de briefwisseling erover” uit de catalogus op in het register',
    )
    // ... and its outbox and subject index (decision 0085), named in words, each with the catalogue rule it lacks.
    for (const [rule, name, lacks] of [
      [
        'mail_records',
        'Verzonden of mislukte e-mails (verzendwachtrij van Custos)',
        'Verzonden e-mailberichten (verzendlog)',
      ],
      [
        'subject_index',
        'Personen in de personenindex (Custos)',
        'Personenindex: personen van wie de relatie beëindigd is',
      ],
    ] as const) {
      const item = page.locator(
        `[data-testid="retention-plan-rule"][data-rule="${rule}"] [data-testid="retention-plan-item"]`,
      )
      expect(await item.locator('th').textContent()).toBe(name)
      expect(await item.textContent()).toContain(
        `neem de regel “${lacks}” uit de catalogus op in het register`,
      )
    }
    await noSeriousViolations('retention page (nl)')

    await planRule().getByRole('button', { name: 'Plan goedkeuren: Boekhouding' }).click()
    await noSeriousViolations('approval question')
    await page.getByRole('button', { name: 'Ja, goedkeuren' }).click()
    await page.getByText('Het plan van „Boekhouding” is goedgekeurd.').waitFor()
    await planRule()
      .getByTestId('retention-plan-approval')
      .filter({ hasText: /^Goedgekeurd door/ })
      .waitFor()
    expect(await planRule().getByTestId('retention-plan-approval').textContent()).toMatch(
      /^Goedgekeurd door .+ op .+ \(3 rijen\)$/,
    )
    await noSeriousViolations('approved')
  })

  it('places a hold on the invoices (the plan then says a hold applies) and lifts it (nl)', async () => {
    await page.getByLabel('Blokkering op').selectOption('collection')
    await page.getByLabel('Collectie', { exact: true }).selectOption('chinook-postgres/invoice')
    await page.getByLabel('Reden').fill('Inspectie FOD Financiën 2026/12')
    await page.getByRole('button', { name: 'Blokkering plaatsen' }).click()
    await page.getByText('De blokkering is geplaatst.').waitFor()
    const hold = page.locator('[data-testid="retention-hold"]', {
      hasText: 'Inspectie FOD Financiën 2026/12',
    })
    expect(await hold.getAttribute('data-active')).toBe('true')
    expect(await hold.textContent()).toContain('Tot opheffing')
    const invoices = planRule().locator('[data-testid="retention-plan-item"]', { hasText: 'invoice' }).first()
    expect(await invoices.textContent()).toContain('Inspectie FOD Financiën 2026/12')
    expect(await invoices.textContent()).toContain('Niet opgeruimd: er geldt een juridische blokkering')
    // The calendar counts nothing the hold keeps: the invoice due in 40 days is shown as held.
    const row = page.getByTestId('retention-calendar').locator('tbody tr', { hasText: 'invoice' })
    await row.getByTestId('retention-calendar-held').first().waitFor()
    expect((await row.locator('td').allTextContents()).slice(-3)).toEqual([
      '0',
      '0 (nog 1 onder juridische blokkering)',
      '0 (nog 1 onder juridische blokkering)',
    ])
    await noSeriousViolations('hold placed')

    await hold.getByRole('button', { name: 'Opheffen: blokkering „Inspectie FOD Financiën 2026/12”' }).click()
    await page.getByRole('button', { name: 'Ja, opheffen' }).click()
    await page.getByText('De blokkering is opgeheven.').waitFor()
    await hold.and(page.locator('[data-active="false"]')).waitFor()
    expect(await hold.textContent()).toMatch(/Opgeheven door .+ op /)
    expect(await invoices.getByTestId('retention-plan-due').textContent()).toBe('3')
    await noSeriousViolations('hold lifted')
  })

  it('finds the person to hold by searching, places the hold and shows it on that person’s page (nl)', async () => {
    for (const [name, email] of [
      ['Leonie Köhler', 'leonie.kohler@example.de'],
      ['Leon Köhler', 'leon.kohler@example.de'],
    ])
      expect(
        (
          await apiCall(page, 'POST', '/api/v1/orgs/{slug}/subjects', {
            name,
            identities: [{ kind: 'email', value: email }],
          })
        ).status,
      ).toBe(201)
    await page.getByLabel('Blokkering op').selectOption('subject')
    await page.getByLabel('Reden').fill('Geschil 2026/7')
    // Placing it without a person found and chosen: the form says so at the search field.
    await page.getByRole('button', { name: 'Blokkering plaatsen' }).click()
    await page
      .getByText('Zoek en kies dan de persoon of het verzoek waarop de blokkering betrekking heeft.')
      .waitFor()
    const search = page.getByLabel('Persoon zoeken')
    await search.fill('nobody@example.org')
    await search.press('Enter')
    await page.getByText('Niets gevonden. Controleer de spelling of zoek op een ander gegeven.').waitFor()
    await search.fill('Köhler')
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click()
    await page.getByText('2 resultaten gevonden.').waitFor()
    const found = page.getByRole('group', { name: 'Gevonden persoon' })
    expect(await found.getByRole('radio').count()).toBe(2)
    await noSeriousViolations('hold picker with two people found')
    await found.getByRole('radio', { name: 'Leonie Köhler' }).check()
    await page.getByRole('button', { name: 'Blokkering plaatsen' }).click()
    await page.locator('[data-testid="retention-hold"]', { hasText: 'Geschil 2026/7' }).waitFor()
    const holds = await apiCall(page, 'GET', '/api/v1/orgs/{slug}/retention/holds')
    const placed = JSON.parse(holds.text).items.find((h: { reason: string }) => h.reason === 'Geschil 2026/7')
    const subjects = await apiCall(page, 'GET', '/api/v1/orgs/{slug}/subjects?q=leonie.kohler%40example.de')
    const subjectId = JSON.parse(subjects.text).items[0].id as string
    expect(placed).toMatchObject({ scope: 'subject', subjectId })
    // The list names the person held, not their id.
    const listed = page.locator('[data-testid="retention-hold"]', { hasText: 'Geschil 2026/7' })
    expect(await listed.textContent()).toContain('Leonie Köhler')
    expect(await listed.textContent()).not.toContain(subjectId)
    await page.goto(`${custos.url}/#/orgs/${slug}/subjects/${subjectId}`)
    const notice = page.getByTestId('legal-holds-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain(
      'Bewaard onder een juridische blokkering: Geschil 2026/7 · Tot opheffing',
    )
    await noSeriousViolations('subject page with a hold')
    await page.goto(`${custos.url}/#/orgs/${slug}/retention`)
    await planRule().waitFor()
  })

  it('reads in French: plan, calendar and a hold placed and lifted, without accessibility violations', async () => {
    await page.getByTestId('language-switcher').selectOption('fr')
    await page.waitForFunction(() => document.documentElement.lang === 'fr')
    expect(await title()).toBe('Conservation')
    expect(await page.getByTestId('retention-calendar').locator('thead').textContent()).toContain(
      'Dans les 90 jours',
    )
    expect(await planRule().getByTestId('retention-plan-approval').textContent()).toMatch(/^Approuvé par /)
    await noSeriousViolations('retention page (fr)')

    await page.getByLabel('Gel sur').selectOption('system')
    await page.getByLabel('Motif').fill('Litige 2026/77')
    await page.getByLabel('Prend fin le').fill(dayFromToday(1, 0))
    await page.getByRole('button', { name: 'Placer le gel' }).click()
    await page.getByText('Le gel est placé.').waitFor()
    const hold = page.locator('[data-testid="retention-hold"]', { hasText: 'Litige 2026/77' })
    await hold.waitFor()
    expect(await hold.textContent()).toContain('Un système entier')
    expect(await hold.textContent()).toContain('chinook_db')
    await noSeriousViolations('hold placed (fr)')
    await hold.getByRole('button', { name: 'Lever : gel « Litige 2026/77 »' }).click()
    await page.getByRole('button', { name: 'Oui, lever' }).click()
    await page.getByText('Le gel est levé.').waitFor()
    await hold.and(page.locator('[data-active="false"]')).waitFor()
    await noSeriousViolations('hold lifted (fr)')
  })

  it('changes how a rule is enforced through the rule form: a ceiling per sweep (fr)', async () => {
    const rule = page.locator('[data-testid="retention-rule"][data-rule="accounting_records"]')
    await rule.locator('summary').click()
    await rule.getByLabel('Plafond par purge').fill('5000')
    await noSeriousViolations('rule form open (fr)')
    await rule.getByRole('button', { name: 'Enregistrer' }).click()
    await page.getByText(/^La règle « Comptabilité » est enregistrée/).waitFor()
    const rules = JSON.parse((await apiCall(page, 'GET', '/api/v1/orgs/{slug}/retention/rules')).text)
    expect(rules.items.find((r: { key: string }) => r.key === 'accounting_records').runCeiling).toBe(5000)
    await rule.locator('dd', { hasText: /^5000$/ }).waitFor()
  })

  it('runs the sweeps now, shows what they did and the destruction certificate (en, fr, nl)', async () => {
    await page.getByTestId('language-switcher').selectOption('en')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    const runNow = page.getByTestId('retention-run-now')
    await runNow.getByRole('button', { name: 'Run the sweeps now' }).click()
    expect(await runNow.textContent()).toContain('this cannot be undone')
    await noSeriousViolations('run now: asking (en)')
    // Queued (202), run by the server's worker; the card follows it until it has ended.
    await confirmSweepNow(page, 'Yes, run them')
    await page
      .getByText(
        'The sweeps are queued. This page follows them and shows what they did once they have ended.',
      )
      .waitFor()
    expect(await runNow.getByTestId('retention-sweep-status').textContent()).toMatch(
      /^Ended on .+ \(asked for by .+ on .+\)\. What it did per rule and collection:$/,
    )
    const outcome = page.locator('[data-testid="retention-sweep-outcome"]', { hasText: 'invoice' })
    expect(await outcome.getAttribute('data-outcome')).toBe('completed')
    expect(await outcome.textContent()).toContain(
      'Accounting · invoice (chinook_db): swept: 3 deleted, 0 masked',
    )
    await noSeriousViolations('sweep result (en)')
    // The run is in the list with its proof; its certificate opens as a PDF in the page's language.
    const run = page.locator('[data-testid="retention-run"]', { hasText: 'invoice' }).first()
    const link = run.getByTestId('retention-run-certificate')
    await link.waitFor()
    const href = (await link.getAttribute('href')) as string
    expect(href).toContain('lang=en')
    const pdf = await page.context().request.get(`${custos.url}${href}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    // The plan has nothing left to sweep.
    const invoices = planRule().locator('[data-testid="retention-plan-item"]', { hasText: 'invoice' }).first()
    expect(await invoices.getByTestId('retention-plan-due').textContent()).toBe('0')

    for (const [lang, text] of [
      ['fr', 'purgé : 3 supprimés, 0 masqués'],
      ['nl', 'opgeruimd: 3 gewist, 0 gemaskeerd'],
    ] as const) {
      await page.getByTestId('language-switcher').selectOption(lang)
      await page.waitForFunction((l) => document.documentElement.lang === l, lang)
      expect(await outcome.textContent()).toContain(text)
      await noSeriousViolations(`sweep result (${lang})`)
    }

    // The destruction certificate of a period (today, in Brussels): chosen with the two days, downloaded as a PDF
    // that lists the sweep just run.
    const period = page.getByTestId('retention-period-certificate')
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date())
    await period.getByLabel('Van').fill(today)
    await period.getByLabel('Tot en met').fill(today)
    const periodLink = period.getByRole('link', { name: 'Vernietigingsattest van de periode (pdf)' })
    expect(await periodLink.getAttribute('href')).toContain(`from=${today}&to=${today}&lang=nl`)
    await noSeriousViolations('period certificate (nl)')
    const [download] = await Promise.all([page.waitForEvent('download'), periodLink.click()])
    expect(download.suggestedFilename()).toBe(`retention-certificate-${today}-${today}-nl.pdf`)
    const file = await download.path()
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    const words = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(words).toContain('Attest van vernietiging van persoonsgegevens - periode van')
    expect(words).toContain('invoice')
  })

  it('a sweep over its ceiling pauses, says so and asks for attention on the overview (nl)', async () => {
    for (const id of [90005, 90006])
      await chinook.query(
        `insert into invoice (invoice_id, customer_id, invoice_date, billing_address, total) values ($1, 1, $2, 'Old street 1', 1)`,
        [id, dayFromToday(-7, -50)],
      )
    const ceiling = await apiCall(page, 'PUT', '/api/v1/orgs/{slug}/retention/rules/accounting_records', {
      runCeiling: 1,
    })
    expect(ceiling.status, ceiling.text).toBe(200)
    const runNow = page.getByTestId('retention-run-now')
    await runNow.getByRole('button', { name: 'Opruimingen nu uitvoeren' }).click()
    await confirmSweepNow(page, 'Ja, uitvoeren')
    const paused = page.locator('[data-testid="retention-sweep-outcome"][data-outcome="paused"]', {
      hasText: 'invoice',
    })
    await paused.waitFor()
    expect(await paused.textContent()).toContain('gepauzeerd: 2 vervallen, meer dan het plafond van 1')
    expect(
      await chinook.query('select count(*)::int as n from invoice where invoice_id in (90005, 90006)'),
    ).toEqual([{ n: 2 }])
    await page.goto(`${custos.url}/#/orgs/${slug}`)
    const alert = page.getByTestId('overview-retention')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      'Boekhouding · invoice: gepauzeerd, 2 vervallen rijen is meer dan het plafond van 1.',
    )
    await noSeriousViolations('overview with a paused sweep (nl)')
  })

  it('a sweep of a rule renewed by consent lists how many people a consent kept out, never who (nl)', async () => {
    // "3 years after the last contact", renewable with consent, on the customers.
    const base = chinookRegister()
    const register = {
      ...base,
      activities: [
        ...base.activities,
        {
          key: 'newsletter',
          name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
          purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
          subjectCategories: ['clients'],
          dataCategories: [{ category: 'identification', source: 'subject' }],
          systems: ['chinook_db'],
          retention: [{ rule: 'customer_relationship' }],
          measures: ['mfa'],
          status: 'active',
        },
      ],
      retentionRules: [
        ...base.retentionRules,
        {
          key: 'customer_relationship',
          name: { nl: 'Klantrelatie', fr: 'Relation client', en: 'Customer relationship' },
          duration: { years: 3 },
          trigger: 'last_contact',
          action: 'delete',
          consentRenewable: true,
        },
      ],
    }
    const imported = await apiCall(page, 'POST', '/api/v1/orgs/{slug}/register/import?mode=merge', register)
    expect(imported.status, imported.text).toBe(200)
    const linked = await apiCall(page, 'PUT', '/api/v1/orgs/{slug}/datasets/chinook-postgres', {
      source: DATASET.replace(
        'primaryKey: [customer_id]',
        'primaryKey: [customer_id]\n    hold:\n      rule: customer_relationship',
      ),
    })
    expect(linked.status, linked.text).toBeLessThan(300)
    // Customers 8 and 9: last contact in 2022; only customer 8 consented to the newsletter 30 days ago.
    const given = new Date(Date.now() - 30 * 86_400_000)
    for (const id of [8, 9]) {
      const [row] = await chinook.query('select email from customer where customer_id = $1', [id])
      const person = await apiCall(page, 'POST', '/api/v1/orgs/{slug}/subjects', {
        name: `Customer ${id}`,
        identities: [{ kind: 'email', value: row.email }],
        events: [{ kind: 'last_contact', occurredOn: '2022-01-10' }],
      })
      expect(person.status, person.text).toBe(201)
      if (id === 8) {
        const consent = await apiCall(page, 'POST', '/api/v1/orgs/{slug}/consent/events', {
          identity: { kind: 'email', value: row.email },
          purpose: 'direct_marketing',
          state: 'given',
          text: 'Ja, stuur mij de nieuwsbrief.',
          language: 'nl',
          channel: 'web_form',
          method: 'accept',
          occurredAt: given.toISOString(),
        })
        expect(consent.status, consent.text).toBe(201)
      }
    }
    const rule = '/api/v1/orgs/{slug}/retention/rules/customer_relationship'
    const set = await apiCall(page, 'PUT', rule, {
      startKind: 'subject_event',
      subjectEvent: 'last_contact',
      consentPurpose: 'direct_marketing',
    })
    expect(set.status, set.text).toBe(200)
    expect((await apiCall(page, 'POST', `${rule}/approval`, {})).status).toBe(200)

    await page.goto(`${custos.url}/#/orgs/${slug}/retention`)
    const runNow = page.getByTestId('retention-run-now')
    await runNow.getByRole('button', { name: 'Opruimingen nu uitvoeren' }).click()
    await confirmSweepNow(page, 'Ja, uitvoeren')
    const swept = page.locator('[data-testid="retention-sweep-outcome"][data-outcome="completed"]', {
      hasText: 'Klantrelatie',
    })
    await swept.waitFor()
    expect(await swept.textContent()).toContain('opgeruimd: 0 gewist, 1 gemaskeerd')
    const renewed = page
      .locator('[data-testid="retention-run"]', { hasText: 'Klantrelatie' })
      .first()
      .getByTestId('retention-run-renewed')
    await renewed.waitFor()
    expect(await renewed.textContent()).toMatch(/1 persoon verlengd met toestemming tot \d{2}\/\d{2}\/\d{4}/)
    expect(await renewed.textContent()).not.toContain('Customer 8')
    await noSeriousViolations('sweep renewed by consent (nl)')
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
