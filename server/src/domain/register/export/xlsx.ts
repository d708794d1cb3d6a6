import type ExcelJS from 'exceljs'
import {
  A4,
  addSheetTitle,
  addTableSheet,
  newWorkbook,
  styleHeaderCell,
  XLSX_HEADER_ROW,
} from '../../../lib/xlsx-table'
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

export { XLSX_HEADER_ROW }

function addRegisterTable(workbook: ExcelJS.Workbook, table: Table, ctx: ExportContext): void {
  addTableSheet(workbook, {
    sheetName: table.sheetName,
    title: table.title,
    subtitle: table.legend ?? `${ctx.t('generatedOn')} ${formatDate(ctx.generatedOn)}`,
    columns: table.columns,
    rows: table.rows,
    mandatoryNote: table.legend,
  })
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
  addSheetTitle(sheet, ctx.t(names.title), ctx.t('registerTitle'))
  sheet.getColumn(1).width = 46
  sheet.getColumn(2).width = 70
  const header = sheet.getRow(XLSX_HEADER_ROW)
  ;[ctx.t('item'), ctx.t('value')].forEach((text, index) => {
    const cell = header.getCell(index + 1)
    cell.value = text
    styleHeaderCell(cell)
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

  const workbook = await newWorkbook()
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
    addRegisterTable(workbook, table, ctx)
  }
  addPairsSheet(workbook, tables.notice, ctx, { sheet: 'sheetNotice', title: 'noticeTitle' })
  addRegisterTable(workbook, tables.cookies, ctx)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
