import type { TFunction } from 'i18next'
import type { CompletenessItem } from '../../api/types'
import { noticeHref, orgHref, registerHref } from '../../app/routes'

type FixAt = NonNullable<CompletenessItem['fixAt']>

/**
 * Where an element missing from the notice is fixed: an activity, vendor or system in its register editor, the
 * organisation profile on the settings page, and what the profile form has no field for (the EU representative,
 * the notice settings such as the cookie policy address) in the register file, on the import page.
 */
export function fixLinkOf(t: TFunction, slug: string, fixAt: FixAt): { href: string; label: string } | null {
  const { type, key } = fixAt
  switch (type) {
    case 'activity':
      return key
        ? {
            href: registerHref(slug, { view: 'entry', segment: 'activities', key }),
            label: t('notice.fix.activity', { key }),
          }
        : { href: registerHref(slug, { view: 'activities' }), label: t('notice.fix.activities') }
    case 'vendor':
      return key
        ? {
            href: registerHref(slug, { view: 'entry', segment: 'vendors', key }),
            label: t('notice.fix.vendor', { key }),
          }
        : { href: registerHref(slug, { view: 'vendors' }), label: t('notice.fix.vendors') }
    case 'system':
      return key
        ? {
            href: registerHref(slug, { view: 'entry', segment: 'systems', key }),
            label: t('notice.fix.system', { key }),
          }
        : { href: registerHref(slug, { view: 'systems' }), label: t('notice.fix.systems') }
    case 'organization':
      return fixAt.path.startsWith('organization.representative')
        ? { href: registerHref(slug, { view: 'import' }), label: t('notice.fix.registerFile') }
        : { href: orgHref(slug, 'settings'), label: t('notice.fix.organization') }
    case 'notice':
      // The cookie inventory is entered in the register file; the other statements on the settings page.
      return fixAt.path.startsWith('notice.cookies')
        ? { href: registerHref(slug, { view: 'import' }), label: t('notice.fix.registerFile') }
        : { href: noticeHref(slug, { view: 'settings' }), label: t('notice.fix.noticeSettings') }
    default:
      return null
  }
}
