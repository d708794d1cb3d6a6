import { permissions } from '../../auth/policy'
import type { AppContext } from '../../context'
import { NotFound } from '../../domain/errors'
import type { orgAccess } from '../../http/org-access'
import { loadAssessment } from './assessment'
import { presentAssessment } from './assessment-presenter'
import { dpiaActions } from './policy'

/** The DPIA of an activity as the API answers it: the version asked for (default the newest), in `lang`. */
export async function assessmentAnswer(
  ctx: AppContext,
  request: {
    params: { slug: string; activityKey: string }
    query: { lang?: 'nl' | 'fr' | 'en' | undefined }
  },
  access: Awaited<ReturnType<typeof orgAccess>>,
  versionNumber?: number,
) {
  const loaded = await loadAssessment(ctx, access.organization, request.params.activityKey)
  if (versionNumber !== undefined && !loaded.versions.some((v) => v.row.version === versionNumber))
    throw new NotFound('dpia_assessment')
  const l = request.query.lang ?? access.organization.defaultLanguage
  return {
    ...presentAssessment(loaded, l, versionNumber),
    can: permissions(access.grant, { write: dpiaActions.write, attach: dpiaActions.attach }),
  }
}
