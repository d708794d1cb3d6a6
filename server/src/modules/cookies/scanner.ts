import type { ScanPhase, ScanResult } from '../../domain/cookies/findings'

/** The Chromium the scanner drives (the same binary and flags as the browser tests). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]
const MAX_PAGES = 20
const SETTLE_MS = 1500

type Page = import('playwright-core').Page
type BrowserContext = import('playwright-core').BrowserContext

const emptyPhase = (): ScanPhase => ({ cookies: [], storage: [], requests: [] })

/**
 * Visits the site in headless Chromium three times, each in a fresh profile: without any consent, after "Accept
 * all" and after "Reject all" in the Custos banner (clicked on the first page), following same-site links to
 * `depth`. Records cookies, localStorage keys, IndexedDB databases and requests to other hosts.
 */
export async function scanSite(urls: string[], options: { depth: number }): Promise<ScanResult> {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  try {
    const pages = await discoverPages(await browser.newContext(), urls, options.depth)
    const phase = async (choice: 'accept' | 'reject' | null): Promise<ScanPhase> => {
      const context = await browser.newContext()
      try {
        const result = emptyPhase()
        const page = await context.newPage()
        if (choice) {
          await page.goto(pages[0] ?? urls[0] ?? '', { waitUntil: 'load' })
          const button = page.locator(`[data-custos-banner] button[data-custos-action="${choice}"]`)
          await button.click({ timeout: 10_000 })
          await page.waitForTimeout(300)
        }
        for (const url of pages) await visit(context, page, url, result)
        return result
      } finally {
        await context.close()
      }
    }
    return {
      pages,
      before: await phase(null),
      accepted: await phase('accept'),
      rejected: await phase('reject'),
    }
  } finally {
    await browser.close()
  }
}

async function visit(context: BrowserContext, page: Page, url: string, into: ScanPhase) {
  const site = new URL(url).hostname
  const onRequest = (request: import('playwright-core').Request) => {
    const u = new URL(request.url())
    if (!/^https?:$/.test(u.protocol) || u.hostname === site) return
    if (!into.requests.some((r) => r.url === request.url()))
      into.requests.push({ host: u.hostname, url: request.url().slice(0, 500), page: url })
  }
  page.on('request', onRequest)
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(SETTLE_MS)
    for (const c of await context.cookies())
      if (!into.cookies.some((x) => x.name === c.name && x.domain === c.domain))
        into.cookies.push({ name: c.name, domain: c.domain, page: url })
    // Runs in the page (a string: the server's TypeScript has no DOM types).
    const storage = (await page.evaluate(`(async () => ({
      local: Object.keys(localStorage),
      idb: ((await indexedDB.databases?.()) ?? []).map((d) => d.name ?? ''),
    }))()`)) as { local: string[]; idb: string[] }
    for (const name of storage.local)
      if (!into.storage.some((s) => s.name === name))
        into.storage.push({ kind: 'localStorage', name, page: url })
    for (const name of storage.idb)
      if (!into.storage.some((s) => s.name === name))
        into.storage.push({ kind: 'indexedDB', name, page: url })
  } finally {
    page.off('request', onRequest)
  }
}

/** The configured URLs and the same-site links found from them, breadth first, to `depth` levels. */
async function discoverPages(context: BrowserContext, urls: string[], depth: number): Promise<string[]> {
  const found = [...new Set(urls)]
  let level = found
  try {
    const page = await context.newPage()
    for (let d = 0; d < depth && found.length < MAX_PAGES; d++) {
      const next: string[] = []
      for (const url of level) {
        await page.goto(url, { waitUntil: 'domcontentloaded' })
        const links = (await page.evaluate('[...document.links].map((a) => a.href)')) as string[]
        for (const link of links) {
          const u = new URL(link)
          u.hash = ''
          if (u.origin === new URL(url).origin && !found.includes(u.href) && found.length < MAX_PAGES) {
            found.push(u.href)
            next.push(u.href)
          }
        }
      }
      level = next
    }
  } finally {
    await context.close()
  }
  return found
}
