import fc from 'fast-check'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { samplePackageInput } from '../test/fixtures/answer-package'
import { parseRegister, richRegister } from '../test/fixtures/notice-registers'
import type { Language } from './db/schema'
import { composeNotice } from './domain/notice/compose-notice'
import type { NoticeDocument } from './domain/notice/model'
import { noticeHtml } from './domain/notice/render-html'
import { packageFiles } from './domain/packages/build-package'
import type { Letter } from './domain/requests'
import { letterHtml } from './domain/requests'
import { type Html, htmlString } from './lib/html'
import { MAIL_TEMPLATES, type MailTemplateParams, renderMail } from './mail/templates/render-mail'
import { downloadBody, invalidDownloadBody } from './modules/portal/download-page'
import { renderPortalPage } from './modules/portal/page'
import { privacyPageBody } from './modules/portal/privacy-page'
import { checkEmailBody, requestFormBody, statusBody, verifiedBody } from './modules/portal/request-page'

/**
 * Whatever text reaches an HTML producer - a name typed into the portal, a value read from the organisation's
 * systems, a purpose written in the register - it stays text: the parsed output has the same elements, attributes
 * and comments as with a harmless value, and the text itself can be read back from it. Every kind of producer is
 * covered: mails, a response letter, portal pages, the answer package's index.html and the privacy notice.
 */

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** Element names with their attribute names, comments and doctypes, in document order (`br` left out: a line
 * break in a text may become one). */
function structure(markup: string): string[] {
  const out: string[] = []
  const walk = (node: Node) => {
    if (node.nodeName === '#comment') out.push('#comment')
    else if (node.nodeName === '#documentType') out.push('!doctype')
    else if ('tagName' in node && node.tagName !== 'br') {
      out.push(`${node.tagName}[${node.attrs.map((a) => a.name).join(' ')}]`)
    }
    const content = (node as Element & { content?: Node }).content
    for (const child of [...('childNodes' in node ? node.childNodes : []), ...(content ? [content] : [])]) {
      walk(child)
    }
  }
  walk(parse(markup))
  return out
}

/** Every text node and attribute value of the parsed output, whitespace removed. */
function readBack(markup: string): string {
  const parts: string[] = []
  const walk = (node: Node) => {
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value)
    if ('attrs' in node) for (const a of node.attrs) parts.push(a.value)
    if ('childNodes' in node) for (const child of node.childNodes) walk(child)
  }
  walk(parse(markup))
  return parts.join('').replace(/\s+/g, '')
}

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '" onerror="alert(1)',
  '</textarea><script>',
  '</title><script>',
  '<!--',
  '-->',
  ']]>',
  '&lt;b&gt;',
  '&amp;',
  '&',
  '<',
  '>',
  '"',
  "'",
  '`',
  '=',
  '\n',
  '\r\n',
  '\t',
  'é ő ł',
  '😀',
]

/** Text as an attacker would try it: payloads mixed with arbitrary printable text; never blank. */
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 6 })
  .map((parts) => `x${parts.join('')}`)

const BENIGN = 'x'

const letter = (t: string): Letter => ({
  kind: 'completed',
  language: 'nl',
  reference: t,
  date: '2026-02-02',
  subject: t,
  addressee: [t, t],
  meta: [{ label: t, value: t }],
  salutation: t,
  body: [
    { type: 'paragraph', text: t },
    { type: 'list', items: [t, t] },
    { type: 'link', text: t, href: 'https://custos.example.be/d/abc' },
    { type: 'address', lines: [t] },
    { type: 'section', heading: t, blocks: [{ type: 'paragraph', text: t }] },
  ],
  closing: t,
  signature: { organisation: t, lines: [t] },
})

