import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

/**
 * The suppression page (issue 17) in a real browser against the real server: no DNCM list yet (a clear warning),
 * an objection added through the form, a campaign file checked (the CSV to download says which line may not be
 * mailed and why), the entry removed again, the Robinson Mail list imported and a mailing by post checked
 * against it - in Dutch, then in French, with axe on every state.
 */
describe('suppression page in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let watched: ReturnType<typeof watchPage>
  let slug = ''

  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } })
    watched = watchPage(page)
    await signInAsDemoOwner(page, custos)
    slug = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()).memberships[0].slug)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  it('warns that no DNCM list is in use, adds an objection, checks a campaign file and removes the entry (nl)', async () => {
    await page.goto(`${custos.url}/#/orgs/${slug}/suppression`)
    await page.getByRole('heading', { level: 1, name: 'Uitsluitingen' }).waitFor()
    expect(await page.getByTestId('dncm-status').textContent()).toContain(
      'Er is geen Bel-me-niet-meer-lijst ingeladen',
    )
    expect(await page.getByText('De uitsluitingslijst is leeg.').count()).toBe(1)
    await noSeriousViolations('empty (nl)')

    await page.getByLabel('Gegeven', { exact: true }).fill('An.Peeters@Example.be')
    await page.getByTestId('suppression-add').click()
    await page.getByTestId('suppression-entries').waitFor()
    const row = page.getByTestId('suppression-entries').locator('tbody tr')
    expect(await row.count()).toBe(1)
    expect(await row.first().textContent()).toContain('Bezwaar tegen direct marketing')
    expect(await row.first().textContent()).not.toContain('an.peeters@example.be')
    expect(await page.getByTestId('suppression-counts').textContent()).toContain(
      'Bezwaar tegen direct marketing1',
    )
    await noSeriousViolations('entry added (nl)')

    await page.locator('#campaign-file').setInputFiles({
      name: 'campagne.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,email\nAn,an.peeters@example.be\nBert,bert@example.be\n'),
    })
    await page.getByTestId('campaign-check').click()
    const link = page.getByTestId('campaign-download')
    await link.waitFor()
    expect(await link.textContent()).toContain('(2 regels)')
    expect(await link.getAttribute('download')).toBe('campaign-checked-email.csv')
    // The user's download: the same lines back with the verdict per line.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('campaign-checked-email.csv')
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const checked = Buffer.concat(chunks).toString('utf8')
    const lines = checked.trim().split(/\r?\n/)
    expect(lines[1]).toContain('objection')
    expect(lines[2]).not.toContain('objection')
    await noSeriousViolations('campaign checked (nl)')

    await page.getByRole('button', { name: /verwijderen$/ }).click()
    await page.getByText('De uitsluitingslijst is leeg.').waitFor()
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('imports the Robinson Mail list and checks a mailing by post against it (nl)', async () => {
    expect(await page.getByTestId('robinson-status').textContent()).toContain(
      'Er is geen Robinson Mail-lijst ingeladen',
    )
    await page.locator('#robinson-file').setInputFiles({
      name: 'robinson_2026-12-01.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'voornaam;naam;straat;huisnummer;postcode;gemeente\nJan;Peeters;Kerkstraat;7;9000;Gent\nEls;Claes;Veldstraat;2;9000;Gent\n',
      ),
    })
    await page.getByTestId('robinson-import').click()
    await page.getByText('De Robinson Mail-lijst is ingeladen: 2 personen.').waitFor()
    await page.getByTestId('robinson-consultations').waitFor()
    expect(await page.getByTestId('robinson-status').textContent()).toContain('(2 personen)')
    expect(await page.getByTestId('robinson-consultations').textContent()).toContain(
      'robinson_2026-12-01.csv',
    )
    await noSeriousViolations('Robinson list imported (nl)')

    // A mailing by post: the listed person (another spelling) is not to be written to, the neighbour may be.
    await page.locator('#campaign-file').setInputFiles({
      name: 'folder.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'naam,adres,postcode,gemeente\nPEETERS Jan,Kerkstraat 7,9000,Gent\nPiet Janssens,Kerkstraat 7,9000,Gent\n',
      ),
    })
    await page.getByLabel('Kanaal van de campagne').selectOption('post')
    await page.getByTestId('campaign-check').click()
    const link = page.getByTestId('campaign-download')
    await link.waitFor()
    expect(await link.getAttribute('download')).toBe('campaign-checked-post.csv')
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const chunks: Buffer[] = []
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
    const lines = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/)
    expect(lines[1]).toContain('not_allowed,robinson_listed')
    expect(lines[2]).toContain('allowed,no_reason_found')
    await noSeriousViolations('mailing by post checked (nl)')
    expect(watched.pageErrors).toEqual([])
  })

  it('reads in French, without accessibility violations', async () => {
    await page.getByTestId('language-switcher').selectOption('fr')
    await page.waitForFunction(() => document.documentElement.lang === 'fr')
    await page.getByRole('heading', { level: 1, name: 'Exclusions' }).waitFor()
    expect(await page.getByTestId('dncm-status').textContent()).toContain(
      'Aucune liste Ne-m’appelez-plus n’a été importée',
    )
    await page.getByLabel('Identifiant', { exact: true }).fill('+32 470 12 34 56')
    await page.getByLabel('Type d’identifiant').selectOption('phone')
    await page.getByLabel('Motif', { exact: true }).selectOption('unsubscribe')
    await page.getByLabel('Canal de la désinscription').selectOption('phone')
    await page.getByTestId('suppression-add').click()
    await page.getByTestId('suppression-entries').getByText('Désinscription').waitFor()
    await noSeriousViolations('entry added (fr)')
    expect(watched.pageErrors).toEqual([])
  })
})
