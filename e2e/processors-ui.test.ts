import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleRegister } from '../server/test/support/register'
import { openStaffPage, type StaffPage } from './support/staff-page'

/** The sample register (CloudBooks as processor, its agreement not recorded) plus an activity done as processor. */
function invoicingPlatformRegister() {
  const base = sampleRegister('Facturatie Platform BV')
  return {
    ...base,
    activities: [
      ...(base.activities ?? []),
      {
        key: 'client-invoicing',
        name: {
          nl: 'Facturatie voor klanten',
          fr: 'Facturation pour les clients',
          en: 'Invoicing for clients',
        },
        role: 'processor',
        status: 'active',
      },
    ],
  }
}

const PDF = '%PDF-1.7\nverwerkersovereenkomst CloudBooks, ondertekend\n%%EOF\n'

/**
 * The Verwerkers page in a real browser against the real server: record CloudBooks' agreement with its signed
 * document, see the register check's findings go as the checklist is completed, add a client and change it - in
 * Dutch, then read in French, with axe on every state.
 */
describe('processors page in headless Chromium', () => {
  let s: StaffPage
  beforeAll(async () => {
    s = await openStaffPage()
    const imported = await s.staffCall('POST', '/register/import?mode=merge', invoicingPlatformRegister())
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
  })
  afterAll(async () => {
    await s?.close()
  })

  const nav = (name: string) =>
    s.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: true })
  /** The messages of the register check page, as the member reads them. */
  const checkFindings = async () => {
    await nav('Verwerkingsregister').click()
    await s.page.getByTestId('register-nav-check').click()
    await s.page.getByTestId('check-summary').waitFor()
    return (await s.page.getByTestId('finding').allTextContents()).join('\n')
  }
  /** Opens a <details> whatever its state (a reload after saving may have closed it). */
  const open = (details: Locator) => details.evaluate((d) => ((d as HTMLDetailsElement).open = true))
  const openProcessors = async () => {
    await nav('Verwerkers').click()
    await s.page.getByTestId('processor-vendors').waitFor()
  }

  it('records the agreement with its document; the findings go as the checklist is completed', async () => {
    expect(await checkFindings()).toContain('Regel: processor.no-agreement')
    await openProcessors()
    await s.noSeriousViolations('processors page')
    const vendor = s.page.getByTestId('vendor-details-cloudbooks')
    await open(vendor)
    await vendor.getByLabel('Titel', { exact: true }).fill('Verwerkersovereenkomst')
    await vendor.getByLabel('Ondertekend op').fill('2026-03-01')
    for (const point of ['a', 'b', 'c', 'd', 'e', 'f']) {
      await vendor.locator(`#agreement-cloudbooks-clause-${point}`).check()
      await vendor.locator(`#agreement-cloudbooks-location-${point}`).fill(`art. ${point}`)
    }
    await vendor
      .locator('#agreement-cloudbooks-file')
      .setInputFiles({ name: 'dpa.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) })
    await s.noSeriousViolations('agreement form')
    await vendor.getByRole('button', { name: 'Overeenkomst opslaan' }).click()
    await s.page.getByText('De overeenkomst is vastgelegd.').waitFor()
    await s.page.getByTestId('processor-vendors').getByText('ontbreekt: g, h').waitFor()
    await open(vendor)
    const link = vendor.getByRole('link', { name: 'dpa.pdf downloaden' })
    const href = await link.getAttribute('href')
    const downloaded = await s.page.evaluate(async (url) => (await fetch(url as string)).text(), href)
    expect(downloaded).toBe(PDF)

    let findings = await checkFindings()
    expect(findings).not.toContain('processor.no-agreement')
    expect(findings).toContain('mist de punten g, h van artikel 28, lid 3')

    // The two missing points are in the contract after all: the agreement is changed, the finding goes.
    await openProcessors()
    await open(vendor)
    const edit = vendor.locator('details[data-testid^="agreement-edit-"]')
    await open(edit)
    expect(await edit.getByLabel('Ondertekend op').inputValue()).toBe('2026-03-01')
    await edit.getByText('Bewaard: dpa.pdf. Een nieuw bestand vervangt het.').waitFor()
    for (const point of ['g', 'h']) {
      await edit.locator(`input[id$="-clause-${point}"]`).check()
      await edit.locator(`input[id$="-location-${point}"]`).fill('bijlage 2')
    }
    await edit.getByLabel('Versie').fill('2')
    await s.noSeriousViolations('agreement edit form')
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await s.page.getByText('De overeenkomst is gewijzigd.').waitFor()
    await open(vendor)
    await vendor.getByText('alle punten a-h aanwezig').waitFor()
    findings = await checkFindings()
    expect(findings).not.toContain('processor.')
  })

  it('a new agreement whose document is refused is changed by the next save, never recorded twice', async () => {
    await openProcessors()
    const vendor = s.page.getByTestId('vendor-details-cloudbooks')
    await open(vendor)
    const form = vendor.locator('form[aria-labelledby="agreement-cloudbooks-title"]')
    await form.getByLabel('Titel', { exact: true }).fill('Addendum doorgiften')
    // Named .pdf but not a PDF: the server refuses the document after the agreement itself is recorded.
    await form
      .locator('#agreement-cloudbooks-file')
      .setInputFiles({ name: 'addendum.pdf', mimeType: 'application/pdf', buffer: Buffer.from('geen pdf') })
    await form.getByRole('button', { name: 'Overeenkomst opslaan' }).click()
    await s.page
      .getByText(/De overeenkomst Addendum doorgiften is vastgelegd, maar het document werd geweigerd/)
      .waitFor()
    await open(vendor)
    await form.getByRole('heading', { name: 'De overeenkomst Addendum doorgiften wijzigen' }).waitFor()
    await s.noSeriousViolations('agreement form after a refused document')
    await form
      .locator('#agreement-cloudbooks-file')
      .setInputFiles({ name: 'addendum.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) })
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await s.page.getByText('De overeenkomst is gewijzigd.').waitFor()
    await open(vendor)
    await form.getByRole('heading', { name: 'Overeenkomst vastleggen' }).waitFor()
    const vendors = await s.staffCall('GET', '/processors/vendors')
    const cloudbooks = vendors.body.items.find((v: { key: string }) => v.key === 'cloudbooks')
    const addenda = cloudbooks.agreements.filter((x: { title: string }) => x.title === 'Addendum doorgiften')
    expect(addenda).toHaveLength(1)
    expect(addenda[0].document).toMatchObject({ filename: 'addendum.pdf', size: PDF.length })
  })

  it('adds a client with its activity, then changes its contacts', async () => {
    await openProcessors()
    const form = s.page.locator('form[aria-labelledby="client-form-title"]')
    await form.getByLabel('Naam van de klant (verwerkingsverantwoordelijke)').fill('Bakkerij Janssens BV')
    await form.getByLabel('Taal van de e-mails aan de klant').selectOption('fr')
    await form.getByLabel('E-mailadres voor berichten over subverwerkers').fill('privacy@janssens.be')
    await form.getByLabel('Facturatie voor klanten').check()
    await form.getByRole('button', { name: 'Klant toevoegen' }).click()
    await s.page.getByText('De klant Bakkerij Janssens BV is toegevoegd.').waitFor()
    const row = s.page.getByTestId('processor-clients').getByRole('row', { name: /Bakkerij Janssens BV/ })
    expect(await row.textContent()).toContain('Facturatie voor klanten')
    expect(await row.textContent()).toContain('FR')

    const details = s.page.locator('details[data-testid^="client-details-"]')
    await details.getByText('Bakkerij Janssens BV wijzigen', { exact: true }).waitFor({ state: 'attached' })
    await open(details)
    expect(await details.getByLabel('Facturatie voor klanten').isChecked()).toBe(true)
    await details.getByLabel('E-mailadres voor verzoeken van betrokkenen').fill('dpo@janssens.be')
    await details.getByLabel(/Gedocumenteerde instructies/).fill('Enkel facturen opmaken en verzenden.')
    await s.noSeriousViolations('client edit form')
    await details.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await s.page.getByText('De klant Bakkerij Janssens BV is gewijzigd.').waitFor()
    const clients = await s.staffCall('GET', '/processors/clients')
    expect(clients.body.items[0]).toMatchObject({
      name: 'Bakkerij Janssens BV',
      language: 'fr',
      activityKeys: ['client-invoicing'],
      instructions: 'Enkel facturen opmaken en verzenden.',
      contacts: { email: 'privacy@janssens.be', requestsEmail: 'dpo@janssens.be' },
    })
    expect(s.watched.cspViolations).toEqual([])
    expect(s.watched.pageErrors).toEqual([])
  })

  it('forwards a request to the client it names: suggested, mailed in the client’s language', async () => {
    const made = await s.staffCall('POST', '/requests', {
      channel: 'email',
      receivedAt: new Date().toISOString(),
      subject: { name: 'Lies Maes', email: 'lies@example.be' },
      types: ['access'],
      language: 'nl',
      details: 'Welke gegevens bewaart u over mij voor de Facturatie voor klanten?',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    await s.page.goto(new URL(`/#/orgs/${s.slug}/requests/${made.body.id}`, s.page.url()).href)
    await s.page.getByTestId('action-forward_to_controller').click()
    await s.page.getByTestId('action-form-forward_to_controller').waitFor()
    const route = s.page.getByTestId('action-route')
    const chosen = await route.evaluate(
      (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    )
    expect(chosen).toBe('Bakkerij Janssens BV – voorgesteld: het verzoek vermeldt Facturatie voor klanten')
    await s.page.getByText(/U beantwoordt het verzoek niet zelf/).waitFor()
    await s.noSeriousViolations('forward form with a suggested client')
    await s.page.getByTestId('action-submit').click()
    await s.page.locator('[data-testid="request-status"][data-status="forwarded_to_controller"]').waitFor()
    const detail = await s.staffCall('GET', `/requests/${made.body.id}`)
    const sent = detail.body.events.find((e: { kind: string }) => e.kind === 'request.forwarding_sent')
    expect(sent.data).toMatchObject({
      to: 'dpo@janssens.be',
      language: 'fr',
      controller: 'Bakkerij Janssens BV',
    })
    expect(s.watched.pageErrors).toEqual([])
  })

  it('reads in French, without accessibility violations', async () => {
    await openProcessors()
    await s.page.getByTestId('language-switcher').selectOption('fr')
    await s.page.waitForFunction(() => document.documentElement.lang === 'fr')
    await s.page.getByRole('heading', { level: 1, name: 'Sous-traitants' }).waitFor()
    await open(s.page.getByTestId('vendor-details-cloudbooks'))
    await s.page.getByText('Modifier Verwerkersovereenkomst', { exact: true }).waitFor()
    await open(s.page.locator('details[data-testid^="client-details-"]'))
    await s.page.getByText('Activités que vous menez pour ce client (art. 30, § 2, RGPD)').first().waitFor()
    const exported = await s.page.evaluate(async () => {
      const link = document.querySelector('[data-testid="processors-export"]') as HTMLAnchorElement
      const response = await fetch(link.href)
      return { href: link.href, type: response.headers.get('content-type'), status: response.status }
    })
    expect(exported).toMatchObject({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    })
    expect(exported.href).toContain('lang=fr')
    await s.noSeriousViolations('processors page (fr)')
    expect(s.watched.pageErrors).toEqual([])
  })
})
