import { type Html, html, htmlString, joinHtml, trustedHtml } from '../../lib/html'
import { toBrusselsDate } from '../brussels-time'
import { AUTHORITY_NAME, authorityWebsite } from '../requests/authority'
import { formatDate } from '../requests/format'
import { consentHeading, consentHtml } from './consent'
import type { PackageTable, PackageTableGroup } from './content'
import { INDEX_CSS } from './index-css'
import type { PackageInformationSection, PackageInput } from './model'
import { cellValue } from './values'
import { PACKAGE_WORDING } from './wording'

/**
 * index.html: the readable cover of the package, in the subject's language. A downloaded file opened from disk,
 * so everything it needs is inside it (inline CSS), it runs no script and loads nothing (its own CSP says so),
 * and every value from the organisation's systems is escaped (lib/html: text interpolated into `html` is).
 */

/** Rows shown per table; the CSV file and data.json always hold all of them. */
export const HTML_ROWS_PER_TABLE = 500
/** Characters of one value shown in the overview (a photo as base64 would otherwise fill pages). */
export const HTML_CELL_CHARS = 300

function shown(value: unknown): string {
  const text = String(cellValue(value))
  return text.length > HTML_CELL_CHARS ? `${text.slice(0, HTML_CELL_CHARS)}…` : text
}

const lines = (parts: readonly Html[]) => joinHtml(parts, '\n')

function tableHtml(table: PackageTable, id: string, language: PackageInput['language']): Html {
  const w = PACKAGE_WORDING[language]
  const count = table.rows.length
  const title = html`<span class="collection">${table.name}</span> <span class="count">(${w.records(count)})</span>`
  const description = table.description ? html`<span class="description">${table.description}</span>` : ''
  const file = html`<p class="file">${w.csvFile(table.csvPath)}</p>`
  if (count === 0) {
    return html`<div class="collection-block"><p class="caption">${title}${description}</p><p>${w.noRows}</p></div>`
  }
  const caption = html`<caption id="${id}">${title}${description}</caption>`
  const head = table.columns.map(
    (c) =>
      html`<th scope="col"><span class="field">${c.name}</span>${
        c.categoryLabel || c.category
          ? html`<span class="category">${c.categoryLabel || c.category || ''}</span>`
          : ''
      }</th>`,
  )
  const body = lines(
    table.rows
      .slice(0, HTML_ROWS_PER_TABLE)
      .map((row) => html`<tr>${table.columns.map((c) => html`<td>${shown(row[c.name])}</td>`)}</tr>`),
  )
  const truncated =
    count > HTML_ROWS_PER_TABLE
      ? html`<p class="note">${w.truncated(HTML_ROWS_PER_TABLE, count, table.csvPath)}</p>`
      : ''
  return html`<div class="collection-block"><div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}"><table>${caption}<thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></div>${truncated}${file}</div>`
}

function systemsHtml(groups: readonly PackageTableGroup[], input: PackageInput): Html {
  const w = PACKAGE_WORDING[input.language]
  if (groups.length === 0) return html`<p>${w.noData[input.kind]}</p>`
  return lines(
    groups.map((group, g) => {
      const name = group.system.systemName
      const dataset =
        group.system.datasetName && group.system.datasetName !== name
          ? html`<p class="meta">${group.system.datasetName}</p>`
          : ''
      const tables = group.tables.map((t, i) => tableHtml(t, `table-${g + 1}-${i + 1}`, input.language))
      return html`<section class="system" aria-labelledby="system-${g + 1}"><h3 id="system-${g + 1}">${name}</h3>${dataset}
${lines(tables)}
</section>`
    }),
  )
}

