import { COOKIE_CATEGORIES, type CookieCategory } from '../../domain/cookies/catalogue'
import type { Inventory } from '../../domain/cookies/inventory'
import { html, htmlString } from '../../lib/html'

export const DECLARATION_LANGUAGES = ['nl', 'fr', 'de', 'en'] as const
export type DeclarationLanguage = (typeof DECLARATION_LANGUAGES)[number]

const WORDING: Record<
  DeclarationLanguage,
  {
    title: string
    intro: string
    categories: Record<CookieCategory, string>
    service: string
    cookie: string
    purpose: string
    duration: string
    thirdCountry: string
    provider: string
    yourChoice: string
    on: string
    off: string
    always: string
    change: string
    noScript: string
    none: string
    version: string
  }
> = {
  nl: {
    title: 'Cookieverklaring',
    intro:
      'Deze tabel toont de cookies en gelijkaardige technieken die deze website gebruikt, per categorie. Noodzakelijke cookies zijn altijd actief; voor de andere categorieën vragen wij uw toestemming.',
    categories: {
      necessary: 'Noodzakelijk',
      functional: 'Functioneel',
      analytics: 'Statistieken',
      advertising: 'Advertenties',
    },
    service: 'Dienst',
    cookie: 'Cookie',
    purpose: 'Doel',
    duration: 'Bewaartermijn',
    thirdCountry: 'Land buiten de EER',
    provider: 'Aanbieder',
    yourChoice: 'Uw keuze',
    on: 'aanvaard',
    off: 'geweigerd',
    always: 'altijd actief',
    change: 'Mijn keuze wijzigen',
    noScript: 'Uw keuze wijzigen kan via de knop "Cookies" op de website zelf.',
    none: 'Geen',
    version: 'Versie',
  },
  fr: {
    title: 'Déclaration relative aux cookies',
    intro:
      'Ce tableau présente les cookies et techniques similaires utilisés par ce site, par catégorie. Les cookies nécessaires sont toujours actifs ; pour les autres catégories, nous demandons votre consentement.',
    categories: {
      necessary: 'Nécessaires',
      functional: 'Fonctionnels',
      analytics: 'Statistiques',
      advertising: 'Publicité',
    },
    service: 'Service',
    cookie: 'Cookie',
    purpose: 'Finalité',
    duration: 'Durée',
    thirdCountry: 'Pays hors EEE',
    provider: 'Fournisseur',
    yourChoice: 'Votre choix',
    on: 'accepté',
    off: 'refusé',
    always: 'toujours actifs',
    change: 'Modifier mon choix',
    noScript: 'Vous pouvez modifier votre choix avec le bouton « Cookies » sur le site lui-même.',
    none: 'Aucun',
    version: 'Version',
  },
  de: {
    title: 'Cookie-Erklärung',
    intro:
      'Diese Tabelle zeigt die Cookies und ähnlichen Techniken, die diese Website verwendet, nach Kategorie. Notwendige Cookies sind immer aktiv; für die anderen Kategorien bitten wir um Ihre Einwilligung.',
    categories: {
      necessary: 'Notwendig',
      functional: 'Funktional',
      analytics: 'Statistik',
      advertising: 'Werbung',
    },
    service: 'Dienst',
    cookie: 'Cookie',
    purpose: 'Zweck',
    duration: 'Speicherdauer',
    thirdCountry: 'Land außerhalb des EWR',
    provider: 'Anbieter',
    yourChoice: 'Ihre Wahl',
    on: 'akzeptiert',
    off: 'abgelehnt',
    always: 'immer aktiv',
    change: 'Meine Wahl ändern',
    noScript: 'Sie können Ihre Wahl über die Schaltfläche „Cookies“ auf der Website selbst ändern.',
    none: 'Keine',
    version: 'Version',
  },
  en: {
    title: 'Cookie declaration',
    intro:
      'This table lists the cookies and similar techniques this website uses, by category. Necessary cookies are always on; for the other categories we ask for your consent.',
    categories: {
      necessary: 'Necessary',
      functional: 'Functional',
      analytics: 'Analytics',
      advertising: 'Advertising',
    },
    service: 'Service',
    cookie: 'Cookie',
    purpose: 'Purpose',
    duration: 'Duration',
    thirdCountry: 'Country outside the EEA',
    provider: 'Provider',
    yourChoice: 'Your choice',
    on: 'accepted',
    off: 'refused',
    always: 'always on',
    change: 'Change my choice',
    noScript: 'You can change your choice with the "Cookies" button on the website itself.',
    none: 'None',
    version: 'Version',
  },
}

/**
 * The cookie declaration of /p/{slug}/cookies: one table per category from the inventory, the visitor's current
 * choice per category (filled in by the banner's loader, which the page loads from this origin) and a button that
 * opens the banner to change it.
 */
export function declarationPage(input: {
  language: DeclarationLanguage
  organizationName: string
  slug: string
  version: number
  inventory: Inventory
}): string {
  const w = WORDING[input.language]
  const sections = COOKIE_CATEGORIES.map((category) => {
    const services = input.inventory.services.filter((s) => s.category === category)
    if (services.length === 0) return ''
    const rows = services.flatMap((s) =>
      (s.cookies.length > 0 ? s.cookies : [null]).map(
        (c) =>
          html`<tr><th scope="row">${s.name}</th><td>${c?.provider || s.provider}</td><td>${c?.name ?? w.none}</td><td>${c?.purpose || s.purpose}</td><td>${c?.duration ?? ''}</td><td>${c?.thirdCountry ?? w.none}</td></tr>`,
      ),
    )
    const choice =
      category === 'necessary'
        ? html`<p>${w.yourChoice}: ${w.always}</p>`
        : html`<p>${w.yourChoice}: <output data-custos-category="${category}" data-on="${w.on}" data-off="${w.off}">${w.off}</output></p>`
    return html`<section aria-labelledby="cat-${category}"><h2 id="cat-${category}">${w.categories[category]}</h2>${choice}
<div class="table-scroll"><table><caption>${w.categories[category]}</caption><thead><tr><th scope="col">${w.service}</th><th scope="col">${w.provider}</th><th scope="col">${w.cookie}</th><th scope="col">${w.purpose}</th><th scope="col">${w.duration}</th><th scope="col">${w.thirdCountry}</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`
  })
  const others = DECLARATION_LANGUAGES.filter((l) => l !== input.language)
  return htmlString(html`<!doctype html>
<html lang="${input.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title} - ${input.organizationName}</title>
<link rel="stylesheet" href="/p/assets/portal.css">
<script src="/c/${input.slug}.js" data-button="off"></script>
</head>
<body>
<header class="portal-header"><p class="org">${input.organizationName}</p><nav aria-label="Languages" class="languages"><ul>${others.map(
    (l) => html`<li><a href="?lang=${l}" hreflang="${l}" lang="${l}">${l.toUpperCase()}</a></li>`,
  )}</ul></nav></header>
<main id="main">
<h1>${w.title}</h1>
<p>${w.intro}</p>
<p><button type="button" data-custos-open>${w.change}</button></p>
${sections}
<p><small>${w.version} ${input.version}</small></p>
</main>
</body>
</html>
`)
}

export function pickDeclarationLanguage(
  query: string | undefined,
  acceptLanguage: string | undefined,
): DeclarationLanguage {
  const wanted = [query, ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0])]
  for (const w of wanted) {
    const l = w?.trim().slice(0, 2).toLowerCase()
    if (l && (DECLARATION_LANGUAGES as readonly string[]).includes(l)) return l as DeclarationLanguage
  }
  return 'en'
}
