import ExcelJS from 'exceljs'
import type { Language } from '../localized'
import type { RegisterDocument } from '../schema'
import { type ExportContext, type ExportOptions, exportContext } from './context'
import { formatDate } from './format'
import type { Pair } from './identification'
import { registerTables } from './register-tables'
import type { Table } from './table'

/**
 * The register as an Excel workbook after the GBA/APD register model: controller identification, the
 * controller register (Art. 30(1)), the processor register (Art. 30(2)), then systems, vendors, retention
 * periods and security measures. Mandatory columns carry " *", a red header and a note.
 */

/** Row 1 is the sheet title, row 2 the legend, row 3 the column headers. */
export const XLSX_HEADER_ROW = 3

const HEADER_FILL = 'FF1F4E79'
const MANDATORY_FILL = 'FF9C0006'
const WHITE = 'FFFFFFFF'
const A4 = 9

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } }
}

function addTitle(sheet: ExcelJS.Worksheet, title: string, subtitle: string): void {
  sheet.getCell(1, 1).value = title
  sheet.getCell(1, 1).font = { bold: true, size: 13 }
  sheet.getCell(2, 1).value = subtitle
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF595959' } }
}

function addTableSheet(workbook: ExcelJS.Workbook, table: Table, ctx: ExportContext): void {
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: XLSX_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: A4, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  addTitle(sheet, table.title, table.legend ?? `${ctx.t('generatedOn')} ${formatDate(ctx.generatedOn)}`)
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width
  })

  const header = sheet.getRow(XLSX_HEADER_ROW)
  header.height = 48
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1)
    cell.value = column.header
    cell.font = { bold: true, color: { argb: WHITE } }
    cell.fill = solid(column.mandatory ? MANDATORY_FILL : HEADER_FILL)
    cell.alignment = { wrapText: true, vertical: 'top' }
    if (column.mandatory && table.legend !== undefined) cell.note = table.legend
  })

  table.rows.forEach((cells, offset) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + 1 + offset)
    cells.forEach((items, index) => {
      const cell = row.getCell(index + 1)
      cell.alignment = { wrapText: true, vertical: 'top' }
      if (items.length > 0) cell.value = items.join('\n')
    })
  })

  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: XLSX_HEADER_ROW + table.rows.length, column: table.columns.length },
  }
  sheet.pageSetup.printTitlesRow = `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`
}

function addPairsSheet(
  workbook: ExcelJS.Workbook,
  pairs: readonly Pair[],
  ctx: ExportContext,
  names: { sheet: 'sheetController' | 'sheetNotice'; title: 'controllerTitle' | 'noticeTitle' },
): void {
  const sheet = workbook.addWorksheet(ctx.t(names.sheet), {
    pageSetup: { orientation: 'portrait', paperSize: A4, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  addTitle(sheet, ctx.t(names.title), ctx.t('registerTitle'))
  sheet.getColumn(1).width = 46
  sheet.getColumn(2).width = 70
  const header = sheet.getRow(XLSX_HEADER_ROW)
  ;[ctx.t('item'), ctx.t('value')].forEach((text, index) => {
    const cell = header.getCell(index + 1)
    cell.value = text
    cell.font = { bold: true, color: { argb: WHITE } }
    cell.fill = solid(HEADER_FILL)
  })
  pairs.forEach((pair, offset) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + 1 + offset)
    row.getCell(1).value = pair.label
    row.getCell(1).font = { bold: true }
    if (pair.value !== '') row.getCell(2).value = pair.value
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' }
  })
}

export async function registerToXlsx(
  doc: RegisterDocument,
  language: Language,
  options: ExportOptions = {},
): Promise<Buffer> {
  const ctx = exportContext(doc, language, options)
  const tables = registerTables(ctx)
  const now = options.now ?? new Date()

  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Custos'
  workbook.lastModifiedBy = 'Custos'
  workbook.created = now
  workbook.modified = now
  workbook.title = `${ctx.t('registerTitle')} - ${doc.organization.name}`
  workbook.company = doc.organization.legalName ?? doc.organization.name

  addPairsSheet(workbook, tables.identification, ctx, { sheet: 'sheetController', title: 'controllerTitle' })
  for (const table of [
    tables.controllerActivities,
    tables.processorActivities,
    tables.systems,
    tables.vendors,
    tables.retentionRules,
    tables.measures,
  ]) {
    addTableSheet(workbook, table, ctx)
  }
  addPairsSheet(workbook, tables.notice, ctx, { sheet: 'sheetNotice', title: 'noticeTitle' })
  addTableSheet(workbook, tables.cookies, ctx)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
