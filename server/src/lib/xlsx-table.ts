import type ExcelJS from 'exceljs'

/**
 * One table as one worksheet, the shape every Custos spreadsheet export shares (the register after the GBA/APD
 * model, the register of breaches): row 1 the title, row 2 a subtitle, row 3 the column headers - white on dark
 * blue, red for a mandatory column - frozen with the first columns, an auto-filter, then one row per item with
 * each cell's items on separate lines; landscape A4, fitted to the page width, headers repeated on every page.
 */

/** Row 1 is the sheet title, row 2 the subtitle, row 3 the column headers. */
export const XLSX_HEADER_ROW = 3

const HEADER_FILL = 'FF1F4E79'
const MANDATORY_FILL = 'FF9C0006'
const WHITE = 'FFFFFFFF'
export const A4 = 9

export interface SheetColumn {
  readonly header: string
  /** Approximate width in characters. */
  readonly width: number
  readonly mandatory?: boolean
}

export interface SheetTable {
  readonly sheetName: string
  readonly title: string
  readonly subtitle: string
  readonly columns: readonly SheetColumn[]
  /**
   * One list of items per cell, on separate lines; an empty list leaves the cell empty; one number stays a number;
   * one date (a calendar day at UTC midnight, see `excelDate`) is a real date cell shown dd/mm/yyyy.
   */
  readonly rows: readonly (readonly (readonly SheetItem[])[])[]
  /** A note on each mandatory column's header (what the mark means). */
  readonly mandatoryNote?: string | undefined
  /** Columns kept in view when scrolling sideways. */
  readonly frozenColumns?: number
}

/** What a cell can hold: text, a number, or a calendar day. */
export type SheetItem = string | number | Date

/** The format of a date cell: Belgians write a date dd/mm/yyyy in nl, fr and en alike. */
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy'

/** A calendar day (yyyy-mm-dd) as the Date a date cell takes: that day at UTC midnight, which Excel shows as is. */
export function excelDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

/** A calendar day as text, dd/mm/yyyy (for a date inside a sentence). */
export function dayText(isoDate: string): string {
  const [y, m, d] = isoDate.split('-')
  return `${d}/${m}/${y}`
}

const textOf = (item: SheetItem) =>
  item instanceof Date ? dayText(item.toISOString().slice(0, 10)) : String(item)

/**
 * A new workbook. exceljs (with its zip, stream and XML dependencies) is loaded when the first workbook is made, not
 * when the server starts: it was ~10 % of the embedded server's start-up CPU (issue 14, target 4).
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs')
  return new excel.Workbook()
}

export function solidFill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } }
}

/** Writes the title and subtitle rows of a sheet. */
export function addSheetTitle(sheet: ExcelJS.Worksheet, title: string, subtitle: string): void {
  sheet.getCell(1, 1).value = title
  sheet.getCell(1, 1).font = { bold: true, size: 13 }
  sheet.getCell(2, 1).value = subtitle
  sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF595959' } }
}

/** The header cell style shared by every sheet. */
export function styleHeaderCell(cell: ExcelJS.Cell, mandatory = false): void {
  cell.font = { bold: true, color: { argb: WHITE } }
  cell.fill = solidFill(mandatory ? MANDATORY_FILL : HEADER_FILL)
}

export function addTableSheet(workbook: ExcelJS.Workbook, table: SheetTable): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', xSplit: table.frozenColumns ?? 2, ySplit: XLSX_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', paperSize: A4, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  addSheetTitle(sheet, table.title, table.subtitle)
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width
  })

  const header = sheet.getRow(XLSX_HEADER_ROW)
  header.height = 48
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1)
    cell.value = column.header
    styleHeaderCell(cell, column.mandatory)
    cell.alignment = { wrapText: true, vertical: 'top' }
    if (column.mandatory && table.mandatoryNote !== undefined) cell.note = table.mandatoryNote
  })

  table.rows.forEach((cells, offset) => {
    const row = sheet.getRow(XLSX_HEADER_ROW + 1 + offset)
    cells.forEach((items, index) => {
      const cell = row.getCell(index + 1)
      cell.alignment = { wrapText: true, vertical: 'top' }
      const [only] = items
      if (items.length === 1 && only instanceof Date) {
        cell.value = only
        cell.numFmt = XLSX_DATE_FORMAT
      } else if (items.length === 1) cell.value = only as string | number
      else if (items.length > 1) cell.value = items.map(textOf).join('\n')
    })
  })

  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: XLSX_HEADER_ROW + table.rows.length, column: table.columns.length },
  }
  sheet.pageSetup.printTitlesRow = `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`
  return sheet
}
