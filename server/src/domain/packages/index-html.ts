import { toBrusselsDate } from '../brussels-time'
import { AUTHORITY_NAME, authorityWebsite } from '../requests/authority'
import { formatDate } from '../requests/format'
import { escapeHtml } from '../requests/letters/render-html'
import type { PackageTable, PackageTableGroup } from './content'
import { INDEX_CSS } from './index-css'
import type { PackageInformationSection, PackageInput } from './model'
import { cellValue } from './values'
import { PACKAGE_WORDING } from './wording'

/**
 * index.html: the readable cover of the package, in the subject's language. A downloaded file opened from disk,
 * so everything it needs is inside it (inline CSS), it runs no script and loads nothing (its own CSP says so),
 * and every value from the organisation's systems is escaped.
 */

/** Rows shown per table; the CSV file and data.json always hold all of them. */
export const HTML_ROWS_PER_TABLE = 500
/** Characters of one value shown in the overview (a photo as base64 would otherwise fill pages). */
export const HTML_CELL_CHARS = 300

const e = escapeHtml

function shown(value: unknown): string {
  const text = String(cellValue(value))
  return text.length > HTML_CELL_CHARS ? `${text.slice(0, HTML_CELL_CHARS)}…` : text
}

function tableHtml(table: PackageTable, id: string, language: PackageInput['language']): string {
  const w = PACKAGE_WORDING[language]
  const count = table.rows.length
  const title = `<span class="collection">${e(table.name)}</span> <span class="count">(${e(w.records(count))})</span>`
  const description = table.description ? `<span class="description">${e(table.description)}</span>` : ''
  const file = `<p class="file">${e(w.csvFile(table.csvPath))}</p>`
  if (count === 0) {
    return `<div class="collection-block"><p class="caption">${title}${description}</p><p>${e(w.noRows)}</p></div>`
  }
  const caption = `<caption id="${id}">${title}${description}</caption>`
  const head = table.columns
    .map(
      (c) =>
        `<th scope="col"><span class="field">${e(c.name)}</span>${
          c.categoryLabel || c.category
            ? `<span class="category">${e(c.categoryLabel || c.category || '')}</span>`
            : ''
        }</th>`,
    )
    .join('')
  const body = table.rows
    .slice(0, HTML_ROWS_PER_TABLE)
    .map((row) => `<tr>${table.columns.map((c) => `<td>${e(shown(row[c.name]))}</td>`).join('')}</tr>`)
    .join('\n')
  const truncated =
    count > HTML_ROWS_PER_TABLE
      ? `<p class="note">${e(w.truncated(HTML_ROWS_PER_TABLE, count, table.csvPath))}</p>`
      : ''
  return `<div class="collection-block"><div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}"><table>${caption}<thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></div>${truncated}${file}</div>`
}

function systemsHtml(groups: readonly PackageTableGroup[], input: PackageInput): string {
  const w = PACKAGE_WORDING[input.language]
  if (groups.length === 0) return `<p>${e(w.noData[input.kind])}</p>`
  return groups
    .map((group, g) => {
      const name = group.system.systemName
      const dataset =
        group.system.datasetName && group.system.datasetName !== name
          ? `<p class="meta">${e(group.system.datasetName)}</p>`
          : ''
      const tables = group.tables.map((t, i) => tableHtml(t, `table-${g + 1}-${i + 1}`, input.language))
      return `<section class="system" aria-labelledby="system-${g + 1}"><h3 id="system-${g + 1}">${e(name)}</h3>${dataset}
${tables.join('\n')}
</section>`
    })
    .join('\n')
}

function informationHtml(sections: readonly PackageInformationSection[]): string {
  return sections
    .map((s) => {
      const parts = [
        `<h3>${e(s.heading)}</h3>`,
        ...s.paragraphs.map((p) => `<p>${e(p)}</p>`),
        ...(s.items.length > 0 ? [`<ul>${s.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`] : []),
        ...(s.address && s.address.length > 0 ? [`<address>${s.address.map(e).join('<br>')}</address>`] : []),
        ...(s.after ?? []).map((p) => `<p>${e(p)}</p>`),
      ]
      return parts.join('\n')
    })
    .join('\n')
}

function withheldHtml(input: PackageInput): string {
  const w = PACKAGE_WORDING[input.language]
  if (input.withheld.length === 0) return `<p>${e(w.nothingWithheld)}</p>`
  const c = w.withheldColumns
  const rows = input.withheld
    .map(
      (x) =>
        `<tr><td>${e(x.system)}</td><td>${e(x.collection)}</td><td class="number">${x.rows}</td><td>${e(x.reason)}</td></tr>`,
    )
    .join('\n')
  return `<p>${e(w.withheldIntro)}</p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="withheld"><table>
<thead><tr><th scope="col">${e(c.system)}</th><th scope="col">${e(c.collection)}</th><th scope="col">${e(c.rows)}</th><th scope="col">${e(c.reason)}</th></tr></thead>
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
  const sections: { id: string; heading: string; body: string }[] = [
    {
      id: 'contents',
      heading: w.contentsHeading,
      body: `<ul class="files">
<li><code>index.html</code> - ${e(w.contents.index)}</li>
<li><code>data.json</code> - ${e(w.contents.data)}</li>
<li><code>csv/</code> - ${e(w.contents.csv)}</li>
<li><code>README.txt</code> - ${e(w.contents.readme)}</li>
</ul>
<p>${e(w.totals(records, tables.length, groups.length))}</p>`,
    },
    { id: 'reading', heading: w.readingHeading, body: w.reading.map((p) => `<p>${e(p)}</p>`).join('\n') },
    { id: 'data', heading: w.dataHeading, body: systemsHtml(groups, input) },
    ...(input.information.length > 0
      ? [{ id: 'information', heading: w.informationHeading, body: informationHtml(input.information) }]
      : []),
    { id: 'withheld', heading: w.withheldHeading, body: withheldHtml(input) },
    {
      id: 'questions',
      heading: w.questionsHeading,
      body: `<p>${e(w.questions(orgName, request.reference, org.privacyEmail ?? null))}</p>
<p>${e(w.complaint(AUTHORITY_NAME[language], authorityWebsite(language)))}</p>`,
    },
  ]
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} - ${e(orgName)} - ${e(request.reference)}</title>
<style>${INDEX_CSS}</style>
</head>
<body>
<header>
<p class="org">${e(orgName)}</p>
<h1>${e(title)}</h1>
<p class="lead">${e(w.intro[input.kind](orgName, request.reference, received, generated))}</p>
<p>${e(w.controller(org.legalName || org.name, org.enterpriseNumber ?? null))}</p>
<p class="confidential">${e(w.confidential)}</p>
</header>
<nav aria-labelledby="toc"><h2 id="toc">${e(w.tableOfContents)}</h2><ol>
${sections.map((s) => `<li><a href="#${s.id}">${e(s.heading)}</a></li>`).join('\n')}
</ol></nav>
<main>
${sections
  .map(
    (s) => `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${e(s.heading)}</h2>\n${s.body}\n</section>`,
  )
  .join('\n')}
</main>
<footer><p>${e(w.prepared(generated))}</p></footer>
</body>
</html>
`
}
