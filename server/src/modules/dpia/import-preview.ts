import { z } from 'zod'
import { STATUS_LABELS } from '../../domain/dpia/assessment-labels'
import type { Language } from '../../domain/register/localized'
import type { AssessmentVersion } from './assessment'

/**
 * What both imports (a Custos DPIA file, a CNIL PIA file) say of the version they follow: it stays in the history
 * unchanged, and its planned measures leave the assessment (their actions in the plan are closed).
 */
export const previousVersionSchema = z
  .object({
    version: z.number().int(),
    status: z.enum(['draft', 'validated', 'refused']),
    statusLabel: z.string(),
    plannedMeasures: z
      .number()
      .int()
      .describe('its planned measures: not in the import, their actions in the action plan are closed'),
  })
  .nullable()
  .describe('the newest version before the import; it stays in the history unchanged. null: none yet')

export function previousVersion(newest: AssessmentVersion | undefined, lang: Language) {
  return newest
    ? {
        version: newest.row.version,
        status: newest.status,
        statusLabel: STATUS_LABELS[newest.status][lang],
        plannedMeasures: newest.content.plannedMeasures.length,
      }
    : null
}
