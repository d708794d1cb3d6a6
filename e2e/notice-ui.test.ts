import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner, watchPage } from './support/session'

const EXAMPLE = resolve(import.meta.dirname, '../examples/contactexpert.register.yaml')

/** Imports a register file (YAML text) into the signed-in user's first organisation; returns its slug. */
async function importRegister(page: Page, yaml: string): Promise<{ slug: string; status: number }> {
  return page.evaluate(async (text) => {
    const me = await (await fetch('/api/v1/me')).json()
    const slug: string = me.memberships[0].slug
    const response = await fetch(`/api/v1/orgs/${slug}/register/import?mode=replace`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/yaml', 'X-CSRF-Token': me.csrfToken },
      body: text,
    })
    return { slug, status: response.status }
  }, yaml)
}

/**
 * The privacy notice section in a real browser against the real server: with the example register imported, the
 * completeness check shows every element present, version 1 is published through the form, the versions page lists
 * it, a second version can be compared with the first, and the publication page offers the snippets.
 */
describe('privacy notice UI in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let page: Page
  let slug = ''
  let watched: ReturnType<typeof watchPage>

  beforeAll(async () => {
    custos = await startCustos()
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'nl-BE' })
    watched = watchPage(page)
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const noSeriousViolations = async (where: string) =>
    expect({ where, violations: await seriousA11yViolations(page) }).toEqual({ where, violations: [] })

  it('signs in as the demo owner and imports the example register', async () => {
    await signInAsDemoOwner(page, custos)
    const result = await importRegister(page, readFileSync(EXAMPLE, 'utf8'))
    expect(result.status).toBe(200)
    slug = result.slug
  })

  it('shows the preview with every required element present', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Privacyverklaring' })
      .click()
    await page.waitForURL(/#\/orgs\/[^/]+\/notice$/)
    await page.getByTestId('completeness-summary').waitFor()
    expect(await title()).toBe('Privacyverklaring')
    expect(await page.getByTestId('completeness-summary').textContent()).toContain(
      'Alle verplichte elementen zijn aanwezig.',
    )
    const statuses = await page
      .getByTestId('completeness-item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-status')))
    expect(statuses.length).toBeGreaterThan(10)
    expect(statuses).not.toContain('missing')
    expect(statuses).toContain('present')
    expect(await page.locator('[data-element="art21.4.right-to-object"]').getAttribute('data-status')).toBe(
      'present',
    )

    await page.getByTestId('notice-document').waitFor()
    expect(await page.getByTestId('notice-title').textContent()).toBe('Privacyverklaring van ContactExpert')
    expect(await page.getByTestId('notice-section-right-to-object').count()).toBe(1)
    expect(await page.getByTestId('publish-submit').isEnabled()).toBe(true)
    await noSeriousViolations('notice preview (nl)')
  })

  it('shows the notice in French in its tab', async () => {
    await page.getByTestId('notice-language-tab-fr').click()
    await page.getByTestId('notice-title').getByText('Déclaration de confidentialité').waitFor()
    expect(await page.getByTestId('notice-document').getAttribute('lang')).toBe('fr')
    expect(await page.getByTestId('notice-language-tab-fr').getAttribute('aria-selected')).toBe('true')
    // Arrow keys move between the tabs.
    await page.keyboard.press('ArrowRight')
    await page.getByTestId('notice-title').getByText('privacy notice').waitFor()
    expect(await page.getByTestId('notice-document').getAttribute('lang')).toBe('en')
    await noSeriousViolations('notice preview (en)')
  })

  it('publishes version 1 through the form', async () => {
    expect(await page.getByTestId('publish-current').textContent()).toBe(
      'Er is nog geen versie gepubliceerd.',
    )
    expect(await page.getByTestId('publish-effective-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await page.getByTestId('publish-change-summary').fill('Eerste versie, opgesteld uit het register.')
    await page.getByTestId('publish-submit').click()
    await page.getByTestId('publish-result').getByText('Versie 1 is gepubliceerd').waitFor()
    const link = await page.getByTestId('publish-public-link').getAttribute('href')
    expect(link).toBe(`${custos.url}/p/${slug}/privacy?lang=en`)
    await page.getByTestId('publish-current').getByText('versie 1').waitFor()
  })

  it('lists version 1 on the versions page', async () => {
    await page.getByTestId('notice-nav-versions').click()
    await page.getByTestId('versions-table').waitFor()
    expect(await title()).toBe('Versies van de privacyverklaring')
    const rows = page.getByTestId('version-row')
    expect(await rows.count()).toBe(1)
    expect(await rows.first().textContent()).toContain('Eerste versie, opgesteld uit het register.')
    expect(await rows.first().getByTestId('version-public-link').getAttribute('href')).toBe(
      `${custos.url}/p/${slug}/privacy/versions/1?lang=nl`,
    )
    expect(await rows.first().getByTestId('version-download-pdf').getAttribute('href')).toBe(
      `${custos.url}/p/${slug}/privacy/versions/1.pdf?lang=nl`,
    )
    await page.getByTestId('compare-unavailable').waitFor()
    await noSeriousViolations('notice versions')
  })

  it('compares a second version with the first', async () => {
    const changed = readFileSync(EXAMPLE, 'utf8').replace(
      /nl: "Volumes, wachttijden[^"]*"/,
      'nl: "Volumes en wachttijden berekenen, enkel als geaggregeerde resultaten."',
    )
    expect((await importRegister(page, changed)).status).toBe(200)
    await page.getByTestId('notice-nav-preview').click()
    await page.getByTestId('publish-form').waitFor()
    await page.getByLabel('Wezenlijke wijziging').check()
    await page.getByTestId('publish-change-summary').fill('Statistieken: enkel geaggregeerde resultaten.')
    await page.getByTestId('publish-submit').click()
    await page.getByTestId('publish-result').getByText('Versie 2 is gepubliceerd').waitFor()

    await page.getByTestId('notice-nav-versions').click()
    await page.getByTestId('compare-form').waitFor()
    expect(await page.getByTestId('version-row').count()).toBe(2)
    expect(await page.getByTestId('compare-from').inputValue()).toBe('1')
    expect(await page.getByTestId('compare-to').inputValue()).toBe('2')
    await page.getByTestId('compare-submit').click()
    await page.getByTestId('notice-diff').waitFor()
    const added = await page.getByTestId('diff-added').allTextContents()
    const removed = await page.getByTestId('diff-removed').allTextContents()
    expect(added.join('\n')).toContain('enkel als geaggregeerde resultaten')
    expect(removed.join('\n')).toContain('afhandelingstijden')
    await noSeriousViolations('notice versions with a comparison')
  })

  it('offers the public address and the snippets to embed', async () => {
    await page.getByTestId('notice-nav-publication').click()
    await page.getByTestId('embed-card').waitFor()
    const publicUrl = `${custos.url}/p/${slug}/privacy`
    expect(await page.getByTestId('public-url').textContent()).toBe(publicUrl)
    expect(await page.getByTestId('snippet-link').textContent()).toBe(
      `<a href="${publicUrl}?lang=nl">Privacyverklaring</a>`,
    )
    expect(await page.getByTestId('snippet-iframe').textContent()).toContain(
      `<iframe src="${publicUrl}?embed=1&lang=nl" title="Privacyverklaring – ContactExpert NV"`,
    )
    expect(await page.getByTestId('json-url').textContent()).toBe(`${publicUrl}.json?lang=nl`)
    await noSeriousViolations('notice publication')
  })

  it('shows the latest version on the overview', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Overzicht' })
      .click()
    await page.getByTestId('overview-notice').waitFor()
    expect(await page.getByTestId('overview-notice-status').textContent()).toMatch(
      /^Versie 2 is van toepassing sinds /,
    )
  })

  it('ran without CSP violations or script errors', () => {
    expect(watched.cspViolations).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })
})
