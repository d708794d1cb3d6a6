import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language } from '../../api/types'
import { ImportCard } from './ImportCard'

/**
 * Import of a DPIA exported from Custos (decision 0099): always a new draft version, never over an existing one;
 * where the file came from is shown, its decision is never taken over.
 */
export function DpiaFileImport({
  slug,
  activityKey,
  language,
  onImported,
}: {
  slug: string
  activityKey: string
  language: Language
  onImported: (version: number) => void
}) {
  const { t } = useTranslation()
  return (
    <ImportCard
      kind="dpia-import"
      texts="dpia.fileImport"
      send={(text, dryRun) =>
        call(
          api.POST('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/import', {
            params: {
              path: { slug, activityKey },
              query: { lang: language, dryRun: dryRun ? 'true' : 'false' },
            },
            body: text as never,
            bodySerializer: (body: unknown) => body as string,
            headers: { 'Content-Type': 'application/json' },
          }),
        )
      }
      about={(p) => (
        <>
          <p data-testid="dpia-import-from">
            {p.fromVersion === null
              ? t('dpia.fileImport.fromNoVersion', { activity: p.fromActivityKey })
              : t('dpia.fileImport.from', {
                  activity: p.fromActivityKey,
                  version: p.fromVersion,
                  status: (p.fromStatusLabel ?? '').toLowerCase(),
                })}
          </p>
          {p.content.plannedMeasures?.length ? <p>{t('dpia.fileImport.measures')}</p> : null}
        </>
      )}
      decisionText={(p) =>
        t('dpia.fileImport.decisionNotCarried', { status: (p.fromStatusLabel ?? '').toLowerCase() })
      }
      onImported={onImported}
    />
  )
}
