import { z } from 'zod'
import type { AppContext } from '../../context'
import { noticeSection } from '../../domain/register/schema'
import { slugParams, tags } from '../../http/common-schemas'
import { orgAccess } from '../../http/org-access'
import type { App } from '../../http/types'
import { noticeSettingsOf, saveNoticeSettings } from '../register'
import { noticeActions, noticeSettingsCanSchema, noticeSettingsPermissions } from './policy'

const settingsResponse = z.object({ settings: noticeSection, can: noticeSettingsCanSchema })

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
        response: { 200: settingsResponse },
      },
    },
    async (request) => {
      const { organization, grant } = await orgAccess(ctx, request, request.params.slug, noticeActions.read)
      return { settings: noticeSettingsOf(organization), can: noticeSettingsPermissions(grant) }
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
        body: noticeSection,
        response: { 200: settingsResponse },
      },
    },
    async (request) => {
      const access = await orgAccess(ctx, request, request.params.slug, noticeActions.edit)
      const settings = await saveNoticeSettings(ctx, access.actor, access.organization, request.body)
      return { settings, can: noticeSettingsPermissions(access.grant) }
    },
  )
}
