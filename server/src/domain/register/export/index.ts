/** Exports of the register of processing activities (Art. 30 GDPR): Excel after the GBA model, CSV and a PDF report. */

export type { ExportOptions } from './context'
export { type CsvOptions, registerToCsv } from './csv'
export { registerToPdf } from './pdf'
export { registerToXlsx, XLSX_HEADER_ROW } from './xlsx'

export const REGISTER_EXPORT_FORMATS = [
  {
    format: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  { format: 'csv', mediaType: 'text/csv; charset=utf-8', extension: 'csv' },
  { format: 'pdf', mediaType: 'application/pdf', extension: 'pdf' },
] as const

export type RegisterExportFormat = (typeof REGISTER_EXPORT_FORMATS)[number]['format']
