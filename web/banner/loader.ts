/**
 * The cookie banner's loader, served as /c/{slug}.js with the organisation's configuration in place of
 * __CUSTOS_CONFIG__ (issue 18, decision 0034). Put it first in <head>, before any tag: it sets the Google Consent
 * Mode defaults to denied, blocks known trackers until their category is granted, applies a stored choice and
 * loads the banner's UI (ui.ts) only when the visitor must choose. No eval, no inline style: it runs under a
 * strict CSP that allows this script's origin.
 */
interface Config {
  s: string
  v: number
  d: number
  c: string[]
  /** category -> space-separated host patterns */
  h: Record<string, string>
}
declare const __CUSTOS_CONFIG__: Config

// biome-ignore lint/suspicious/noExplicitAny: the page's globals (dataLayer, gtag) are untyped
const W = window as any
const D = document
const cfg = __CUSTOS_CONFIG__
const me = D.currentScript as HTMLScriptElement | null
const base = me ? new URL(me.src).origin : ''
const NAME = 'custos_consent'
const DAY = 864e5
const AD = 'advertising'
const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true

const langs = ['nl', 'fr', 'de', 'en']
const pick = (l?: string | null) => {
  const x = (l || '').slice(0, 2).toLowerCase()
  return langs.includes(x) ? x : ''
}
const lang = [D.documentElement.lang, ...navigator.languages].map(pick).find(Boolean) || 'en'

// Google Consent Mode v2: denied by default, before any tag runs.
W.dataLayer = W.dataLayer || []
function gtag(..._: unknown[]) {
  // biome-ignore lint/complexity/noArguments: gtag.js reads Arguments objects from the dataLayer
  W.dataLayer.push(arguments)
}
const state = (g: Set<string>, c: string) => (g.has(c) ? 'granted' : 'denied')
const signals = (g: Set<string>) => ({
  ad_storage: state(g, AD),
  ad_user_data: state(g, AD),
  ad_personalization: state(g, AD),
  analytics_storage: state(g, 'analytics'),
  functionality_storage: state(g, 'functional'),
  personalization_storage: state(g, 'functional'),
})
gtag('consent', 'default', { ...signals(new Set()), wait_for_update: 500 })

// The stored choice: id.version.time.granted(+).flags (c: chosen, g: GPC recorded).
const stored = (D.cookie.match(/(?:^|; )custos_consent=([^;]*)/) || [])[1]
const parts = stored ? decodeURIComponent(stored).split('.') : []
const id = parts[0] || (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2))
const valid =
  parts[4]?.includes('c') && Number(parts[1]) === cfg.v && Date.now() - Number(parts[2]) < cfg.d * DAY
let granted = new Set<string>(valid && parts[3] ? parts[3].split('+') : [])
// 'g' survives a new inventory version: GPC was recorded for this consent id.
let flags = (valid ? parts[4] : parts[4]?.replace('c', '')) || ''
const active = new Set<string>()

const catOf = (u: string): string | undefined => {
  let url: URL
  try {
    url = new URL(u, location.href)
  } catch {
    return
  }
  if (url.origin === location.origin || url.origin === base) return
  for (const [c, list] of Object.entries(cfg.h))
    for (const p of list.split(' ')) {
      const [host, ...path] = p.split('/')
      if (
        (url.hostname === host || url.hostname.endsWith(`.${host}`)) &&
        url.pathname.startsWith(`/${path.join('/')}`) &&
        !granted.has(c)
      )
        return c
    }
}

