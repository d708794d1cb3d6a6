/**
 * The cookie banner next to two open-source peers (issue 18, Proof): Custos's banner, vanilla-cookieconsent and klaro,
 * each configured for the same three optional categories (functional, analytics, advertising) and one service in
 * each, loaded by the same page from the same local HTTP server (every file gzip -9, no cache) in the same headless
 * Chromium, fresh browser context per load, rounds interleaved (the order rotates each round).
 *   npm run bench -- --scenario=banner               30 rounds
 *   npm run bench -- --scenario=banner --rounds=N
 * Measured per load: the gzip bytes of the scripts and styles the page loads for the banner (the page itself left
 * out), the time from navigation start to the first animation frame in which the first layer is laid out and not
 * hidden, the blocking time (the part over 50 ms of each long task before that moment, as Total Blocking Time
 * counts it) and the script time Chromium reports (CDP Performance.getMetrics ScriptDuration, whole load).
 * The peers are installed at bench time with `npm install --prefix` into a temporary directory (pinned versions,
 * no install scripts), so they never become dependencies of the project. Needs network access to the npm registry
 * the first time. Chromium from CHROMIUM_PATH (default /usr/bin/chromium). Writes bench/results/cookie-banner.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import type { Inventory } from '../server/src/domain/cookies/inventory'
import { bannerBundles, dialogWith, loaderWith } from '../server/src/modules/cookies/assets'
import { bannerConfig } from '../server/src/modules/cookies/banner-config'

const ROOT = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const ROUNDS = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 30)
const PEERS = { 'vanilla-cookieconsent': '3.1.0', klaro: '0.7.22' } as const
const PEER_DIR = join(tmpdir(), `custos-bench-banner-peers-${PEERS['vanilla-cookieconsent']}-${PEERS.klaro}`)

const started = performance.now()
const log = (line: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`)
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number
}

/** The same site for the three: a strictly necessary part and one service per optional category. */
const INVENTORY: Inventory = {
  services: [
    {
      id: 'shop',
      name: 'Shop',
      provider: 'Shop',
      category: 'necessary',
      purpose: '',
      hosts: [],
      cookies: [],
    },
    {
      id: 'chat',
      name: 'Chat',
      provider: 'Chat Ltd',
      category: 'functional',
      purpose: '',
      hosts: [],
      cookies: [],
    },
    {
      id: 'google-analytics',
      name: 'Google Analytics',
      provider: 'Google',
      category: 'analytics',
      purpose: '',
      hosts: ['google-analytics.com'],
      cookies: [],
    },
    {
      id: 'meta-pixel',
      name: 'Meta pixel',
      provider: 'Meta',
      category: 'advertising',
      purpose: '',
      hosts: ['connect.facebook.net'],
      cookies: [],
    },
  ],
}
const TEXT = {
  title: 'We use cookies',
  description: 'Optional cookies help us improve the site. You choose.',
  accept: 'Accept all',
  reject: 'Reject all',
  customise: 'Customise',
  save: 'Save my choices',
  functional: 'Functional',
  analytics: 'Analytics',
  advertising: 'Advertising',
}

function installPeers(): string {
  const marker = join(PEER_DIR, 'node_modules/klaro/dist/klaro.js')
  if (!existsSync(marker)) {
    mkdirSync(PEER_DIR, { recursive: true })
    log(
      `installing ${Object.entries(PEERS)
        .map(([n, v]) => `${n}@${v}`)
        .join(', ')} into ${PEER_DIR}`,
    )
    const npm = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        PEER_DIR,
        '--no-save',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        ...Object.entries(PEERS).map(([n, v]) => `${n}@${v}`),
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    if (npm.status !== 0) throw new Error('npm install of the peers failed')
  }
  return join(PEER_DIR, 'node_modules')
}

