import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import { html as markup } from '../../lib/html'
import { composeNotice } from './compose-notice'
import { escapeMarkdown, safeHref } from './escape'
import type { NoticeDocument } from './model'
import { renderNoticeHtml } from './render-html'
import { renderNoticeMarkdown } from './render-markdown'

const SCRIPT = '<script>alert(1)</script>'

/** The rich register with an organisation, an activity and a custom purpose named to inject markup. */
function hostileNotice(): NoticeDocument {
  const input = richRegister()
  input.organization.name = `Acme ${SCRIPT}`
  input.organization.legalName = `Acme *NV* [click](javascript:alert(1)) ${SCRIPT}`
  input.taxonomy = {
    purposes: [
      {
        key: 'evil',
        label: `Evil ${SCRIPT} | _x_ # heading`,
        description: `1. Item\n\n# Injected ${SCRIPT}`,
      },
    ],
  }
  input.activities?.push({
    key: 'evil',
    name: SCRIPT,
    purposes: [{ purpose: 'evil', legalBasis: 'consent', consentWithdrawal: `<img src=x onerror=alert(1)>` }],
    subjectCategories: ['clients'],
    dataCategories: [{ category: 'contact_details' }],
    retention: [{ rule: 'newsletter-3y' }],
  })
  return composeNotice(parseRegister(input), {
    language: 'nl',
    portalUrl: 'https://custos.example.be/p/acme',
  })
}

describe('renderNoticeHtml', () => {
  const notice = composeNotice(parseRegister(richRegister()), { language: 'fr' })
  const html = renderNoticeHtml(notice, {
    standalone: true,
    stylesheetHref: '/assets/notice.css',
    languageLinks: [
      { lang: 'nl', href: '?lang=nl' },
      { lang: 'fr', href: '?lang=fr' },
      { lang: 'en', href: 'javascript:alert(1)' },
    ],
  })

  it('is a complete, semantic document in the notice language', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true)
    expect(html).toContain('<link rel="stylesheet" href="/assets/notice.css">')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).toContain('<section id="who-we-are" aria-labelledby="who-we-are-heading">')
    expect(html).toContain('<h2 id="who-we-are-heading">Qui sommes-nous')
    expect(html).toContain('<h3 id="privacy-contact-heading">')
    expect(html).toContain('<nav class="notice-contents"')
    expect(html).toContain('<a href="#right-to-object">')
    expect(html).toContain(
      '<section id="right-to-object" aria-labelledby="right-to-object-heading" class="prominent">',
    )
    expect(html).toContain('<th scope="col">Pays</th>')
    expect(html).toContain('<th scope="row">États-Unis</th>')
    expect(html).toContain('<dl>')
  })

  it('has no inline style or script, and only safe links', () => {
    expect(html).not.toMatch(/<script|style=|\son\w+=/i)
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<a href="?lang=nl" hreflang="nl" lang="nl">Nederlands</a>')
    expect(html).toContain('<span lang="fr" aria-current="page">Français</span>')
    expect(html).not.toContain('English')
    const fragment = renderNoticeHtml(notice)
    expect(fragment.startsWith('<article class="privacy-notice" lang="fr">')).toBe(true)
    expect(fragment).not.toContain('<html')
  })

  it('escapes every text the organisation wrote', () => {
    const hostile = renderNoticeHtml(hostileNotice(), { standalone: true })
    expect(hostile).not.toContain('<script>')
    expect(hostile).not.toContain('<img')
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(hostile).not.toContain('href="javascript:')
  })

  it('renders unsafe links as text', () => {
    const doc: NoticeDocument = {
      ...notice,
      summary: [
        [{ link: 'javascript:alert(1)', text: 'click' }, ' ', { link: 'data:text/html,x', text: 'data' }],
      ],
      sections: [],
    }
    const out = renderNoticeHtml(doc)
    expect(out).toContain('<li>click data</li>')
    expect(out).not.toContain('<a href="javascript')
  })
})

describe('renderNoticeMarkdown', () => {
  const notice = composeNotice(parseRegister(richRegister()), {
    language: 'en',
    portalUrl: 'https://custos.example.be/p/digitas',
  })
  const md = renderNoticeMarkdown(notice)

  it('lays the notice out with headings, lists, tables and links', () => {
    expect(md.startsWith('# Digitas privacy notice\n\n## In short\n\n- Digitas BV')).toBe(true)
    expect(md).toContain('<a id="who-we-are"></a>\n\n## Who we are')
    expect(md).toContain('### Our data protection officer')
    expect(md).toContain('| Country | Recipient | Safeguard | Copy of the safeguard |')
    expect(md).toContain('| United States | HubSpot Inc. |')
    expect(md).toContain(
      '[custos.example.be/p/digitas/request](<https://custos.example.be/p/digitas/request>)',
    )
    expect(md).toContain('- [Your right to object](#right-to-object)')
    expect(md).toContain('> ## Your right to object')
  })

  it('escapes Markdown in the organisation text, so it cannot inject markup', () => {
    const hostile = renderNoticeMarkdown(hostileNotice())
    expect(hostile).not.toContain('<script>')
    expect(hostile).toContain('\\<script\\>alert(1)\\</script\\>')
    expect(hostile).toContain('Acme \\*NV\\* \\[click\\](javascript:alert(1))')
    expect(hostile).not.toMatch(/^# Injected/m)
    expect(hostile).toContain('Evil \\<script\\>alert(1)\\</script\\> \\| \\_x\\_ # heading')
    expect(hostile).toContain('1\\. Item # Injected')
  })
})

describe('escaping helpers', () => {
  it('escapes HTML and Markdown special characters', () => {
    expect(String(markup`${`<a href="x">'&'</a>`}`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> | g ~h~ &amp; \\')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| g \\~h\\~ \\&amp; \\\\',
    )
  })

  it('allows http(s), mailto and in-page links only', () => {
    expect(safeHref('https://example.be/x')).toBe('https://example.be/x')
    expect(safeHref('mailto:a@b.be')).toBe('mailto:a@b.be')
    expect(safeHref('#right-to-object')).toBe('#right-to-object')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,x')).toBeUndefined()
    expect(safeHref('#"><script>')).toBeUndefined()
  })
})

describe('JSON', () => {
  it('is the NoticeDocument itself', () => {
    const notice = composeNotice(parseRegister(richRegister()), {
      language: 'nl',
      version: 1,
      effectiveDate: '2026-01-01',
    })
    expect(JSON.parse(JSON.stringify(notice))).toEqual(notice)
  })
})