function informationHtml(sections: readonly PackageInformationSection[]): Html {
  return lines(
    sections.map((s) =>
      lines([
        html`<h3>${s.heading}</h3>`,
        ...s.paragraphs.map((p) => html`<p>${p}</p>`),
        ...(s.items.length > 0 ? [html`<ul>${s.items.map((i) => html`<li>${i}</li>`)}</ul>`] : []),
        ...(s.address && s.address.length > 0
          ? [html`<address>${joinHtml(s.address, html`<br>`)}</address>`]
          : []),
        ...(s.after ?? []).map((p) => html`<p>${p}</p>`),
      ]),
    ),
  )
}

function withheldHtml(input: PackageInput): Html {
  const w = PACKAGE_WORDING[input.language]
  if (input.withheld.length === 0) return html`<p>${w.nothingWithheld}</p>`
  const c = w.withheldColumns
  const rows = lines(
    input.withheld.map(
      (x) =>
        html`<tr><td>${x.system}</td><td>${x.collection}</td><td class="number">${x.rows}</td><td>${x.reason}</td></tr>`,
    ),
  )
  return html`<p>${w.withheldIntro}</p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="withheld"><table>
<thead><tr><th scope="col">${c.system}</th><th scope="col">${c.collection}</th><th scope="col">${c.rows}</th><th scope="col">${c.reason}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`
}

export function renderIndexHtml(input: PackageInput, groups: readonly PackageTableGroup[]): string {
  const { language, organization: org, request } = input
  const w = PACKAGE_WORDING[language]
  const title = w.title[input.kind]
  const orgName = org.legalName || org.name
  const received = formatDate(toBrusselsDate(request.receivedAt))
  const generated = formatDate(toBrusselsDate(input.generatedAt))
  const tables = groups.flatMap((g) => g.tables)
  const records = tables.reduce((n, t) => n + t.rows.length, 0)
  const sections: { id: string; heading: string; body: Html }[] = [
    {
      id: 'contents',
      heading: w.contentsHeading,
      body: html`<ul class="files">
<li><code>index.html</code> - ${w.contents.index}</li>
<li><code>data.json</code> - ${w.contents.data}</li>
<li><code>csv/</code> - ${w.contents.csv}</li>
<li><code>README.txt</code> - ${w.contents.readme}</li>
</ul>
<p>${w.totals(records, tables.length, groups.length)}</p>`,
    },
    { id: 'reading', heading: w.readingHeading, body: lines(w.reading.map((p) => html`<p>${p}</p>`)) },
    { id: 'data', heading: w.dataHeading, body: systemsHtml(groups, input) },
    ...(input.consent
      ? [{ id: 'consent', heading: consentHeading(language), body: consentHtml(input.consent, language) }]
      : []),
    ...(input.information.length > 0
      ? [{ id: 'information', heading: w.informationHeading, body: informationHtml(input.information) }]
      : []),
    { id: 'withheld', heading: w.withheldHeading, body: withheldHtml(input) },
    {
      id: 'questions',
      heading: w.questionsHeading,
      body: html`<p>${w.questions(orgName, request.reference, org.privacyEmail ?? null)}</p>
<p>${w.complaint(AUTHORITY_NAME[language], authorityWebsite(language))}</p>`,
    },
  ]
  return htmlString(html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - ${orgName} - ${request.reference}</title>
<style>${trustedHtml(INDEX_CSS)}</style>
</head>
<body>
<header>
<p class="org">${orgName}</p>
<h1>${title}</h1>
<p class="lead">${w.intro[input.kind](orgName, request.reference, received, generated)}</p>
<p>${w.controller(org.legalName || org.name, org.enterpriseNumber ?? null)}</p>
<p class="confidential">${w.confidential}</p>
</header>
<nav aria-labelledby="toc"><h2 id="toc">${w.tableOfContents}</h2><ol>
${lines(sections.map((s) => html`<li><a href="#${s.id}">${s.heading}</a></li>`))}
</ol></nav>
<main>
${lines(sections.map((s) => html`<section aria-labelledby="${s.id}"><h2 id="${s.id}">${s.heading}</h2>\n${s.body}\n</section>`))}
</main>
<footer><p>${w.prepared(generated)}</p></footer>
</body>
</html>
`)
}
