import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ChinookDatabase, loadChinookPostgres } from '../server/test/support/chinook'
import { chinookRegister } from '../server/test/support/chinook-register'
import { openStaffPage, type StaffPage } from './support/staff-page'

const EMAIL = 'daan_peeters@apple.be'
const SHOTS = process.env.CUSTOS_SCREENSHOTS ?? '/tmp'

/**
 * Connectors in a real browser against the real server and a real PostgreSQL holding the chinook sample: the
 * dataset is discovered through the UI, reviewed (a hold for invoices added in the editor; a wrong rule is refused
 * with its line and the text kept), saved with its connection, and the connection tested. A staff request for a
 * customer then gets a dry run of an erasure (the customer would be masked, 7 invoices kept under the accounting
 * rule) and a real access run whose package is listed with a fresh download link. Every page passes axe. Each
 * step can run on its own (issue 13): what a step needs from the steps before it (the register, the discovered
 * and saved dataset, the staff request) is made once per file by the shared flow those steps run, whichever
 * step asks first.
 */
describe('connectors UI in headless Chromium', () => {
  let staff: StaffPage
  let page: Page
  let chinook: ChinookDatabase
  let url = ''
  let slug = ''

  beforeAll(async () => {
    ;[staff, chinook] = await Promise.all([
      openStaffPage({ viewport: { width: 1280, height: 900 } }),
      loadChinookPostgres(),
    ])
    page = staff.page
    url = staff.custos.url
    slug = staff.slug
  }, 180_000)
  afterAll(async () => {
    await staff?.close()
    await chinook?.drop()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const noSeriousViolations = (where: string) => staff.noSeriousViolations(where)
  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/connectors-${name}.png`, fullPage: true })
  const options = () =>
    chinook.settings.options as { host: string; port: number; database: string; user: string }
  /** Runs a flow once per file; every later call gets the first call's result. */
  const once = <T>(flow: () => Promise<T>) => {
    let result: Promise<T> | undefined
    return () => {
      result ??= flow()
      return result
    }
  }
  const openDataset = async () => {
    await page.goto(`${url}/#/orgs/${slug}/connectors/chinook`)
    await page.getByTestId('connection-form').waitFor()
  }
  const saveConnection = async () => {
    await page.getByTestId('connection-save').click()
    await page.getByText('De verbinding is opgeslagen.').waitFor()
  }

  /** The register with the shop system and the accounting rule, imported through the API. */
  const shopRegister = once(async () => {
    const imported = await staff.staffCall('POST', '/register/import?mode=merge', chinookRegister())
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
  })

  /** Discovery of the chinook database through the form; leaves the review open and returns the proposed file. */
  const discovered = once(async () => {
    await shopRegister()
    await page.goto(`${url}/#/orgs/${slug}/connectors`)
    await page.getByTestId('discover-link').click()
    await page.getByTestId('discover-form').waitFor()
    expect(await title()).toBe('Ontdekken uit een databank')
    await noSeriousViolations('discover form')

    // Nothing filled in: the form names the first missing field and sends nothing.
    await page.getByTestId('discover-submit').click()
    await page.getByText('Vul de server in.').waitFor()

    const o = options()
    await page.getByTestId('discover-host').fill(o.host)
    await page.getByTestId('discover-port').fill(String(o.port))
    await page.getByTestId('discover-database').fill(o.database)
    await page.getByTestId('discover-user').fill(o.user)
    await page.getByTestId('discover-system').selectOption('chinook_db')
    expect(await page.getByTestId('discover-key').inputValue()).toBe('chinook_db')
    await page.getByTestId('discover-key').fill('chinook')
    await page.getByTestId('discover-name').fill('Chinook webshop')
    await page.getByTestId('discover-submit').click()

    // The discovery runs in the background; the page polls it every second and shows how far it is.
    await page.getByTestId('discover-progress').waitFor()
    expect(await page.getByTestId('discover-progress-text').textContent()).toMatch(
      /^(Verbonden\. Custos leest de lijst van tabellen…|Tabel \d+ van \d+: \w+)$/,
    )
    await page.getByTestId('discover-review').waitFor()
    return page.getByTestId('discover-dataset-source').inputValue()
  })

  /** The reviewed file saved with its connection (a hold under the accounting rule added in the editor). */
  const savedDataset = once(async () => {
    const proposed = await discovered()
    const editor = page.getByTestId('discover-dataset-source')
    const withHold = (rule: string) =>
      proposed.replace(
        /(- name: invoice\n(?: {4}.*\n)*? {4}dateField: invoice_date\n)/,
        `$1    hold:\n      rule: ${rule}\n      dateField: invoice_date\n`,
      )
    const wrong = withHold('boekhouding_onbekend')
    expect(wrong).not.toBe(proposed)
    await editor.fill(wrong)
    await page.getByTestId('discover-dataset-save').click()
    const problem = page.getByTestId('source-problem').first()
    await problem.waitFor()
    const line = Number(await problem.getAttribute('data-line'))
    expect(wrong.split('\n')[line - 1]).toContain('rule: boekhouding_onbekend')
    expect(await problem.textContent()).toContain(`Regel ${line}`)
    expect(await editor.inputValue()).toBe(wrong)
    await noSeriousViolations('discovery with a refused file')
    await shot('discover-refused')

    await editor.fill(withHold('accounting_records'))
    await page.getByTestId('discover-dataset-save').click()
    await page.waitForURL(/#\/orgs\/[^/]+\/connectors\/chinook$/)
    await page.getByTestId('dataset-detail').waitFor()
    await page
      .getByText('Dataset „Chinook webshop” en zijn verbinding zijn opgeslagen.', { exact: false })
      .waitFor()
  })

  /** A staff request for the customer (access and erasure) through the intake form; its page's address. */
  const staffRequest = once(async () => {
    await savedDataset()
    await page.goto(`${url}/#/orgs/${slug}/requests/new`)
    await page.getByTestId('intake-form').waitFor()
    await page.getByTestId('intake-channel-email').check()
    await page.getByTestId('intake-name').fill('Daan Peeters')
    await page.getByTestId('intake-email').fill(EMAIL)
    await page.getByTestId('intake-type-access').check()
    await page.getByTestId('intake-type-erasure').check()
    await page.getByTestId('intake-submit').click()
    await page.waitForURL(/#\/orgs\/[^/]+\/requests\/[0-9a-f-]{36}$/)
    const requestUrl = page.url()
    await page.getByTestId('request-runs').waitFor()
    await page.getByTestId('runs-empty').waitFor()
    await noSeriousViolations('request with the systems section')
    return requestUrl
  })
  const openRequest = async () => {
    const requestUrl = await staffRequest()
    if (page.url() !== requestUrl) await page.goto(requestUrl)
    await page.getByTestId('request-runs').waitFor()
    return requestUrl
  }

  it('imports a register with the shop system and the accounting rule, and opens Connectoren', async () => {
    await shopRegister()
    await page.goto(`${url}/#/orgs/${slug}/overview`)
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Connectoren', exact: true })
      .click()
    await page.waitForURL(/#\/orgs\/[^/]+\/connectors$/)
    await page.getByTestId('datasets-empty').waitFor()
    expect(await title()).toBe('Connectoren')
    await noSeriousViolations('datasets (empty)')
  })

  it('discovers the chinook database and shows the suggestions for review', async () => {
    await discovered()
    expect(await page.getByTestId('discover-status').textContent()).toMatch(/^Klaar: \d+ voorstellen/)
    const email = page.locator('[data-testid="suggestion"][data-field="customer.email"]')
    expect(await email.textContent()).toContain('E-mail')
    expect(await email.getByTestId('suggestion-confidence').textContent()).toMatch(/^9\d\s?%/)
    // Each reference says, in the user's language, whether it is followed and why.
    const invoices = page.locator('[data-testid="reference"][data-field="invoice.customer_id"]')
    expect(await invoices.getByTestId('reference-direction').textContent()).toBe('Gevonden vanuit customer')
    expect(await invoices.getByTestId('reference-reason').textContent()).toBe(
      'Rijen van invoice horen bij een persoon in customer: ze worden vanuit die persoon gevonden.',
    )
    const source = await discovered()
    expect(source).toMatch(/^key: chinook$/m)
    expect(source).toContain('- name: invoice\n')
    await noSeriousViolations('discovery review')
    await shot('discover-review')
  })

  it('refuses a hold under an unknown rule with its line, keeps the text, then saves the reviewed file', async () => {
    await savedDataset()
    expect(await title()).toBe('Chinook webshop')
  })

  it('shows the dataset: register check, collections with the hold, the stored connection; the test works', async () => {
    await savedDataset()
    await openDataset()
    expect(await title()).toBe('Chinook webshop')
    expect(await page.getByTestId('dataset-system').textContent()).toBe('Chinook webshop (chinook_db)')
    const invoice = page.locator('[data-testid="summary-collection"][data-collection="invoice"]')
    expect(await invoice.getByTestId('summary-hold').textContent()).toContain('Boekhouding')
    const customer = page.locator('[data-testid="summary-collection"][data-collection="customer"]')
    expect(await customer.locator('[data-field="email"]').textContent()).toMatch(/identiteit: E-mail/)
    expect(await page.getByTestId('connection-host').inputValue()).toBe(options().host)
    expect(await page.getByTestId('connection-database').inputValue()).toBe(options().database)

    await page.getByTestId('connection-test').click()
    const result = page.getByTestId('connection-test-result')
    await result.waitFor()
    expect(await result.getAttribute('data-ok')).toBe('true')
    await page.locator('[data-testid="connection-card"] [data-state="ok"]').waitFor()
    await noSeriousViolations('dataset page')
    await shot('dataset')

    await page.getByTestId('connectors-nav-list').click()
    const row = page.locator('[data-testid="dataset-row"][data-key="chinook"]')
    await row.waitFor()
    expect(await row.textContent()).toContain('4 collecties')
    expect(await row.locator('[data-state="ok"]').count()).toBe(1)
    await noSeriousViolations('datasets (one)')
    await shot('datasets')
  })

  it('records a staff request for the customer', async () => {
    expect(await staffRequest()).toMatch(/#\/orgs\/[^/]+\/requests\/[0-9a-f-]{36}$/)
  })

  it('dry-runs the erasure: the customer would be masked, 7 invoices kept under the accounting rule', async () => {
    await openRequest()
    await page.getByTestId('run-dry-erasure').click()
    const run = page.locator('[data-testid="run"][data-action="erasure"][data-dry-run="true"]')
    await run.waitFor()
    await page.locator('[data-testid="run"][data-action="erasure"][data-status="completed"]').waitFor()
    expect(await page.getByTestId('run-progress').textContent()).toBe('Wissing (proefdraai): klaar.')

    const customer = run.locator('[data-testid="run-change"][data-collection="customer"]')
    expect(await customer.getAttribute('data-to-update')).toBe('1')
    expect(await customer.getAttribute('data-to-delete')).toBe('0')
    expect(await run.getByRole('columnheader', { name: 'Te maskeren' }).count()).toBe(1)
    const invoice = run.locator('[data-testid="run-change"][data-collection="invoice"]')
    const kept = invoice.locator('[data-testid="withheld"][data-kind="retention"]')
    expect(await kept.getAttribute('data-rows')).toBe('7')
    expect(await kept.textContent()).toMatch(/^7 rijen bewaard tot .+ volgens de bewaarregel Boekhouding$/)
    expect(await run.getByTestId('run-status').textContent()).toBe('Klaar')
    expect(await run.textContent()).toContain('Proefdraai')
    // A dry run changes nothing in the database.
    const [row] = await chinook.query('select first_name from customer where email = $1', [EMAIL])
    expect(row?.first_name).toBe('Daan')
    await noSeriousViolations('request with a dry run')
    await shot('request-dry-run')
  })

  it('runs the access: the package is listed and a download link is shown once', async () => {
    await openRequest()
    await page.getByTestId('run-real-access').click()
    await page.locator('[data-testid="run"][data-action="access"][data-status="completed"]').waitFor()
    const access = page.locator('[data-testid="run"][data-action="access"]')
    expect(await access.getAttribute('data-dry-run')).toBe('false')
    expect(
      await access
        .locator('[data-testid="run-read-collection"][data-collection="invoice"]')
        .getAttribute('data-found'),
    ).toBe('7')

    const pkg = page.getByTestId('package')
    await pkg.waitFor()
    expect(await pkg.textContent()).toMatch(/\.zip/)
    expect(await pkg.getByTestId('package-status').textContent()).toContain('Niet gedownload')
    await pkg.getByTestId('package-issue-link').click()
    const link = await pkg.getByTestId('package-link-url').textContent()
    expect(link).toMatch(new RegExp(`^${url}/p/${slug}/download/[A-Za-z0-9_-]{20,}$`))
    await page.locator('[data-testid="package-status"]', { hasText: 'De link is geldig tot' }).waitFor()
    await noSeriousViolations('request with an access package')
    await shot('request-package')
  })

  it('keeps the password write-only: stored, never shown or returned, replaceable and removable', async () => {
    await savedDataset()
    const secret = 'Geheim-Wachtwoord-42'
    await openDataset()
    await page.getByTestId('connection-secret-input').fill(secret)
    await saveConnection()
    expect(await page.getByTestId('connection-secret-status').textContent()).toContain(
      'Er is een geheim bewaard',
    )
    expect(await page.getByTestId('connection-secret-input').count()).toBe(0)
    expect(await page.content()).not.toContain(secret)
    const answer = await page.evaluate(async (s) => {
      const text = await (await fetch(`/api/v1/orgs/${s}/datasets/chinook`)).text()
      return text
    }, slug)
    expect(answer).toContain('"hasSecret":true')
    expect(answer).not.toContain(secret)
    await noSeriousViolations('dataset page with a stored secret')

    // Replace offers an empty password input; keeping goes back without change.
    await page.getByTestId('connection-secret-replace').click()
    expect(await page.getByTestId('connection-secret-input').inputValue()).toBe('')
    await page.getByRole('button', { name: 'Het bewaarde geheim behouden' }).click()
    await page.getByTestId('connection-secret-remove').click()
    expect(await page.getByTestId('connection-secret-status').textContent()).toContain('wordt verwijderd')
    await saveConnection()
    await page.getByTestId('connection-secret-input').waitFor()
  })

  it('shows a failing run with its error, and retries it once the connection is fixed', async () => {
    const requestUrl = await staffRequest()
    await openDataset()
    await page.getByTestId('connection-database').fill('custos_bestaat_niet')
    await saveConnection()
    await page.getByTestId('connection-test').click()
    const result = page.getByTestId('connection-test-result')
    await result.waitFor()
    expect(await result.getAttribute('data-ok')).toBe('false')
    // Neutral and in the user's language: the server's reason (no such database) is only in its log.
    expect(await result.textContent()).toContain('De verbinding kon niet worden gemaakt.')
    expect(await result.textContent()).toMatch(/Referentie: [0-9a-f]{8}/)
    expect(await result.textContent()).not.toContain('custos_bestaat_niet')
    await page.locator('[data-testid="connection-card"] [data-state="failing"]').waitFor()
    await noSeriousViolations('dataset page with a failing connection')
    await shot('dataset-failing')

    await page.goto(requestUrl)
    await page.getByTestId('run-dry-erasure').click()
    const failed = page.locator('[data-testid="run"][data-status="failed"]')
    await failed.waitFor()
    const runId = await failed.getAttribute('data-id')
    // The step's neutral connection error and the run's error line are worded in the reader's language too.
    expect(await failed.getByTestId('run-error').textContent()).toContain(
      'chinook: De verbinding kon niet worden gemaakt.',
    )
    const stepError = await failed.getByTestId('run-step-error').textContent()
    expect(stepError).toContain('De verbinding kon niet worden gemaakt.')
    expect(stepError).toMatch(/Referentie: [0-9a-f]{8}/)
    expect(stepError).not.toContain('The connection failed')
    expect(await page.getByTestId('run-progress').textContent()).toBe('Wissing (proefdraai): mislukt.')
    await noSeriousViolations('request with a failed run')
    await shot('request-failed-run')

    await openDataset()
    await page.getByTestId('connection-database').fill(options().database)
    await saveConnection()
    await page.goto(requestUrl)
    await page.locator(`[data-testid="run"][data-id="${runId}"]`).getByTestId('run-retry').click()
    await page.locator(`[data-testid="run"][data-id="${runId}"][data-status="completed"]`).waitFor()
    const kept = page.locator(`[data-testid="run"][data-id="${runId}"] [data-testid="withheld"]`)
    expect(await kept.getAttribute('data-rows')).toBe('7')
  })

  it('refuses a pasted file with problems on the new dataset page and deletes the dataset after confirmation', async () => {
    await savedDataset()
    await page.goto(`${url}/#/orgs/${slug}/connectors/new`)
    await page.getByTestId('new-dataset-form').waitFor()
    const text =
      'key: kapot\nsystem: chinook_db\nname: Kapot\nconnector: postgres\ncollections:\n  - name: klant\n'
    await page.getByTestId('new-dataset-source').fill(text)
    await page.getByTestId('new-dataset-save').click()
    await page.getByTestId('source-problems').waitFor()
    expect(await page.getByTestId('new-dataset-source').inputValue()).toBe(text)
    await noSeriousViolations('new dataset with problems')
    await shot('new-dataset-problems')
    // The line of a problem is a button that selects that line in the editor.
    const problem = page.getByTestId('source-problem').first()
    const line = Number(await problem.getAttribute('data-line'))
    await problem.getByRole('button', { name: `Regel ${line}` }).click()
    const selected = await page.getByTestId('new-dataset-source').evaluate((el) => {
      const area = el as HTMLTextAreaElement
      return document.activeElement === area ? area.value.slice(area.selectionStart, area.selectionEnd) : null
    })
    expect(selected).toBe(text.split('\n')[line - 1])

    await openDataset()
    await page.getByRole('button', { name: 'Dataset verwijderen' }).click()
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click()
    await page.waitForURL(/#\/orgs\/[^/]+\/connectors$/)
    await page.getByText('Dataset „Chinook webshop” is verwijderd.').waitFor()
    await page.getByTestId('datasets-empty').waitFor()
    expect(staff.watched.cspViolations).toEqual([])
    expect(staff.watched.pageErrors).toEqual([])
  })
})
