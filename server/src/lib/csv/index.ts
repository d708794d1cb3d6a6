export { type CsvEncoding, CsvEncodingError } from './decode'
export {
  type CsvReadOptions,
  type CsvRecord,
  type CsvSeparator,
  detectSeparator,
  readCsv,
  readCsvText,
} from './read'
export {
  type CsvDelimiter,
  type CsvValue,
  type CsvWriteOptions,
  csvDocument,
  csvRecords,
  neutraliseFormula,
} from './write'
