import type { Language } from '../../db/schema'
import { escapeHtml } from '../../mail/templates/escape-html'
import { PORTAL_WORDING } from './wording'

export interface PortalPage {
  language: Language
  title: string
  organizationName: string
  /** Already-escaped HTML for the main content. */
  body: string
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
      : `<nav aria-label="${escapeHtml(w.otherLanguages)}" class="languages"><ul>${others
          .map(
            (l) =>
              `<li><a href="${escapeHtml(l.href)}" hreflang="${l.language}" lang="${l.language}">${escapeHtml(PORTAL_WORDING[l.language].languageName)}</a></li>`,
          )
          .join('')}</ul></nav>`
  return `<!doctype html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} - ${escapeHtml(page.organizationName)}</title>
<link rel="stylesheet" href="/p/assets/portal.css">
</head>
<body>
<header class="portal-header"><p class="org">${escapeHtml(page.organizationName)}</p>${nav}</header>
<main id="main">
${page.body}
</main>
<footer class="portal-footer"><p>${escapeHtml(w.poweredBy)}</p></footer>
</body>
</html>
`
}