const cookieconsentInit = `CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, functional: {}, analytics: {}, advertising: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: ${JSON.stringify(TEXT.title)}, description: ${JSON.stringify(TEXT.description)},
      acceptAllBtn: ${JSON.stringify(TEXT.accept)}, acceptNecessaryBtn: ${JSON.stringify(TEXT.reject)},
      showPreferencesBtn: ${JSON.stringify(TEXT.customise)} },
    preferencesModal: { title: ${JSON.stringify(TEXT.customise)}, acceptAllBtn: ${JSON.stringify(TEXT.accept)},
      acceptNecessaryBtn: ${JSON.stringify(TEXT.reject)}, savePreferencesBtn: ${JSON.stringify(TEXT.save)},
      sections: [
        { title: 'Strictly necessary', linkedCategory: 'necessary' },
        { title: ${JSON.stringify(TEXT.functional)}, linkedCategory: 'functional' },
        { title: ${JSON.stringify(TEXT.analytics)}, linkedCategory: 'analytics' },
        { title: ${JSON.stringify(TEXT.advertising)}, linkedCategory: 'advertising' }
      ] }
  } } }
})
`
const klaroConfig = `var klaroConfig = {
  version: 1, acceptAll: true, hideDeclineAll: false, mustConsent: false, lang: 'en',
  translations: { zz: { privacyPolicyUrl: '/privacy' }, en: {
    consentNotice: { title: ${JSON.stringify(TEXT.title)}, description: ${JSON.stringify(TEXT.description)} },
    purposes: { functional: ${JSON.stringify(TEXT.functional)}, analytics: ${JSON.stringify(TEXT.analytics)},
      advertising: ${JSON.stringify(TEXT.advertising)} } } },
  services: [
    { name: 'chat', title: 'Chat', purposes: ['functional'] },
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['analytics'] },
    { name: 'meta-pixel', title: 'Meta pixel', purposes: ['advertising'] }
  ]
}
`

/** Each library: what its page puts in <head>, and how to find its first layer once shown. */
const LIBRARIES = {
  custos: {
    head: '<script src="/c/bench.js" async></script>',
    visible: `(() => { const h = document.querySelector('[data-custos-banner]'); return h && h.shadowRoot && h.shadowRoot.querySelector('.box') })()`,
  },
  'vanilla-cookieconsent': {
    head: '<link rel="stylesheet" href="/cc/cookieconsent.css"><script defer src="/cc/cookieconsent.umd.js"></script><script defer src="/cc/init.js"></script>',
    visible: `document.querySelector('#cc-main .cm')`,
  },
  klaro: {
    head: '<script defer src="/klaro/config.js"></script><script defer src="/klaro/klaro.js"></script>',
    visible: `document.querySelector('.klaro .cookie-notice:not(.cookie-notice-hidden)')`,
  },
} as const
type Library = keyof typeof LIBRARIES

/**
 * Runs in the page before its scripts: records long tasks, and on every animation frame looks for the first layer;
 * the first frame in which it has a size and is neither hidden nor transparent is the moment it became visible.
 */
const probe = (selectors: Record<string, string>) => `
window.__longTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]) })
  .observe({ type: 'longtask', buffered: true }) } catch {}
const __find = { ${Object.entries(selectors)
  .map(([k, v]) => `${JSON.stringify(k)}: () => ${v}`)
  .join(', ')} }[location.pathname.slice(1).replace('.html', '')];
const __tick = () => {
  const el = __find && __find();
  if (el) {
    const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    if (r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none' && Number(s.opacity) > 0) {
      window.__bannerAt = performance.now(); return;
    }
  }
  requestAnimationFrame(__tick);
};
requestAnimationFrame(__tick);
`

