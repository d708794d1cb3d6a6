/**
 * The cookie banner's dialog (issue 18, decision 0034), loaded by the loader only when the visitor must choose or
 * asks to change a choice. First layer: Accept all, Reject all (same look, same weight) and Customise; the second
 * layer lists the inventory's categories and services, nothing ticked unless the visitor ticked it before. A modal
 * dialog in a shadow root (aria-modal, focus kept inside, Escape closes a re-opened dialog, focus returned), styled
 * by a constructed stylesheet: nothing inline, nothing the site's CSP must allow beyond this script's origin.
 */
/** Per organisation, in place of __CUSTOS_UI__: k: [cookie pattern, category] to delete on withdrawal, n: [service, category]. */
declare const __CUSTOS_UI__: { k: [string, string][]; n: [string, string][] }
const UI = __CUSTOS_UI__

interface Api {
  cfg: { s: string; c: string[] }
  lang: string
  gpc: boolean
  base: string
  granted(): string[]
  chosen(): boolean
  save(granted: string[], method: string, erase: (category: string) => void): void
  served(): void
}
type Words = Record<
  | 'title'
  | 'text'
  | 'accept'
  | 'reject'
  | 'customise'
  | 'save'
  | 'necessary'
  | 'necessaryText'
  | 'functional'
  | 'functionalText'
  | 'analytics'
  | 'analyticsText'
  | 'advertising'
  | 'advertisingText'
  | 'always'
  | 'gpc'
  | 'services'
  | 'declaration',
  string
>

const WORDS: Record<string, Words | undefined> = {
  nl: {
    title: 'Cookies op deze website',
    text: 'Wij gebruiken noodzakelijke cookies om de website te laten werken. Met uw toestemming gebruiken we ook andere cookies. Weigeren is even eenvoudig als aanvaarden, en u kunt uw keuze altijd wijzigen via "Cookie-instellingen".',
    accept: 'Alles aanvaarden',
    reject: 'Alles weigeren',
    customise: 'Aanpassen',
    save: 'Keuze opslaan',
    necessary: 'Noodzakelijk',
    necessaryText: 'Nodig om de website te laten werken en uw keuze te onthouden.',
    functional: 'Functioneel',
    functionalText: 'Onthouden uw voorkeuren en tonen ingesloten inhoud.',
    analytics: 'Statistieken',
    analyticsText: 'Meten hoe de website gebruikt wordt.',
    advertising: 'Advertenties',
    advertisingText: 'Tonen en meten advertenties, ook op andere websites.',
    always: 'Altijd actief',
    gpc: 'Geweigerd door het Global Privacy Control-signaal van uw browser.',
    services: 'Diensten',
    declaration: 'Cookieverklaring',
  },
  fr: {
    title: 'Cookies sur ce site',
    text: 'Nous utilisons des cookies nécessaires au fonctionnement du site. Avec votre accord, nous utilisons aussi d’autres cookies. Refuser est aussi simple qu’accepter, et vous pouvez modifier votre choix à tout moment via « Paramètres des cookies ».',
    accept: 'Tout accepter',
    reject: 'Tout refuser',
    customise: 'Personnaliser',
    save: 'Enregistrer mon choix',
    necessary: 'Nécessaires',
    necessaryText: 'Indispensables au fonctionnement du site et pour retenir votre choix.',
    functional: 'Fonctionnels',
    functionalText: 'Retiennent vos préférences et affichent le contenu intégré.',
    analytics: 'Statistiques',
    analyticsText: 'Mesurent l’utilisation du site.',
    advertising: 'Publicité',
    advertisingText: 'Affichent et mesurent des publicités, aussi sur d’autres sites.',
    always: 'Toujours actifs',
    gpc: 'Refusés par le signal Global Privacy Control de votre navigateur.',
    services: 'Services',
    declaration: 'Déclaration relative aux cookies',
  },
  de: {
    title: 'Cookies auf dieser Website',
    text: 'Wir verwenden notwendige Cookies, damit die Website funktioniert. Mit Ihrer Einwilligung verwenden wir auch andere Cookies. Ablehnen ist so einfach wie Akzeptieren, und Sie können Ihre Wahl jederzeit über „Cookie-Einstellungen“ ändern.',
    accept: 'Alle akzeptieren',
    reject: 'Alle ablehnen',
    customise: 'Anpassen',
    save: 'Auswahl speichern',
    necessary: 'Notwendig',
    necessaryText: 'Für den Betrieb der Website und um Ihre Wahl zu speichern.',
    functional: 'Funktional',
    functionalText: 'Speichern Ihre Einstellungen und zeigen eingebettete Inhalte.',
    analytics: 'Statistik',
    analyticsText: 'Messen, wie die Website genutzt wird.',
    advertising: 'Werbung',
    advertisingText: 'Zeigen und messen Werbung, auch auf anderen Websites.',
    always: 'Immer aktiv',
    gpc: 'Abgelehnt durch das Global-Privacy-Control-Signal Ihres Browsers.',
    services: 'Dienste',
    declaration: 'Cookie-Erklärung',
  },
  en: {
    title: 'Cookies on this website',
    text: 'We use necessary cookies to make the website work. With your consent we also use other cookies. Refusing is as easy as accepting, and you can change your choice at any time through "Cookie settings".',
    accept: 'Accept all',
    reject: 'Reject all',
    customise: 'Customise',
    save: 'Save my choice',
    necessary: 'Necessary',
    necessaryText: 'Needed for the website to work and to remember your choice.',
    functional: 'Functional',
    functionalText: 'Remember your preferences and show embedded content.',
    analytics: 'Analytics',
    analyticsText: 'Measure how the website is used.',
    advertising: 'Advertising',
    advertisingText: 'Show and measure ads, also on other websites.',
    always: 'Always on',
    gpc: 'Refused by your browser’s Global Privacy Control signal.',
    services: 'Services',
    declaration: 'Cookie declaration',
  },
}

