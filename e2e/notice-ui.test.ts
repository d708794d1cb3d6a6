import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStaffPage, type StaffPage } from './support/staff-page'

const EXAMPLE = resolve(import.meta.dirname, '../examples/contactexpert.register.yaml')

/**
 * The privacy notice section in a real browser against the real server: with the example register imported, the
 * completeness check shows every element present, version 1 is published through the form, the versions page lists
 * it, a second version can be compared with the first, and the publication page offers the snippets. Each step can
 * run on its own (issue 13): the owner is signed in once; the import and a first version, which several steps
 * need, are made once per file through the API when no step before made them.
 */
describe('privacy notice UI in headless Chromium', () => {
  let staff: StaffPage
  let page: Page
  let url = ''
  let slug = ''

  beforeAll(async () => {
    staff = await openStaffPage()
    page = staff.page
    url = staff.custos.url
    slug = staff.slug
  }, 180_000)
  afterAll(async () => {
    await staff?.close()
  })

  const title = () => page.getByTestId('page-title').textContent()
  const noSeriousViolations = (where: string) => staff.noSeriousViolations(where)
  const importRegister = (yaml: string) => staff.staffCall('POST', '/register/import?mode=replace', yaml)
  const publishedVersions = async (): Promise<number> =>
    (await staff.staffCall('GET', '/notice/versions')).body.items.length

  /** The example register, imported once for the steps that read the notice drawn from it. */
  let imported: Promise<{ status: number }> | undefined
  const exampleRegister = () => {
    imported ??= importRegister(readFileSync(EXAMPLE, 'utf8'))
    return imported
  }
  /** Version 1, published through the API unless a step before published it through the form. */
  let firstVersion: Promise<void> | undefined
  const versionOne = () => {
    firstVersion ??= (async () => {
      expect((await exampleRegister()).status).toBe(200)
      if ((await publishedVersions()) > 0) return
      const published = await staff.staffCall('POST', '/notice/versions', {
        changeSummary: 'Eerste versie, opgesteld uit het register.',
      })
      expect(published.status, JSON.stringify(published.body)).toBe(201)
    })()
    return firstVersion
  }
  const openNotice = async (view = '') => {
    await page.goto(`${url}/#/orgs/${slug}/notice${view}`)
    await page.getByTestId('page-title').waitFor()
  }

  it('imports the example register', async () => {
    expect((await exampleRegister()).status).toBe(200)
  })

  it('shows the preview with every required element present', async () => {
    expect((await exampleRegister()).status).toBe(200)
    await page.goto(`${url}/#/orgs/${slug}/overview`)
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
    expect((await exampleRegister()).status).toBe(200)
    await openNotice()
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
    expect((await exampleRegister()).status).toBe(200)
    await openNotice()
    await page.getByTestId('publish-form').waitFor()
    expect(await page.getByTestId('publish-current').textContent()).toBe(
      'Er is nog geen versie gepubliceerd.',
    )
    expect(await page.getByTestId('publish-effective-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await page.getByTestId('publish-change-summary').fill('Eerste versie, opgesteld uit het register.')
    await page.getByTestId('publish-submit').click()
    await page.getByTestId('publish-result').getByText('Versie 1 is gepubliceerd').waitFor()
    const link = await page.getByTestId('publish-public-link').getAttribute('href')
    expect(link).toBe(`${url}/p/${slug}/privacy?lang=en`)
    await page.getByTestId('publish-current').getByText('versie 1').waitFor()
  })

  it('lists version 1 on the versions page', async () => {
    await versionOne()
    await openNotice('/versions')
    await page.getByTestId('versions-table').waitFor()
    expect(await title()).toBe('Versies van de privacyverklaring')
    const rows = page.getByTestId('version-row')
    expect(await rows.count()).toBe(1)
    expect(await rows.first().textContent()).toContain('Eerste versie, opgesteld uit het register.')
    expect(await rows.first().getByTestId('version-public-link').getAttribute('href')).toBe(
      `${url}/p/${slug}/privacy/versions/1?lang=nl`,
    )
    expect(await rows.first().getByTestId('version-download-pdf').getAttribute('href')).toBe(
      `${url}/p/${slug}/privacy/versions/1.pdf?lang=nl`,
    )
    await page.getByTestId('compare-unavailable').waitFor()
    await noSeriousViolations('notice versions')
  })

  it('compares a second version with the first', async () => {
    const changed = readFileSync(EXAMPLE, 'utf8').replace(
      /nl: "Volumes, wachttijden[^"]*"/,
      'nl: "Volumes en wachttijden berekenen, enkel als geaggregeerde resultaten."',
    )
    await versionOne()
    expect((await importRegister(changed)).status).toBe(200)
    await openNotice()
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
    await versionOne()
    await openNotice('/publication')
    await page.getByTestId('embed-card').waitFor()
    const publicUrl = `${url}/p/${slug}/privacy`
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
    await versionOne()
    const latest = await publishedVersions()
    await openNotice()
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Overzicht' })
      .click()
    await page.getByTestId('overview-notice').waitFor()
    expect(await page.getByTestId('overview-notice-status').textContent()).toMatch(
      new RegExp(`^Versie ${latest} is van toepassing sinds `),
    )
  })

  it('ran without CSP violations or script errors', () => {
    expect(staff.watched.cspViolations).toEqual([])
    expect(staff.watched.pageErrors).toEqual([])
  })
})
