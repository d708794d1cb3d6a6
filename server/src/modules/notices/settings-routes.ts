import { z } from 'zod'
import type { AppContext } from '../../context'
import type { Finding } from '../../domain/register/checks'
import type { Language } from '../../domain/register/localized'
import { noticeSection } from '../../domain/register/schema'
import { answerLanguage, slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { findingSchema, noticeSettingsFindings, noticeSettingsOf, saveNoticeSettings } from '../register'
import { noticeActions, noticeSettingsCanSchema, noticeSettingsPermissions } from './policy'

const settingsResponse = z.object({
  settings: noticeSection,
  can: noticeSettingsCanSchema,
  findings: z
    .array(findingSchema)
    .describe('what the register check finds about these settings (rules on notice.*), in `lang`'),
})
const languageQuery = z.strictObject({ lang: answerLanguage })

function worded(findings: readonly Finding[], lang: Language) {
  return findings.map((f) => ({ ...f, message: f.message[lang], fix: f.fix[lang] }))
}

/**
 * The notice settings: the register's `notice` section (what the notice states beyond the processing), read and
 * replaced as a whole. The controller's identity, contact and DPO are the organisation profile.
 */
export function registerNoticeSettingsRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/v1/orgs/:slug/notice/settings',
    {
      schema: {
        tags: tags.notice,
        summary: "The notice settings (the register's notice section)",
        params: slugParams,
        querystring: languageQuery,
        response: { 200: settingsResponse },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, noticeActions.read)
      const settings = noticeSettingsOf(organization)
      const lang = request.query.lang ?? organization.defaultLanguage
      const findings = await noticeSettingsFindings(ctx, organization, settings)
      return { settings, can: noticeSettingsPermissions(grant), findings: worded(findings, lang) }
    },
  )

  app.put(
    '/api/v1/orgs/:slug/notice/settings',
    {
      schema: {
        tags: tags.notice,
        summary:
          "Replace the notice settings (the register's notice section); a field left out is not stated",
        params: slugParams,
        querystring: languageQuery,
        body: noticeSection,
        response: { 200: settingsResponse },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, noticeActions.edit)
      const settings = await saveNoticeSettings(ctx, access.actor, access.organization, request.body)
      const lang = request.query.lang ?? access.organization.defaultLanguage
      const findings = await noticeSettingsFindings(ctx, access.organization, settings)
      return { settings, can: noticeSettingsPermissions(access.grant), findings: worded(findings, lang) }
    },
  )
}