const CSS = `:host{all:initial}
.box{position:fixed;z-index:2147483001;left:50%;bottom:16px;transform:translateX(-50%);box-sizing:border-box;width:min(640px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;background:#fff;color:#1a1a1a;border:1px solid #6b6b6b;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.25);padding:20px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
h2{font-size:18px;margin:0 0 8px}
p{margin:0 0 12px}
a{color:#1d3f8f}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
button{flex:1 1 160px;font:inherit;font-weight:600;background:#1d3f8f;color:#fff;border:2px solid #1d3f8f;border-radius:4px;padding:10px 14px;cursor:pointer}
button.alt{background:#fff;color:#1d3f8f}
button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
fieldset{border:1px solid #6b6b6b;border-radius:4px;margin:0 0 8px;padding:8px 12px}
legend{font-weight:600;padding:0 4px}
label{display:flex;gap:8px;align-items:center;font-weight:600}
input{width:20px;height:20px;margin:0}
small{display:block;color:#4a4a4a}
@media (prefers-reduced-motion:no-preference){.box{transition:opacity .15s}}`

let sheet: CSSStyleSheet | undefined

const matches = (c: string, n: string) =>
  UI.k.some(
    ([p, k]) =>
      k === c &&
      new RegExp(
        `^${p
          .split('*')
          .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ).test(n),
  )

/** Deletes the cookies (on this host and its parent domains) and localStorage keys of a withdrawn category. */
const erase = (c: string) => {
  const host = location.hostname.split('.')
  for (const pair of document.cookie.split('; ')) {
    const n = pair.split('=')[0] ?? ''
    if (!matches(c, n)) continue
    for (let i = 0; i < host.length; i++)
      for (const dom of ['', `;domain=.${host.slice(i).join('.')}`]) {
        // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari
        document.cookie = `${n}=;Path=/;Max-Age=0${dom}`
      }
  }
  for (const n of Object.keys(localStorage)) if (matches(c, n)) localStorage.removeItem(n)
}

// biome-ignore lint/suspicious/noExplicitAny: the loader's global
;(window as any).__custosShow = (api: Api, auto?: boolean) => {
  const w = (WORDS[api.lang] ?? WORDS.en) as Words
  const D = document
  const before = D.activeElement as HTMLElement | null
  const host = D.createElement('div')
  host.setAttribute('data-custos-banner', '')
  const root = host.attachShadow({ mode: 'open' })
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS)
  }
  root.adoptedStyleSheets = [sheet]
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs: Record<string, string> = {},
    text?: string,
  ) => {
    const e = D.createElement(tag)
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
    if (text) e.textContent = text
    return e
  }
  const box = el('div', {
    class: 'box',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'custos-t',
    'aria-describedby': 'custos-d',
    lang: api.lang,
  })
  box.append(el('h2', { id: 'custos-t' }, w.title), el('p', { id: 'custos-d' }, w.text))
  const more = el(
    'a',
    { href: `${api.base}/p/${api.cfg.s}/cookies?lang=${api.lang}`, target: '_blank', rel: 'noopener' },
    w.declaration,
  )
  const pMore = el('p')
  pMore.append(more)

  const layer2 = el('div')
  layer2.hidden = true
  const nec = el('fieldset')
  nec.append(el('legend', {}, w.necessary), el('small', {}, `${w.necessaryText} ${w.always}.`))
  layer2.append(nec)
  const boxes: HTMLInputElement[] = []
  const current = new Set(api.granted())
  for (const c of api.cfg.c) {
    const f = el('fieldset')
    const id = `custos-${c}`
    const input = el('input', { type: 'checkbox', id, value: c })
    input.checked = api.chosen() && current.has(c)
    const locked = api.gpc && c === 'advertising'
    if (locked) {
      input.checked = false
      input.disabled = true
    }
    const label = el('label', { for: id })
    label.append(input, D.createTextNode(w[c as keyof Words] ?? c))
    const names = UI.n.filter(([, k]) => k === c).map(([n]) => n)
    f.append(label, el('small', {}, w[`${c}Text` as keyof Words] ?? ''))
    if (names.length) f.append(el('small', {}, `${w.services}: ${names.join(', ')}`))
    if (locked) f.append(el('small', {}, w.gpc))
    boxes.push(input)
    layer2.append(f)
  }

  const close = () => {
    host.remove()
    D.removeEventListener('keydown', onKey, true)
    before?.focus?.()
  }
  const choose = (g: string[], m: string) => {
    close()
    api.save(g, m, erase)
  }
  const accept = el('button', { type: 'button', 'data-custos-action': 'accept' }, w.accept)
  const reject = el('button', { type: 'button', 'data-custos-action': 'reject' }, w.reject)
  const custom = el('button', { type: 'button', class: 'alt', 'aria-expanded': 'false' }, w.customise)
  accept.onclick = () => choose(api.cfg.c, 'accept')
  reject.onclick = () => choose([], 'reject')
  custom.onclick = () => {
    if (layer2.hidden) {
      layer2.hidden = false
      custom.textContent = w.save
      custom.setAttribute('aria-expanded', 'true')
      ;(boxes.find((b) => !b.disabled) ?? custom).focus()
    } else
      choose(
        boxes.filter((b) => b.checked).map((b) => b.value),
        'save',
      )
  }
  const row = el('div', { class: 'row' })
  row.append(reject, accept, custom)
  box.append(layer2, row, pMore)
  root.append(box)

  const focusables = () =>
    [...root.querySelectorAll<HTMLElement>('button,input:not([disabled]),a[href]')].filter(
      (e) => !e.closest('[hidden]'),
    )
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && api.chosen()) {
      e.preventDefault()
      close()
    }
    if (e.key !== 'Tab') return
    const list = focusables()
    const i = list.indexOf(root.activeElement as HTMLElement)
    if (e.shiftKey ? i <= 0 : i === list.length - 1 || i < 0) {
      e.preventDefault()
      list[e.shiftKey ? list.length - 1 : 0]?.focus()
    }
  }
  D.addEventListener('keydown', onKey, true)
  D.body.append(host)
  reject.focus()
  if (auto) api.served()
}

export {}