function mails(t: string): string[] {
  const params: MailTemplateParams = {
    'password-reset': { name: t, link: 'https://custos.example.be/reset?t=1', expiresInMinutes: 30 },
    'member-invitation': {
      inviterName: t,
      organizationName: t,
      role: 'agent',
      link: 'https://custos.example.be/invite?t=1',
    },
    'second-factor-enabled': { name: t },
    'notice-subscription': { organizationName: t, confirmUrl: 'https://custos.example.be/c?t=1' },
    'notice-changed': {
      organizationName: t,
      version: 2,
      effectiveDate: '01/02/2026',
      changeSummary: t,
      noticeUrl: 'https://custos.example.be/p/acme/privacy',
      unsubscribeUrl: 'https://custos.example.be/u?s=1&t=2',
    },
    'request-verification': {
      organizationName: t,
      reference: t,
      verifyUrl: 'https://custos.example.be/v?t=1',
      validHours: 48,
    },
    'request-letter': { letter: letter(t) },
    'breach-reminder': {
      organizationName: t,
      reference: t,
      title: t,
      clock: 'part1',
      kind: 'overdue',
      dueAt: '07/12/2026 23:30',
      breachUrl: 'https://custos.example.be/b/1',
    },
    'breach-letter': { subject: t, greeting: t, paragraphs: [t, t], closing: t, signature: [t, t] },
    'request-reminder': {
      organizationName: t,
      reference: t,
      kind: 'overdue',
      dueDate: '01/02/2026',
      days: 3,
      requestUrl: 'https://custos.example.be/r/1',
    },
    'request-forwarded': {
      processorName: t,
      controllerName: t,
      reference: t,
      receivedOn: '01/02/2026',
      types: [t],
      activityName: t,
      subjectName: t,
      subjectEmail: t,
      subjectAddress: [t, t],
      details: t,
      replyTo: t,
    },
    'subprocessor-change': {
      organizationName: t,
      kind: 'add',
      vendorName: t,
      vendorCountry: t,
      services: t,
      note: t,
      effectiveDate: '01/02/2026',
      windowDays: 7,
      pageUrl: 'https://custos.example.be/p/acme/subprocessors',
      recipientName: t,
      objectUrl: 'https://custos.example.be/p/acme/subprocessors/object?c=1',
      unsubscribeUrl: 'https://custos.example.be/u?s=1&t=2',
    },
    'subprocessor-subscription': { organizationName: t, confirmUrl: 'https://custos.example.be/c?t=1' },
    'processor-review': {
      organizationName: t,
      vendorName: t,
      reviewDate: '01/02/2026',
      url: 'https://custos.example.be/o/acme/processors',
    },
    'consent-preferences': {
      organizationName: t,
      manageUrl: 'https://custos.example.be/p/acme/preferences/manage?t=1',
      days: 7,
    },
    'consent-parental': {
      organizationName: t,
      childMasked: t,
      purposeLabel: t,
      confirmUrl: 'https://custos.example.be/p/acme/parental?t=1',
      days: 7,
      expiresOn: '2026-12-14',
    },
    'mail-test': { requestedBy: t },
    'action-digest': {
      name: t,
      soonDays: 7,
      url: 'https://custos.example.be/#/compliance',
      accountUrl: 'https://custos.example.be/#/account',
      organizations: [
        {
          name: t,
          url: 'https://custos.example.be/#/orgs/acme/action-plan',
          counts: { open: 3, overdue: 1, dueSoon: 1 },
          actions: [
            { title: t, due: '01/02/2026', state: 'overdue' },
            { title: t, due: null, state: 'open' },
          ],
        },
      ],
    },
  }
  // Each also signed by an organisation whose name and contact are the hostile text.
  const signature = { organization: t, contactName: t, contactEmail: t }
  return MAIL_TEMPLATES.flatMap((template) => [
    renderMail(template, 'nl', params[template] as never).html,
    renderMail(template, 'nl', params[template] as never, signature).html,
  ])
}

const LANGUAGES: Language[] = ['nl', 'fr', 'en']

