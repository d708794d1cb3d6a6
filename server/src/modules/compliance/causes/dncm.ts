import { suppressionOverview } from '../../suppression'
import type { CauseSource } from './source'

/** The copy of the Do Not Call Me list in use is older than the days it may be used (consult a fresh one). */
export const DNCM_STALE_SOURCE = 'suppression.dncm_stale'

/**
 * Only an organisation that uses the DNCM list (it imported a copy) is asked to keep it fresh: one that never
 * imported one does not call consumers for marketing as far as Custos knows, and gets no action.
 */
export const dncmStale: CauseSource = {
  source: DNCM_STALE_SOURCE,
  async list(ctx, org, now) {
    const { dncm } = await suppressionOverview(ctx, org, now)
    const fileDate = dncm.current?.file_date
    if (!fileDate || dncm.fresh) return []
    const until = dncm.usableUntil ?? fileDate
    return [
      {
        sourceKey: 'dncm',
        title: {
          nl: `De Bel-me-niet-meer-lijst in gebruik (van ${fileDate}) mocht tot ${until} gebruikt worden - importeer een recente lijst vóór u belt`,
          fr: `La liste Ne-m’appelez-plus utilisée (du ${fileDate}) pouvait servir jusqu’au ${until} - importez une liste récente avant d’appeler`,
          en: `The Do Not Call Me list in use (of ${fileDate}) could be used until ${until} - import a recent list before calling`,
        },
        link: `/orgs/${org.slug}/suppression`,
        priority: 'high' as const,
      },
    ]
  },
}
