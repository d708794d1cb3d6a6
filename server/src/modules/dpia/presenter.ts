import { SCREENING_RESULT_LABELS } from '../../domain/dpia/screening'
import { DPIA_CRITERION_LABELS } from '../../domain/register/catalogue'
import { type Language, textIn } from '../../domain/register/localized'
import type { ActivityScreening } from './screening'

/** What leaves the server about an activity's screening, worded in `lang`. */
export function presentScreening(item: ActivityScreening, lang: Language) {
  const { activity, suggestion, screening } = item
  return {
    activityKey: activity.key,
    activityName: textIn(activity.name, lang) ?? activity.key,
    activityVersion: item.activityVersion,
    suggestion: {
      criteria: suggestion.criteria.map((c) => ({
        criterion: c.criterion,
        label: DPIA_CRITERION_LABELS[c.criterion].label[lang],
        reasons: c.reasons.map((r) => ({ code: r.code, keys: [...r.keys] })),
      })),
      gbaItems: suggestion.gbaItems.map((g) => ({
        item: g.item,
        reasons: g.reasons.map((r) => ({ code: r.code, keys: [...r.keys] })),
      })),
      signals: suggestion.signals.map((r) => ({ code: r.code, keys: [...r.keys] })),
      result: suggestion.result,
      resultLabel: SCREENING_RESULT_LABELS[suggestion.result][lang],
    },
    screening: screening
      ? {
          criteria: screening.criteria,
          gbaItems: screening.gba_items,
          result: screening.result as 'required' | 'recommended' | 'not_required',
          resultLabel: SCREENING_RESULT_LABELS[screening.result as 'required'][lang],
          reason: screening.reason,
          activityVersion: screening.activity_version,
          confirmedBy: screening.confirmed_by_label,
          confirmedAt: screening.confirmed_at.toISOString(),
        }
      : null,
    stale: item.stale,
    assessed: item.assessed,
  }
}