function portalPages(t: string, language: Language): string[] {
  const page = (body: Html) =>
    renderPortalPage({
      language,
      title: t,
      organizationName: t,
      body,
      languageLinks: LANGUAGES.map((l) => ({ language: l, href: `/p/acme/request?lang=${l}` })),
    })
  const fields = { name: t, email: t, types: t, details: t, customerNumber: t, idDocument: t }
  const notice = composeNotice(parseRegister(richRegister()), { language })
  return [
    page(
      requestFormBody({
        language,
        slug: 'acme',
        organisation: t,
        values: { name: t, email: t, types: ['access'], details: t, customerNumber: t },
        errors: fields,
      }),
    ),
    page(checkEmailBody(language, 24)),
    page(verifiedBody({ language, reference: t, dueDate: '2026-03-01', statusUrl: 'https://x.be/s?t=1' })),
    page(
      statusBody({
        language,
        request: { reference: t, types: ['access'], status: 'received', subject: { name: t } } as never,
        timeline: { receivedOn: '2026-02-01', dueDate: '2026-03-01', extendedDueDate: null } as never,
        letters: [{ date: '2026-02-02', kind: 'acknowledgement' } as never],
        contactEmail: t,
      }),
    ),
    page(
      downloadBody({
        language,
        organisation: t,
        action: '/p/acme/download/abc',
        fileName: t,
        sizeBytes: 1234,
        expiresAt: new Date('2026-03-01T10:00:00Z'),
      }),
    ),
    page(invalidDownloadBody(language, t)),
    page(
      privacyPageBody({
        language,
        slug: 'acme',
        version: { version: 1, effective_date: '2026-01-05', material: false } as never,
        current: 2,
        versions: [{ version: 1, effective_date: '2026-01-05', material: false }],
        notice: noticeHtml(notice),
        status: t,
        embed: true,
      }),
    ),
  ]
}

function packageIndex(t: string, language: Language): string {
  const input = samplePackageInput(language)
  input.organization.name = t
  input.organization.legalName = t
  input.request.reference = t
  const [crm] = input.systems
  if (!crm?.collections[0]) throw new Error('fixture changed')
  crm.systemName = t
  crm.datasetName = `${t} (dataset)`
  crm.collections[0].description = t
  crm.collections[0].fields = crm.collections[0].fields.map((f) => ({ ...f, categoryLabel: t }))
  crm.collections[0].rows = [{ id: 1, first_name: t, email: t, phone: t }]
  input.information = input.information.map((s) => ({ ...s, heading: t, paragraphs: [t], items: [t] }))
  input.withheld = [{ system: t, collection: t, rows: 1, reason: t }]
  return Object.fromEntries(packageFiles(input))['index.html'] ?? ''
}

/** The notice with every text replaced (anchors, link targets and block types kept). */
function noticeWith(t: string, base: NoticeDocument): string {
  const KEEP = new Set(['type', 'language', 'link', 'id', 'source'])
  const replace = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key && KEEP.has(key) ? value : t
    if (Array.isArray(value)) return value.map((v) => replace(v))
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, k)]))
    }
    return value
  }
  const notice = replace(base) as NoticeDocument
  return htmlString(
    noticeHtml(notice, {
      standalone: true,
      stylesheetHref: '/assets/notice.css',
      languageLinks: [{ lang: 'fr', href: '?lang=fr' }],
    }),
  )
}

function expectTextStaysText(render: (t: string) => string[], runs = 60) {
  const benign = render(BENIGN).map(structure)
  fc.assert(
    fc.property(hostileText, (t) => {
      const outputs = render(t)
      outputs.forEach((out, i) => {
        expect(structure(out)).toEqual(benign[i])
        expect(out).not.toMatch(/<script|["']\s*on[a-z]+=/i)
        expect(readBack(out)).toContain(t.replace(/\s+/g, ''))
      })
    }),
    { numRuns: runs },
  )
}

describe('text interpolated into HTML never becomes markup', () => {
  it('in every mail template', () => {
    expectTextStaysText(mails)
  })

  it('in the public portal pages, in each language', () => {
    for (const language of LANGUAGES) expectTextStaysText((t) => portalPages(t, language), 25)
  })

  it("in the answer package's index.html", () => {
    for (const language of LANGUAGES) expectTextStaysText((t) => [packageIndex(t, language)], 25)
  })

  it('in the privacy notice and a response letter', () => {
    const base = composeNotice(parseRegister(richRegister()), { language: 'en' })
    expectTextStaysText((t) => [noticeWith(t, base), htmlString(letterHtml(letter(t)))])
  })

  it('is checked by a test that fails on raw interpolation', () => {
    // The same checks on a producer that pastes text in without escaping.
    const naive = (t: string) => [`<p title="${t}">${t}</p>`]
    expect(() => expectTextStaysText(naive, 30)).toThrow()
  })
})