// Blocking: src of scripts, iframes and images set by any script; parser-inserted ones through the observer.
const setAttr = Element.prototype.setAttribute
const hold = (el: Element, u: string) => {
  const c = catOf(u)
  if (!c) return false
  setAttr.call(el, 'data-category', c)
  setAttr.call(el, 'data-src', u)
  if (el.tagName === 'SCRIPT') setAttr.call(el, 'type', 'text/plain')
  if (el.tagName === 'IFRAME') queueMicrotask(() => placeholder(el as HTMLIFrameElement))
  return true
}
for (const P of [HTMLScriptElement, HTMLIFrameElement, HTMLImageElement]) {
  const d = Object.getOwnPropertyDescriptor(P.prototype, 'src')
  if (d?.set)
    Object.defineProperty(P.prototype, 'src', {
      ...d,
      set(v: string) {
        if (!hold(this, String(v))) d.set?.call(this, v)
      },
    })
}
Element.prototype.setAttribute = function (n: string, v: string) {
  if (n.toLowerCase() === 'src' && /^(SCRIPT|IFRAME|IMG)$/.test(this.tagName) && hold(this, String(v))) return
  setAttr.call(this, n, v)
}
const F = W.fetch
W.fetch = (i: RequestInfo | URL, o?: RequestInit) => {
  return catOf(String((i as Request).url || i)) ? Promise.reject(new TypeError('custos: refused')) : F(i, o)
}

const guard = (el: Element) => {
  const src = el.getAttribute('src')
  if (el.tagName === 'SCRIPT' && src && (el as HTMLScriptElement).type !== 'text/plain' && hold(el, src))
    el.removeAttribute('src')
  if ((el.tagName === 'IFRAME' || el.tagName === 'IMG') && src && hold(el, src)) el.removeAttribute('src')
  if (el.tagName === 'IFRAME' && el.hasAttribute('data-src') && !el.hasAttribute('src'))
    placeholder(el as HTMLIFrameElement)
}
new MutationObserver((ms) => {
  for (const m of ms)
    for (const n of m.addedNodes)
      if (n instanceof Element) [n, ...n.querySelectorAll('script,iframe,img')].forEach(guard)
}).observe(D.documentElement, { childList: true, subtree: true })

const LOAD: Record<string, string | undefined> = {
  nl: 'Inhoud laden (cookies aanvaarden)',
  fr: 'Charger le contenu (accepter les cookies)',
  de: 'Inhalt laden (Cookies akzeptieren)',
  en: 'Load this content (accept cookies)',
}
const BTN =
  'button{font:14px system-ui;background:#1d3f8f;color:#fff;border:0;padding:8px 12px}button:focus{outline:3px solid #b35c00}'
/** A button in its own shadow root, styled by a constructed stylesheet (no inline style for the site's CSP). */
const boxed = (css: string, label: string, click: () => void) => {
  const box = D.createElement('div')
  const root = box.attachShadow({ mode: 'open' })
  const s = new CSSStyleSheet()
  s.replaceSync(css + BTN)
  root.adoptedStyleSheets = [s]
  const b = D.createElement('button')
  b.textContent = label
  b.onclick = click
  root.append(b)
  return box
}
const placeholder = (f: HTMLIFrameElement) => {
  const c = f.getAttribute('data-category')
  if (!c || granted.has(c) || f.previousElementSibling?.hasAttribute('data-custos-placeholder')) return
  const box = boxed(
    ':host{display:flex;align-items:center;justify-content:center;background:#eee;min-height:120px}',
    LOAD[lang] as string,
    () => save([...granted, c], 'save'),
  )
  setAttr.call(box, 'data-custos-placeholder', c)
  box.style.width = `${f.width || 320}px`
  f.hidden = true
  f.before(box)
}

// Unblocking: re-creates held scripts and loads held iframes of the granted categories.
const unblock = () => {
  for (const el of D.querySelectorAll<HTMLElement>(
    'script[data-category],iframe[data-category],img[data-category]',
  )) {
    const c = el.getAttribute('data-category') as string
    if (!granted.has(c)) continue
    const src = el.getAttribute('data-src') || el.getAttribute('src')
    if (el.tagName === 'SCRIPT') {
      if ((el as HTMLScriptElement).type !== 'text/plain') continue
      const s = D.createElement('script')
      for (const a of el.attributes)
        if (!/^(type|data-src|src)$/.test(a.name)) setAttr.call(s, a.name, a.value)
      s.nonce = (el as HTMLScriptElement).nonce
      if (src) s.src = src
      else s.text = el.textContent || ''
      active.add(c)
      el.replaceWith(s)
    } else if (src && !el.getAttribute('src')) {
      el.removeAttribute('data-category')
      ;(el as HTMLIFrameElement).src = src
      el.hidden = false
      const p = el.previousElementSibling
      if (p?.getAttribute('data-custos-placeholder') === c) p.remove()
      active.add(c)
    }
  }
  for (const o of D.querySelectorAll<HTMLElement>('[data-custos-category]'))
    o.textContent = o.getAttribute(
      granted.has(o.getAttribute('data-custos-category') as string) ? 'data-on' : 'data-off',
    )
}

