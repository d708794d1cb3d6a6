import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleRegister } from '../server/test/support/register'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

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

/** The sample register with a DPO designated and a call centre scoring minors on their national number. */
function callCentreRegister() {
  const base = sampleRegister('Callcenter Peeters')
  const bookkeeping = base.activities?.[0]
  if (!bookkeeping || !base.organization) throw new Error('sample register without activity')
  return {
    ...base,
    organization: { ...base.organization, dpo: { appointed: true, name: 'Els Peeters' } },
    activities: [
      bookkeeping,
      {
        ...bookkeeping,
        key: 'callcenter',
        name: { nl: 'Callcenter', fr: 'Centre d’appels', en: 'Call centre' },
        subjectCategories: ['clients', 'minors'],
        dataCategories: [
          { category: 'identification', source: 'subject' },
          { category: 'national_register_number', source: 'subject' },
        ],
        nationalNumberAuthorisation: 'KB 2020',
        automatedDecisions: { used: false, profiling: true },
      },
    ],
  }
}

/**
 * DPIA in a real browser against the real server: screen the call centre, complete its DPIA in the CNIL structure,
 * validate it, read the PDF back, see the planned measure in the action plan and the organisation on the
 * consultant's page - in Dutch, with axe on every page.
 */
describe('DPIA, action plan and consultant overview in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let slug = ''
  const dir = mkdtempSync(join(tmpdir(), 'custos-dpia-ui-'))

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } })
    watchPage(page)
    await signInAsDemoOwner(page, custos)
    const imported = await apiCall(
      page,
      'POST',
      '/api/v1/orgs/{slug}/register/import?mode=merge',
      callCentreRegister(),
    )
    expect(imported.status, imported.text).toBe(200)
    slug = imported.slug
  })
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await browser?.close()
    await custos?.stop()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: true })

  it('screens the call centre: the register suggests the criteria, the owner confirms with a reason', async () => {
    await nav('DPIA').click()
    await page.waitForURL(/#\/orgs\/[^/]+\/dpia$/)
    const row = page.getByTestId('screening-callcenter')
    await row.waitFor()
    expect(await title()).toBe('DPIA-screening')
    expect(await row.textContent()).toContain('Gevoelige of zeer persoonlijke gegevens')
    expect(await row.textContent()).toContain('Nog niet gescreend')
    await noSeriousViolations('screening list')
    await row.getByRole('button', { name: 'Screenen Callcenter' }).click()
    const form = page.getByTestId('screening-form')
    expect(await form.getByLabel(/Gevoelige of zeer persoonlijke gegevens/).isChecked()).toBe(true)
    await form
      .getByLabel('Motivering van deze screening')
      .fill('Rijksregisternummers van minderjarigen, gescoord.')
    await noSeriousViolations('screening form')
    await form.getByRole('button', { name: 'Screening bevestigen' }).click()
    await page.getByText(/Screening van „Callcenter” bevestigd/).waitFor()
    await row.getByText(/bevestigd door/).waitFor()
  })

  it('completes the DPIA, is refused validation without risks, then validates it; the PDF reads back', async () => {
    await page
      .getByTestId('screening-callcenter')
      .getByRole('link', { name: 'Beoordeling Callcenter' })
      .click()
    await page.waitForURL(/#\/orgs\/[^/]+\/dpia\/callcenter$/)
    await page.getByTestId('register-context').waitFor()
    expect(await title()).toBe('DPIA: Callcenter')
    expect(await page.getByTestId('register-context').textContent()).toContain('Rijksregisternummer')
    await noSeriousViolations('empty assessment')

    await page.getByLabel('Overzicht van de verwerking').fill('Inkomende oproepen, gescoord voor prioriteit.')
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click()
    await page.getByLabel('Maatregel', { exact: true }).fill('Rijksregisternummers maskeren in het belscherm')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByText('Opgeslagen als versie 1.').waitFor()
    // Not every risk estimated: validation is refused, and the page says why.
    await page.getByLabel('Motivering van de beslissing').fill('Restrisico aanvaardbaar.')
    await page.getByRole('button', { name: 'Valideren', exact: true }).click()
    await page
      .getByText(/Schat de ernst en de waarschijnlijkheid van de drie risico’s in/)
      .first()
      .waitFor()

    for (const [risk, before, after] of [
      ['illegitimate_access', ['4', '3'], ['3', '2']],
      ['unwanted_modification', ['2', '2'], ['2', '1']],
      ['disappearance', ['3', '3'], ['2', '2']],
    ] as const) {
      const fieldset = page.getByTestId(`risk-${risk}`)
      await fieldset.getByLabel('Risicobronnen (één per regel)').fill('Medewerker van het callcenter')
      await fieldset.getByLabel('Ernst vóór de geplande maatregelen').selectOption(before[0])
      await fieldset.getByLabel('Waarschijnlijkheid vóór de geplande maatregelen').selectOption(before[1])
      await fieldset.getByLabel('Ernst na de geplande maatregelen').selectOption(after[0])
      await fieldset.getByLabel('Waarschijnlijkheid na de geplande maatregelen').selectOption(after[1])
    }
    await page.getByLabel('Advies van de DPO').fill('Gunstig, mits de maskering er is vóór de ingebruikname.')
    await page
      .getByLabel('Standpunt van de betrokkenen of hun vertegenwoordigers')
      .fill('Ondernemingsraad gehoord.')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByTestId('risk-map').waitFor()
    expect(await page.getByTestId('risk-map').locator('img').getAttribute('alt')).toContain(
      'Onrechtmatige toegang tot de gegevens van hoog naar matig',
    )
    await noSeriousViolations('completed assessment')

    await page.getByLabel('Motivering van de beslissing').fill('Restrisico aanvaardbaar.')
    await page.getByRole('button', { name: 'Valideren', exact: true }).click()
    await page.getByText('Beslissing vastgelegd.').waitFor()
    expect(await page.getByTestId('assessment-status').textContent()).toBe('Versie 1: Gevalideerd')
    await noSeriousViolations('validated')

    const href = await page.getByTestId('report-nl').getAttribute('href')
    const bytes = await page.evaluate(async (url) => {
      const response = await fetch(url as string)
      return Array.from(new Uint8Array(await response.arrayBuffer()))
    }, href)
    const file = join(dir, 'dpia-nl.pdf')
    writeFileSync(file, Buffer.from(bytes))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Gegevensbeschermingseffectbeoordeling (DPIA): Callcenter')
    expect(text).toContain('Gunstig, mits de maskering er is vóór de ingebruikname.')
    expect(text).toContain('Gevalideerd door')
  })

  it('downloads the PDF as decided: its SHA-256 is the one the header and the audit log recorded', async () => {
    const link = page.getByTestId('signed-pdf-1')
    await link.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const file = join(dir, 'decided.pdf')
    await download.saveAs(file)
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
    // The page shows the hash next to the link.
    expect(await page.getByTestId('versions').textContent()).toContain(`SHA-256 ${sha256}`)
    const header = await page.evaluate(
      async (url) => {
        const response = await fetch(url as string)
        return response.headers.get('x-custos-sha256')
      },
      await link.getAttribute('href'),
    )
    expect(header).toBe(sha256)
    const audit = await apiCall(
      page,
      'GET',
      '/api/v1/orgs/{slug}/audit-events?action=dpia.assessment_validated',
    )
    expect(audit.status, audit.text).toBe(200)
    const events = JSON.parse(audit.text).items as { summary: { pdfSha256?: string; version?: number } }[]
    expect(events.map((e) => [e.summary.version, e.summary.pdfSha256])).toEqual([[1, sha256]])
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toMatch(/Gevalideerd door .+ op \d{2}\/\d{2}\/\d{4}/)
  })

  it('attaches the signed copy to the validated version, lists it with its SHA-256 and downloads it unchanged', async () => {
    // The DPO signed Custos's PDF with her eID: an incremental update appended to the decided PDF.
    const decided = readFileSync(join(dir, 'decided.pdf'))
    const signed = Buffer.concat([decided, Buffer.from('\n9 0 obj << /Type /Sig >> endobj\n%%EOF\n')])
    const sha256 = createHash('sha256').update(signed).digest('hex')
    const copies = page.getByTestId('signed-copies-1')
    await copies.getByText('Voor deze versie is nog geen ondertekend exemplaar opgeladen.').waitFor()
    const form = page.getByTestId('signed-copy-form-1')
    // Not a PDF: refused, and the field says why.
    await form.getByLabel('Ondertekend exemplaar van versie 1 (pdf)').setInputFiles({
      name: 'getekend.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('PK\u0003\u0004 word/document.xml'),
    })
    await form.getByRole('button', { name: 'Ondertekend exemplaar opladen' }).click()
    await form.getByText(/Geen pdf: het bestand begint niet met een pdf-kop/).waitFor()
    await form.getByLabel('Ondertekend exemplaar van versie 1 (pdf)').setInputFiles({
      name: 'DPIA callcenter getekend.pdf',
      mimeType: 'application/pdf',
      buffer: signed,
    })
    await form
      .getByLabel(/Toelichting \(wie ondertekende, en hoe\)/)
      .fill('Ondertekend door Els Peeters met haar eID.')
    await form.getByRole('button', { name: 'Ondertekend exemplaar opladen' }).click()
    const current = page.getByTestId('signed-copy-current-1')
    await current.waitFor()
    const listed = (await current.textContent()) ?? ''
    expect(listed).toMatch(/^Ondertekend exemplaar opgeladen door \S+ op \d{2}\/\d{2}\/\d{4}:/)
    expect(listed).toContain(`SHA-256 ${sha256}`)
    expect(listed).toContain('Ondertekend door Els Peeters met haar eID.')
    // What Custos checked, and what it did not.
    expect(await copies.textContent()).toContain(
      'Custos heeft de handtekening erin niet geverifieerd, noch wie ondertekend heeft',
    )
    await noSeriousViolations('signed copy uploaded')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      current.getByRole('link', { name: 'DPIA callcenter getekend.pdf' }).click(),
    ])
    const file = join(dir, 'signed-copy.pdf')
    await download.saveAs(file)
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(sha256)

    // A new scan replaces it on the page; the first stays listed as an earlier copy, still downloadable.
    const rescanned = Buffer.concat([signed, Buffer.from('% opnieuw gescand\n%%EOF\n')])
    await form.getByLabel('Nieuw ondertekend exemplaar van versie 1 (pdf)').setInputFiles({
      name: 'DPIA callcenter getekend (2).pdf',
      mimeType: 'application/pdf',
      buffer: rescanned,
    })
    await form.getByRole('button', { name: 'Ondertekend exemplaar vervangen' }).click()
    await current.getByText('DPIA callcenter getekend (2).pdf').waitFor()
    await copies.getByText('Eerder, vervangen exemplaar (1)').click()
    const earlier = copies.getByTestId('signed-copy-earlier')
    expect(await earlier.textContent()).toContain(`SHA-256 ${sha256}`)
    const audit = await apiCall(
      page,
      'GET',
      '/api/v1/orgs/{slug}/audit-events?action=dpia.signed_copy_uploaded',
    )
    expect(audit.status, audit.text).toBe(200)
    const events = JSON.parse(audit.text).items as { summary: { sha256: string; version: number } }[]
    expect(events.map((e) => [e.summary.version, e.summary.sha256]).sort()).toEqual(
      [
        [1, sha256],
        [1, createHash('sha256').update(rescanned).digest('hex')],
      ].sort(),
    )
    await noSeriousViolations('signed copy replaced')
    await page.screenshot({ path: join(tmpdir(), 'custos-dpia-signed-copy.png'), fullPage: true })
  })

  it('compares the validated version with the next one side by side', async () => {
    await page
      .getByLabel('Standpunt van de betrokkenen of hun vertegenwoordigers')
      .fill('Ondernemingsraad opnieuw gehoord.')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByText('Opgeslagen als versie 2.').waitFor()
    const diff = page.getByTestId('version-diff')
    await diff.waitFor()
    expect(await diff.getByLabel('Oudere versie').inputValue()).toBe('1')
    expect(await diff.getByLabel('Nieuwere versie').inputValue()).toBe('2')
    await diff.getByRole('button', { name: 'Vergelijken' }).click()
    const row = page.getByTestId('diff-table').locator('tr[data-path="peopleViews"]')
    await row.waitFor()
    expect(await page.getByTestId('diff-table').locator('thead').textContent()).toContain(
      'Versie 1 (Gevalideerd)',
    )
    expect(await row.locator('th').textContent()).toBe('Standpunt van de betrokkenen')
    // The word put in is marked inside the text: <ins>, underlined, announced to screen readers.
    // What a sighted reader sees: the text without the words only screen readers announce.
    const seen = (cell: string) =>
      row.locator(cell).evaluate((e) => {
        const copy = e.cloneNode(true) as HTMLElement
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => {
          hidden.remove()
        })
        return copy.textContent
      })
    expect(await seen('td.diff-before')).toBe('Ondernemingsraad gehoord.')
    expect(await row.locator('td.diff-before del').count()).toBe(0)
    const added = row.locator('td.diff-after ins')
    expect(await added.count()).toBe(1)
    expect(await added.textContent()).toBe('toegevoegd: opnieuw  (einde toevoeging)')
    expect(await added.evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline')
    expect(await seen('td.diff-after')).toBe('Ondernemingsraad opnieuw gehoord.')
    expect(await page.getByTestId('diff-table').locator('tbody tr').count()).toBe(1)
    await noSeriousViolations('version diff')
    await page.getByTestId('version-diff').screenshot({ path: join(tmpdir(), 'custos-dpia-word-diff.png') })
  })

  it('shows the planned measure in the action plan and the organisation on the consultant’s page', async () => {
    await nav('Actieplan').click()
    await page.waitForURL(/#\/orgs\/[^/]+\/action-plan$/)
    const measure = page.getByTestId('action-dpia.measure')
    await measure.waitFor()
    expect(await measure.textContent()).toContain(
      'Rijksregisternummers maskeren in het belscherm (DPIA "Callcenter")',
    )
    await noSeriousViolations('action plan')

    await nav('Al mijn organisaties').click()
    await page.waitForURL(/#\/compliance$/)
    const row = page.getByTestId(`consultant-${slug}`)
    await row.waitFor()
    expect(await title()).toBe('Al mijn organisaties')
    // No request answered yet, and no snapshot 30 days old: said so, not a made-up 100 % or trend.
    expect(await row.textContent()).toContain('geen verzoek beantwoord')
    expect(await row.textContent()).toContain('nog geen geschiedenis')
    // The monthly report in the organisation's language, downloaded from the consultant's page and read back.
    const reportHref = await page.getByTestId(`consultant-report-${slug}`).getAttribute('href')
    const reportBytes = await page.evaluate(async (url) => {
      const response = await fetch(url as string)
      return Array.from(new Uint8Array(await response.arrayBuffer()))
    }, reportHref)
    const reportFile = join(dir, 'compliance-nl.pdf')
    writeFileSync(reportFile, Buffer.from(reportBytes))
    const report = execFileSync('pdftotext', ['-layout', reportFile, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    )
    expect(report).toContain('Maandrapport gegevensbescherming')
    expect(report).toContain('Rijksregisternummers maskeren in het belscherm')
    expect(await row.textContent()).toContain('0 uit te voeren')
    await noSeriousViolations('consultant overview')
  })
  it('shows a screening older than its activity’s last change as a warning of the register check', async () => {
    const current = await apiCall(page, 'GET', '/api/v1/orgs/{slug}/register/activities/callcenter')
    expect(current.status, current.text).toBe(200)
    const activity = JSON.parse(current.text).data
    const changed = await apiCall(page, 'PUT', '/api/v1/orgs/{slug}/register/activities/callcenter', {
      ...activity,
      subjectCategories: [...activity.subjectCategories, 'prospects'],
    })
    expect(changed.status, changed.text).toBe(200)
    await page.goto(`${custos.url}/#/orgs/${slug}/register/check`)
    const warnings = page.getByTestId('check-warnings')
    await warnings.getByText(/De DPIA-screening van “Callcenter”/).waitFor()
    expect(await warnings.textContent()).toContain('dpia.screening-stale')
    const link = warnings.getByRole('link', { name: 'DPIA-screening' })
    expect(await link.getAttribute('href')).toBe(`#/orgs/${slug}/dpia`)
    await noSeriousViolations('register check with a stale screening')
  })
})
