import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Language } from '../../api/types'
import { ImportCard } from './ImportCard'

/** Import of the JSON file the CNIL's PIA software exports (decision 0092); the file's validation is never taken over. */
export function CnilImport({
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
      kind="cnil-import"
      texts="dpia.cnilImport"
      send={(text, dryRun) =>
        call(
          api.POST('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/import/cnil-pia', {
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
      about={(p) => (p.piaName ? <p>{t('dpia.cnilImport.piaName', { name: p.piaName })}</p> : null)}
      decisionText={(p) => t('dpia.cnilImport.decisionNotCarried', { status: p.fileStatusLabel })}
      onImported={onImported}
    />
  )
}