function page(lib: Library) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>${LIBRARIES[lib].head}</head><body><main><h1>Shop</h1><p>Bread, cakes and coffee.</p></main></body></html>`
}

export async function runBannerBench() {
  const modules = installPeers()
  const version = (name: string) =>
    JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version as string
  const { loader, ui } = await bannerBundles()
  const config = bannerConfig('bench', 1, INVENTORY, 182)
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/c/bench.js': { type: 'text/javascript', body: loaderWith(loader, config.loader) },
    '/c/bench/ui.js': { type: 'text/javascript', body: dialogWith(ui, config.dialog) },
    '/cc/cookieconsent.umd.js': {
      type: 'text/javascript',
      body: readFileSync(join(modules, 'vanilla-cookieconsent/dist/cookieconsent.umd.js')),
    },
    '/cc/cookieconsent.css': {
      type: 'text/css',
      body: readFileSync(join(modules, 'vanilla-cookieconsent/dist/cookieconsent.css')),
    },
    '/cc/init.js': { type: 'text/javascript', body: cookieconsentInit },
    '/klaro/config.js': { type: 'text/javascript', body: klaroConfig },
    '/klaro/klaro.js': { type: 'text/javascript', body: readFileSync(join(modules, 'klaro/dist/klaro.js')) },
  }
  for (const lib of Object.keys(LIBRARIES) as Library[])
    files[`/${lib}.html`] = { type: 'text/html; charset=utf-8', body: page(lib) }
  const gz = new Map(Object.entries(files).map(([path, f]) => [path, gzipSync(f.body, { level: 9 })]))
  // Bytes sent per path since the last reset: what one load fetched.
  let sent = new Map<string, number>()
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (req.method === 'POST' && path === '/c/bench/events') {
      req.resume()
      res.writeHead(204).end()
      return
    }
    const file = files[path]
    const body = gz.get(path)
    if (!file || !body) {
      res.writeHead(404).end()
      return
    }
    sent.set(path, (sent.get(path) ?? 0) + body.length)
    res.writeHead(200, {
      'content-type': file.type,
      'content-encoding': 'gzip',
      'content-length': body.length,
      'cache-control': 'no-store',
    })
    res.end(body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`

  const machine = {
    cpu: cpus()[0]?.model,
    cpus: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadBefore: loadavg(),
  }
  log(
    `banner: ${ROUNDS} rounds; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  })
  const libs = Object.keys(LIBRARIES) as Library[]
  const init = probe(Object.fromEntries(libs.map((l) => [l, LIBRARIES[l].visible])))
  const measured = Object.fromEntries(
    libs.map((l) => [
      l,
      { bytes: [] as number[], visible: [] as number[], tbt: [] as number[], script: [] as number[] },
    ]),
  ) as Record<Library, { bytes: number[]; visible: number[]; tbt: number[]; script: number[] }>
  const filesOf: Record<string, Record<string, number>> = {}
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < libs.length; i++) {
        const lib = libs[(i + round) % libs.length] as Library
        const context = await browser.newContext()
        const tab = await context.newPage()
        await tab.addInitScript(init)
        const cdp = await context.newCDPSession(tab)
        await cdp.send('Performance.enable')
        sent = new Map()
        await tab.goto(`${origin}/${lib}.html`)
        await tab
          .waitForFunction(
            () => (globalThis as unknown as { __bannerAt?: number }).__bannerAt !== undefined,
            null,
            {
              timeout: 60_000,
            },
          )
          .catch((error: Error) => {
            throw new Error(`${lib}: the banner did not become visible (${error.message})`)
          })
        await tab.waitForLoadState('networkidle')
        const { at, tasks } = await tab.evaluate(() => {
          const w = globalThis as unknown as { __bannerAt: number; __longTasks: [number, number][] }
          return { at: w.__bannerAt, tasks: w.__longTasks }
        })
        const metrics = (await cdp.send('Performance.getMetrics')).metrics
        const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000
        await context.close()
        const tbt = tasks.filter(([start]) => start < at).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)
        const banner = [...sent].filter(([path]) => !path.endsWith('.html'))
        filesOf[lib] = Object.fromEntries(banner)
        const m = measured[lib]
        m.bytes.push(banner.reduce((sum, [, n]) => sum + n, 0))
        m.visible.push(at)
        m.tbt.push(tbt)
        m.script.push(script)
      }
      if ((round + 1) % 5 === 0) log(`round ${round + 1}/${ROUNDS}`)
    }
  } finally {
    await browser.close()
    server.close()
  }
  const loadAfter = loadavg()
  const rows = libs.map((lib) => {
    const m = measured[lib]
    return {
      library: lib === 'custos' ? 'Custos banner' : `${lib} ${version(lib)}`,
      gzipBytes: median(m.bytes),
      visibleMedianMs: median(m.visible),
      visibleP90Ms: quantile(m.visible, 0.9),
      blockingMedianMs: median(m.tbt),
      blockingMaxMs: Math.max(...m.tbt),
      scriptMedianMs: median(m.script),
    }
  })
  const header = [
    'Library',
    'gzip bytes',
    'banner visible, median (p90)',
    'blocking time, median (max)',
    'script time, median',
  ]
  const lines = rows.map((r) => [
    r.library,
    r.gzipBytes.toLocaleString('en'),
    `${Math.round(r.visibleMedianMs)} ms (${Math.round(r.visibleP90Ms)})`,
    `${Math.round(r.blockingMedianMs)} ms (${Math.round(r.blockingMaxMs)})`,
    `${r.scriptMedianMs.toFixed(1)} ms`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)))
  for (const l of [header, ...lines])
    console.log(`| ${l.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`)
  console.log(`files: ${JSON.stringify(filesOf)}`)
  console.log(
    `load average before ${machine.loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(1)).join(' ')}`,
  )
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(
    join(ROOT, 'bench/results/cookie-banner.json'),
    `${JSON.stringify({ machine, loadAfter, rounds: ROUNDS, rows, files: filesOf, raw: measured }, null, 2)}\n`,
  )
}