const post = (body: object) =>
  F(`${base}/c/${cfg.s}/events`, {
    method: 'POST',
    mode: 'no-cors',
    keepalive: true,
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ id, v: cfg.v, l: lang, u: location.href.slice(0, 500), ...body }),
  }).catch(() => {})

const write = () => {
  const secure = location.protocol === 'https:' ? ';Secure' : ''
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari
  D.cookie = `${NAME}=${encodeURIComponent([id, cfg.v, Date.now(), [...granted].join('+'), flags].join('.'))};Path=/;Max-Age=${cfg.d * 86400};SameSite=Lax${secure}`
}

/**
 * Records and applies a choice: granted are the optional categories given, the others are refused. The dialog
 * passes `erase`, which deletes the cookies of withdrawn categories (their names are in the dialog's bundle).
 */
const save = (g: string[], method: string, erase?: (c: string) => void) => {
  if (gpc) g = g.filter((c) => c !== AD)
  const before = granted
  granted = new Set(g.filter((c) => cfg.c.includes(c)))
  flags = `${flags.replace('c', '')}c`
  write()
  gtag('consent', 'update', signals(granted))
  post({ t: 'choice', m: method, g: [...granted], r: cfg.c.filter((c) => !granted.has(c)) })
  unblock()
  const withdrawn = [...before].filter((c) => !granted.has(c))
  if (erase) withdrawn.forEach(erase)
  W.dispatchEvent(new CustomEvent('custos:consent', { detail: [...granted] }))
  if (withdrawn.some((c) => active.has(c))) location.reload()
}

let shown = false
const open = (auto?: boolean) => {
  const show = () => W.__custosShow(api, auto)
  if (W.__custosShow) return show()
  const s = D.createElement('script')
  s.src = `${base}/c/${cfg.s}/ui.js?v=${cfg.v}`
  s.onload = show
  D.head.append(s)
}
const api = {
  cfg,
  lang,
  gpc,
  base,
  granted: () => [...granted],
  chosen: () => flags.includes('c'),
  save,
  served: () => post({ t: 'served' }),
  open,
}
W.CustosConsent = { open: () => open(), granted: api.granted, consentId: () => id }

D.addEventListener('click', (e) => {
  const t = (e.target as Element).closest?.('[data-custos-open]')
  if (t) {
    e.preventDefault()
    open()
  }
})

const ready = () => {
  D.querySelectorAll('iframe[data-src]').forEach(guard)
  unblock()
  if (!flags.includes('c')) {
    if (!shown) {
      shown = true
      open(true)
    }
  } else if (me?.getAttribute('data-button') !== 'off') {
    // 'Cookies': the same word in nl, fr, de and en.
    D.body.append(
      boxed(':host{position:fixed;left:12px;bottom:12px;z-index:2147483000}', 'Cookies', () => open()),
    )
  }
}

if (gpc && !flags.includes('g')) {
  flags += 'g'
  const rest = cfg.c.filter((c) => c !== AD)
  // GPC is a refusal of advertising, recorded as such; the banner still asks for the other categories.
  if (granted.has(AD) || !rest.length) save([...granted], 'gpc')
  else {
    post({ t: 'choice', m: 'gpc', g: [...granted], r: [AD] })
    write()
  }
}
if (valid) gtag('consent', 'update', signals(granted))
if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', ready)
else ready()

export {}
