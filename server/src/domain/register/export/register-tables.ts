import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from './activity-columns'
import type { ExportContext } from './context'
import { controllerIdentification, type Pair } from './identification'
import { COOKIE_COLUMNS, noticeStatements } from './notice-statements'
import {
  MEASURE_COLUMNS,
  RETENTION_COLUMNS,
  RETENTION_ENFORCED_COLUMN,
  SYSTEM_COLUMNS,
  VENDOR_COLUMNS,
} from './reference-columns'
import { buildTable, type Table } from './table'

/** The whole register as language-resolved tables, in the order of the exports. */
export interface RegisterTables {
  readonly identification: readonly Pair[]
  readonly controllerActivities: Table
  readonly processorActivities: Table
  readonly systems: Table
  readonly vendors: Table
  readonly retentionRules: Table
  readonly measures: Table
  /** What the privacy notice states (the register's notice section), for the spreadsheet. */
  readonly notice: readonly Pair[]
  readonly cookies: Table
}

export function registerTables(ctx: ExportContext): RegisterTables {
  const { doc } = ctx
  const asController = doc.activities.filter((a) => a.role !== 'processor')
  const asProcessor = doc.activities.filter((a) => a.role === 'processor')
  return {
    identification: controllerIdentification(ctx),
    controllerActivities: buildTable(
      {
        sheet: 'sheetControllerRegister',
        title: 'controllerActivitiesTitle',
        legend: 'legendController',
        columns: CONTROLLER_COLUMNS,
      },
      asController,
      ctx,
    ),
    processorActivities: buildTable(
      {
        sheet: 'sheetProcessorRegister',
        title: 'processorActivitiesTitle',
        legend: 'legendProcessor',
        columns: PROCESSOR_COLUMNS,
      },
      asProcessor,
      ctx,
    ),
    systems: buildTable(
      { sheet: 'sheetSystems', title: 'systemsTitle', columns: SYSTEM_COLUMNS },
      doc.systems,
      ctx,
    ),
    vendors: buildTable(
      { sheet: 'sheetVendors', title: 'vendorsTitle', columns: VENDOR_COLUMNS },
      doc.vendors,
      ctx,
    ),
    retentionRules: buildTable(
      {
        sheet: 'sheetRetention',
        title: 'retentionTitle',
        columns: ctx.retentionEnforcement
          ? [...RETENTION_COLUMNS, RETENTION_ENFORCED_COLUMN]
          : RETENTION_COLUMNS,
      },
      doc.retentionRules,
      ctx,
    ),
    measures: buildTable(
      { sheet: 'sheetMeasures', title: 'measuresTitle', columns: MEASURE_COLUMNS },
      doc.measures,
      ctx,
    ),
    notice: noticeStatements(ctx),
    cookies: buildTable(
      { sheet: 'sheetCookies', title: 'cookiesTitle', columns: COOKIE_COLUMNS },
      doc.notice.cookies ?? [],
      ctx,
    ),
  }
}
