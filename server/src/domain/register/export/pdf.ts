import { usePdfFonts } from '../../../lib/pdf/fonts'
import { newPdfDocument } from '../../../lib/pdf/pdf-document'
import type { Language } from '../localized'
import type { RegisterDocument } from '../schema'
import { type ExportContext, type ExportOptions, exportContext } from './context'
import { formatDate, formatEnterprise } from './format'
import { PdfWriter } from './pdf-writer'
import { type RegisterTables, registerTables } from './register-tables'
import { cellOf, type Table } from './table'

/**
 * The register as an A4 report for an auditor: a title page, the controller's identification, one section per
 * activity (as controller, then as processor) with its fields as label/value pairs, then systems, vendors,
 * retention periods and security measures. Footer: "p. X / Y".
 */

const MARGINS = { top: 56, bottom: 56, left: 56, right: 56 }

function titlePage(writer: PdfWriter, tables: RegisterTables, ctx: ExportContext): void {
  const org = ctx.doc.organization
  writer.space(150)
  writer.title(ctx.t('registerTitle'), 24)
  writer.space(18)
  writer.title(org.name, 18, '#222222')
  if (org.legalName !== undefined && org.legalName !== org.name) writer.line(org.legalName, { size: 12 })
  if (org.enterpriseNumber !== undefined) {
    writer.line(`${ctx.t('enterpriseNumber')}${ctx.colon}${formatEnterprise(org.enterpriseNumber)}`, {
      size: 11,
    })
  }
  writer.space(24)
  writer.line(`${ctx.t('generatedOn')}${ctx.colon}${formatDate(ctx.generatedOn)}`, { size: 11 })
  writer.line(`${ctx.t('activityCount')}${ctx.colon}${ctx.doc.activities.length}`, { size: 11 })
  writer.space(40)
  for (const legend of [tables.controllerActivities.legend, tables.processorActivities.legend]) {
    if (legend !== undefined) writer.line(legend, { size: 9, muted: true })
  }
}

/** One block per row: the name as heading, the key as note, then every non-empty (or mandatory) field. */
function rowBlocks(writer: PdfWriter, table: Table, ctx: ExportContext, numbered: boolean): void {
  if (table.rows.length === 0) {
    writer.line(ctx.t('noEntries'), { muted: true })
    return
  }
  table.rows.forEach((row, index) => {
    const name = cellOf(table, row, 'name').join(' ')
    const key = cellOf(table, row, 'key').join(' ')
    writer.subheading(numbered ? `${index + 1}. ${name}` : name, `${ctx.t('reference')}${ctx.colon}${key}`)
    table.columns.forEach((column, columnIndex) => {
      if (column.id === 'name' || column.id === 'key') return
      const values = row[columnIndex] ?? []
      if (values.length > 0) writer.field(column.header, values)
      else if (column.mandatory) writer.field(column.header, [ctx.t('notProvided')], { placeholder: true })
    })
    writer.space(8)
  })
}

function render(writer: PdfWriter, tables: RegisterTables, ctx: ExportContext): void {
  titlePage(writer, tables, ctx)

  writer.newPage()
  writer.heading(ctx.t('controllerTitle'))
  for (const pair of tables.identification) {
    if (pair.value !== '') writer.field(pair.label, [pair.value])
  }

  writer.newPage()
  writer.heading(tables.controllerActivities.title)
  rowBlocks(writer, tables.controllerActivities, ctx, true)

  for (const table of [
    tables.processorActivities,
    tables.systems,
    tables.vendors,
    tables.retentionRules,
    tables.measures,
  ]) {
    writer.space(16)
    writer.heading(table.title)
    rowBlocks(writer, table, ctx, table === tables.processorActivities)
  }
}

export async function registerToPdf(
  doc: RegisterDocument,
  language: Language,
  options: ExportOptions = {},
): Promise<Buffer> {
  const ctx = exportContext(doc, language, options)
  const tables = registerTables(ctx)
  const title = `${ctx.t('registerTitle')} - ${doc.organization.name}`
  const pdf = newPdfDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: language,
    displayTitle: true,
    info: {
      Title: title,
      Author: doc.organization.name,
      Creator: 'Custos',
      CreationDate: options.now ?? new Date(),
    },
  })
  usePdfFonts(pdf)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
  })
  const writer = new PdfWriter(pdf)
  render(writer, tables, ctx)
  writer.footer(title, (page, total) => `${ctx.t('page')} ${page} / ${total}`)
  pdf.end()
  return done
}
