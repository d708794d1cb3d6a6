import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scanFindings } from '../server/src/domain/cookies/findings'
import { scanSite } from '../server/src/modules/cookies/scanner'
import { launchChromium, seriousA11yViolations } from './support/browser'
import { type RunningCustos, startCustos } from './support/server'
import { signInAsDemoOwner } from './support/session'

/**
 * The cookie banner (issue 18) in real Chromium on a sample website served here under a strict CSP (nonces, no
 * inline style), which loads the demo organisation's banner from a real `custos start`: a GA snippet and its
 * config (marked text/plain), a script that injects the Meta pixel at run time (not marked), and a YouTube iframe
 * (data-src). The tracker hosts are answered by stubs that set their cookies, and every request to them is
 * counted, so "nothing reaches a tracker host" is observed, not assumed.
 */
const TRACKER_HOSTS =
  /(googletagmanager\.com|google-analytics\.com|facebook\.net|facebook\.com|youtube(-nocookie)?\.com)$/
const NONCE = 'n0nce4test'
/** A register whose website activity sets analytics cookies on consent (purpose website_cookies). */
const REGISTER = resolve(import.meta.dirname, '../examples/contactexpert.register.yaml')
/** The demo site's inventory: analytics and advertising recorded under website_cookies, functional left unmapped. */
const INVENTORY = {
  services: [
    {
      id: 'google-analytics',
      name: 'Google Analytics',
      category: 'analytics',
      hosts: ['googletagmanager.com', 'google-analytics.com'],
      cookies: [{ name: '_ga' }, { name: '_ga_*' }],
    },
    { id: 'meta-pixel', name: 'Meta pixel', category: 'advertising', hosts: ['connect.facebook.net'] },
    { id: 'youtube', name: 'YouTube', category: 'advertising', hosts: ['youtube-nocookie.com'] },
    { id: 'chat', name: 'Chat', category: 'functional' },
  ],
  purposes: { analytics: 'website_cookies', advertising: 'website_cookies' },
}

