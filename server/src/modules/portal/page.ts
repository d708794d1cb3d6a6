import type { Language } from '../../db/schema'
import { type Html, html, htmlString } from '../../lib/html'
import { PORTAL_WORDING } from './wording'

export interface PortalPage {
  language: Language
  title: string
  organizationName: string
  /** The main content, built with `html` (lib/html): its texts are escaped where they were interpolated. */
  body: Html
  /** Links to this page in the other languages the organisation offers. */
  languageLinks: { language: Language; href: string }[]
}

/** The frame of every public portal page: no script, one stylesheet, accessible landmarks. */
export function renderPortalPage(page: PortalPage): string {
  const w = PORTAL_WORDING[page.language]
  const others = page.languageLinks.filter((l) => l.language !== page.language)
  const nav =
    others.length === 0
      ? ''
      : html`<nav aria-label="${w.otherLanguages}" class="languages"><ul>${others.map(
          (l) =>
            html`<li><a href="${l.href}" hreflang="${l.language}" lang="${l.language}">${PORTAL_WORDING[l.language].languageName}</a></li>`,
        )}</ul></nav>`
  return htmlString(html`<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} - ${page.organizationName}</title>
<link rel="stylesheet" href="/p/assets/portal.css">
</head>
<body>
<header class="portal-header"><p class="org">${page.organizationName}</p>${nav}</header>
<main id="main">
${page.body}
</main>
<footer class="portal-footer"><p>${w.poweredBy}</p></footer>
</body>
</html>
`)
}