describe('cookie banner in headless Chromium', () => {
  let custos: RunningCustos
  let browser: Browser
  let site: http.Server
  let siteUrl: string
  let proof: Page

  const page = (custosUrl: string, lang: string, before = '') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Shop</title>
${before}
<script src="${custosUrl}/c/demo.js"></script>
<script type="text/plain" data-category="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-TEST" nonce="${NONCE}"></script>
<script type="text/plain" data-category="analytics" nonce="${NONCE}">window.gaConfigured = true</script>
<script src="/inject.js"></script>
</head><body><main><h1>Shop</h1><p>Welcome.</p>
<iframe title="Product video" width="320" height="180" data-category="advertising" data-src="https://www.youtube-nocookie.com/embed/abc"></iframe>
<p><a href="/other">Other page</a> <button type="button" data-custos-open>Cookie settings</button></p>
</main></body></html>`

  beforeAll(async () => {
    custos = await startCustos()
    site = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      const lang = url.searchParams.get('lang') ?? 'en'
      const csp =
        `default-src 'self'; script-src 'self' 'nonce-${NONCE}' ${custos.url} https://www.googletagmanager.com https://connect.facebook.net; ` +
        `style-src 'self'; img-src 'self' https:; frame-src https://www.youtube-nocookie.com; connect-src 'self' ${custos.url} https:`
      if (url.pathname === '/inject.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' })
        res.end(
          "var s = document.createElement('script'); s.src = 'https://connect.facebook.net/en_US/fbevents.js'; document.head.appendChild(s)",
        )
      } else if (url.pathname === '/broken') {
        // Planted violations for the scanner: a tag before the loader (never blocked) and cookies set regardless.
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end(
          page(
            custos.url,
            'en',
            `<script src="https://www.googletagmanager.com/gtag/js?id=G-BAD"></script><script>document.cookie = '_hjSessionUser_1=x; path=/'; document.cookie = 'tracking_id=42; path=/'</script>`,
          ),
        )
      } else {
        res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp })
        res.end(page(custos.url, lang))
      }
    })
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok))
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
    browser = await launchChromium()
    proof = await (await browser.newContext()).newPage()
    await signInAsDemoOwner(proof, custos)
    const saved = await staffCall('POST', '/register/import?mode=replace', readFileSync(REGISTER, 'utf8'))
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const inventory = await staffCall('PUT', '/cookies/inventory', INVENTORY)
    expect(inventory.status, JSON.stringify(inventory.body)).toBe(200)
    // The category without a consent purpose is reported, not silently dropped.
    expect(inventory.body.purposeMapping).toEqual([
      { category: 'functional', purpose: null, status: 'missing' },
      { category: 'analytics', purpose: 'website_cookies', status: 'mapped' },
      { category: 'advertising', purpose: 'website_cookies', status: 'mapped' },
    ])
  })
  afterAll(async () => {
    await browser?.close()
    await custos?.stop()
    site?.closeAllConnections()
    await new Promise<void>((ok) => (site ? site.close(() => ok()) : ok()))
  })

  /** A fresh visitor whose tracker requests are counted and answered by stubs. */
  async function visitor(options: { gpc?: boolean } = {}) {
    const context = await browser.newContext({ locale: 'en-GB' })
    const trackerRequests: string[] = []
    const csp: string[] = []
    const errors: string[] = []
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (!TRACKER_HOSTS.test(url.hostname)) return route.continue()
      trackerRequests.push(url.href)
      if (url.pathname.startsWith('/gtag/js'))
        return route.fulfill({
          contentType: 'text/javascript',
          body: "document.cookie = '_ga=GA1.1.1.1; path=/'; document.cookie = '_ga_TEST=GS1.1; path=/'; window.gaLoaded = true",
        })
      if (url.pathname.endsWith('fbevents.js'))
        return route.fulfill({
          contentType: 'text/javascript',
          body: "document.cookie = '_fbp=fb.1.1.1; path=/'; window.pixelLoaded = true",
        })
      return route.fulfill({ contentType: 'text/html', body: '<p>video</p>' })
    })
    if (options.gpc)
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
      )
    const p = await context.newPage()
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text())
    })
    p.on('pageerror', (e) => errors.push(e.message))
    return { context, page: p, trackerRequests, csp, errors }
  }

  const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort()
  const consentId = async (context: BrowserContext) =>
    decodeURIComponent((await context.cookies()).find((c) => c.name === 'custos_consent')?.value ?? '').split(
      '.',
    )[0] ?? ''
  const consentSignals = (p: Page) =>
    p.evaluate(() =>
      // biome-ignore lint/suspicious/noExplicitAny: the page's dataLayer
      ((window as any).dataLayer as IArguments[])
        .map((a) => Array.from(a))
        .filter((a) => a[0] === 'consent')
        .map((a) => [
          a[1],
          (a[2] as Record<string, string>).ad_storage,
          (a[2] as Record<string, string>).analytics_storage,
        ]),
    )
  const banner = (p: Page) => p.locator('[data-custos-banner] [role="dialog"]')
  /** An API call of the signed-in demo owner (cookie session and CSRF token, as the web UI makes it). */
  async function staffCall(method: string, path: string, body?: unknown) {
    return proof.evaluate(
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
        return { status: response.status, body: await response.json() }
      },
      { method, path, body },
    )
  }
  /** The consent module's status of a visitor's consent id, per purpose. */
  async function consentStatusOf(id: string) {
    const answer = await staffCall('POST', '/consent/status', { anonymousId: id })
    expect(answer.status).toBe(200)
    return Object.fromEntries(
      (answer.body.purposes as { purpose: string; state: string }[]).map((p) => [p.purpose, p.state]),
    )
  }
  async function proofOf(id: string) {
    const answer = await proof.request.get(`${custos.url}/api/v1/orgs/demo/cookies/consents/${id}`)
    expect(answer.status()).toBe(200)
    return (await answer.json()).events as { kind: string; method: string | null; granted: string[] }[]
  }

  it('blocks every tracker before consent, with Consent Mode denied, and shows an accessible banner in nl, fr, de and en', async () => {
    const v = await visitor()
    for (const [lang, accept] of [
      ['nl', 'Alles aanvaarden'],
      ['fr', 'Tout accepter'],
      ['de', 'Alle akzeptieren'],
      ['en', 'Accept all'],
    ] as const) {
      await v.page.goto(`${siteUrl}/?lang=${lang}`)
      await banner(v.page).waitFor()
      expect(await banner(v.page).getAttribute('aria-modal')).toBe('true')
      expect(
        await v.page.locator('[data-custos-banner] button[data-custos-action="accept"]').textContent(),
      ).toBe(accept)
      expect(await seriousA11yViolations(v.page)).toEqual([])
    }
    // Equal weight: Accept and Reject look the same; nothing ticked in the second layer.
    const [acceptStyle, rejectStyle] = await Promise.all(
      ['accept', 'reject'].map((a) =>
        v.page.locator(`[data-custos-banner] button[data-custos-action="${a}"]`).evaluate((b) => {
          const s = getComputedStyle(b)
          return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.padding].join()
        }),
      ),
    )
    expect(acceptStyle).toBe(rejectStyle)
    await v.page.locator('[data-custos-banner] button[aria-expanded]').click()
    expect(await v.page.locator('[data-custos-banner] input:checked').count()).toBe(0)
    // Keyboard: focus stays in the dialog.
    for (let i = 0; i < 8; i++) await v.page.keyboard.press('Tab')
    expect(await v.page.evaluate(() => document.activeElement?.hasAttribute('data-custos-banner'))).toBe(true)

    expect(v.trackerRequests).toEqual([])
    expect(await cookieNames(v.context)).toEqual([])
    expect(await consentSignals(v.page)).toEqual([['default', 'denied', 'denied']])
    expect(await v.page.evaluate(() => 'gaLoaded' in window || 'pixelLoaded' in window)).toBe(false)
    expect(await v.page.locator('[data-custos-placeholder]').count()).toBe(1)
    expect(v.csp).toEqual([])
    expect(v.errors).toEqual([])
    await v.context.close()
  })

  it('Accept all loads the trackers and records the choice; withdrawing deletes their cookies', async () => {
    const v = await visitor()
    await v.page.goto(siteUrl)
    await v.page.locator('[data-custos-banner] button[data-custos-action="accept"]').click()
    await v.page.waitForFunction(
      () => 'gaLoaded' in window && 'pixelLoaded' in window && 'gaConfigured' in window,
    )
    expect(v.trackerRequests.some((u) => u.includes('googletagmanager.com/gtag/js'))).toBe(true)
    expect(v.trackerRequests.some((u) => u.includes('connect.facebook.net'))).toBe(true)
    await v.page.locator('iframe[src^="https://www.youtube-nocookie.com"]').waitFor({ state: 'attached' })
    expect((await consentSignals(v.page)).at(-1)).toEqual(['update', 'granted', 'granted'])
    expect(await cookieNames(v.context)).toEqual(['_fbp', '_ga', '_ga_TEST', 'custos_consent'])

    const id = await consentId(v.context)
    await expect
      .poll(async () => (await proofOf(id)).map((e) => [e.kind, e.method]))
      .toEqual([
        ['served', null],
        ['choice', 'accept'],
      ])
    // The choice is a consent record of the consent module, in an intact chain.
    expect(await consentStatusOf(id)).toEqual({ website_cookies: 'given' })
    const chain = await staffCall('GET', '/consent/chain')
    expect(chain.body).toMatchObject({ ok: true })
    expect(chain.body.checked).toBeGreaterThan(0)

    // Next page: no banner, the stored choice applies at once; the persistent button re-opens it.
    await v.page.goto(`${siteUrl}/other`)
    await v.page.waitForFunction(() => 'gaLoaded' in window)
    expect(await banner(v.page).count()).toBe(0)
    await v.page.getByRole('button', { name: 'Cookie settings' }).click()
    await banner(v.page).waitFor()
    const reloaded = v.page.waitForEvent('load')
    await v.page.locator('[data-custos-banner] button[data-custos-action="reject"]').click()
    await reloaded
    expect(await cookieNames(v.context)).toEqual(['custos_consent'])
    expect(await v.page.evaluate(() => 'gaLoaded' in window)).toBe(false)
    await expect.poll(async () => (await proofOf(id)).at(-1)?.method).toBe('reject')
    expect(await consentStatusOf(id)).toEqual({ website_cookies: 'withdrawn' })
    expect(v.errors).toEqual([])
    await v.context.close()
  })

  it('Reject all keeps every tracker out, with Consent Mode denied', async () => {
    const v = await visitor()
    await v.page.goto(siteUrl)
    await v.page.locator('[data-custos-banner] button[data-custos-action="reject"]').click()
    await v.page.goto(`${siteUrl}/other`)
    await v.page.waitForLoadState('load')
    expect(await banner(v.page).count()).toBe(0)
    expect(v.trackerRequests).toEqual([])
    expect(await cookieNames(v.context)).toEqual(['custos_consent'])
    expect(await consentSignals(v.page)).toEqual([
      ['default', 'denied', 'denied'],
      ['update', 'denied', 'denied'],
    ])
    // The video's placeholder asks for consent in context.
    await v.page.locator('[data-custos-placeholder] >> button').click()
    await v.page.locator('iframe[src^="https://www.youtube-nocookie.com"]').waitFor({ state: 'attached' })
    expect(v.trackerRequests.every((u) => !u.includes('googletagmanager'))).toBe(true)
    await v.context.close()
  })

  it('asks again once the stored choice is older than the re-consent period (182 days by default)', async () => {
    const v = await visitor()
    await v.page.goto(siteUrl)
    await v.page.locator('[data-custos-banner] button[data-custos-action="accept"]').click()
    await v.page.waitForFunction(() => 'gaLoaded' in window)
    const stored = (await v.context.cookies()).find((c) => c.name === 'custos_consent')
    if (!stored) throw new Error('no stored choice')
    /** The stored choice (id.version.time.granted.flags) as if it had been made `days` ago. */
    const madeDaysAgo = async (days: number) => {
      const parts = decodeURIComponent(stored.value).split('.')
      parts[2] = String(Date.now() - days * 86_400_000)
      await v.context.addCookies([{ ...stored, value: encodeURIComponent(parts.join('.')) }])
    }
    // 181 days ago: still the visitor's choice - applied at once, no banner.
    await madeDaysAgo(181)
    await v.page.goto(`${siteUrl}/other`)
    await v.page.waitForFunction(() => 'gaLoaded' in window)
    expect(await banner(v.page).count()).toBe(0)
    // 183 days ago: the banner asks again and nothing runs until the visitor chooses.
    await madeDaysAgo(183)
    const before = v.trackerRequests.length
    await v.page.goto(`${siteUrl}/other`)
    await banner(v.page).waitFor()
    expect(await consentSignals(v.page)).toEqual([['default', 'denied', 'denied']])
    expect(await v.page.evaluate(() => 'gaLoaded' in window)).toBe(false)
    expect(v.trackerRequests.slice(before)).toEqual([])
    expect(v.errors).toEqual([])
    await v.context.close()
  })

  it('the cookie declaration shows the visitor their current choice per category and changes it', async () => {
    const v = await visitor()
    const declaration = `${custos.url}/p/demo/cookies?lang=en`
    const choiceOf = (category: string) => v.page.locator(`output[data-custos-category="${category}"]`)
    await v.page.goto(declaration)
    await banner(v.page).waitFor()
    expect(await seriousA11yViolations(v.page)).toEqual([])
    await v.page.locator('[data-custos-banner] button[data-custos-action="reject"]').click()
    for (const category of ['functional', 'analytics', 'advertising'])
      await expect.poll(() => choiceOf(category).textContent()).toBe('refused')
    // "Change my choice" opens the banner again; accepting shows at once and after a reload.
    await v.page.getByRole('button', { name: 'Change my choice' }).click()
    await banner(v.page).waitFor()
    await v.page.locator('[data-custos-banner] button[data-custos-action="accept"]').click()
    await v.page.goto(declaration)
    await v.page.waitForLoadState('load')
    for (const category of ['functional', 'analytics', 'advertising'])
      await expect.poll(() => choiceOf(category).textContent()).toBe('accepted')
    expect(await banner(v.page).count()).toBe(0)
    expect(await seriousA11yViolations(v.page)).toEqual([])
    expect(v.csp).toEqual([])
    expect(v.errors).toEqual([])
    await v.context.close()
  })

  it('Global Privacy Control refuses advertising, recorded with method gpc', async () => {
    const v = await visitor({ gpc: true })
    await v.page.goto(siteUrl)
    await v.page.locator('[data-custos-banner] button[data-custos-action="accept"]').click()
    await v.page.waitForFunction(() => 'gaLoaded' in window)
    expect(v.trackerRequests.some((u) => /facebook|youtube/.test(u))).toBe(false)
    expect((await consentSignals(v.page)).at(-1)).toEqual(['update', 'denied', 'granted'])
    const events = await proofOf(await consentId(v.context))
    expect(events.map((e) => e.method)).toContain('gpc')
    expect(events.at(-1)?.granted).not.toContain('advertising')
    // Analytics granted but advertising refused: the purpose both map to is not claimed as given.
    expect(await consentStatusOf(await consentId(v.context))).toEqual({ website_cookies: 'refused' })
    await v.context.close()
  })

  it('the scanner finds the planted violations on a broken page', async () => {
    const result = await scanSite([`${siteUrl}/broken`], { depth: 0 })
    const findings = scanFindings(result, { services: [] }, [])
    const codes = findings.map((f) => `${f.code} ${f.subject}`)
    expect(codes).toContain('tracker_before_consent www.googletagmanager.com')
    expect(codes).toContain('cookie_before_consent _hjSessionUser_1')
    expect(codes).toContain('cookie_before_consent tracking_id')
    expect(codes).toContain('cookie_after_reject _hjSessionUser_1')
    expect(codes).toContain('tracker_after_reject www.googletagmanager.com')
    expect(codes).toContain('cookie_not_in_inventory tracking_id')
    expect(codes).toContain('host_not_a_vendor www.googletagmanager.com')
    // After Accept all the marked tags load too, and nothing from the banner itself counts as a tracker.
    expect(result.accepted.requests.some((r) => r.host === 'connect.facebook.net')).toBe(true)
    expect(result.before.requests.some((r) => r.host === 'connect.facebook.net')).toBe(false)
  })
})
