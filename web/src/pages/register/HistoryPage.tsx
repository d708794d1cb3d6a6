import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import type { Segment } from '../../app/registerRoutes'
import { registerHref } from '../../app/routes'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { VersionList } from '../../components/register/history/VersionList'
import { valueLabel } from '../../components/register/history/valueLabel'
import { type LocalizedText, textIn } from '../../components/register/localized'
import { loadHistory } from '../../components/register/registerApi'
import type { EntryVersion } from '../../components/register/types'
import { useRegisterData } from '../../components/register/useRegisterData'
import { isLanguage } from '../../i18n/language'

interface Props {
  membership: Membership
  segment: Segment
  entryKey: string
}

/** The entry's name in its newest version that has one (a deleted entry's last version has no data). */
function useNameOf() {
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'nl'
  return (versions: EntryVersion[] | undefined) => {
    const data = [...(versions ?? [])].sort((a, b) => b.version - a.version).find((v) => v.data)?.data
    const name = data?.name ?? data?.label
    return typeof name === 'string' || (typeof name === 'object' && name !== null)
      ? textIn(name as LocalizedText, language)
      : undefined
  }
}

/** Every version of one register entry, newest first, with who changed what. */
export function HistoryPage({ membership, segment, entryKey }: Props) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(() => loadHistory(slug, segment, entryKey), [slug, segment, entryKey])
  const history = useResource(load)
  const nameOf = useNameOf()
  const register = useRegisterData(slug)
  const lookup = register.data?.lookup
  const labelOf = (path: string, value: unknown) =>
    lookup ? valueLabel(t, lookup, segment, path, value) : undefined
  return (
    <>
      <p className="breadcrumb">
        <a href={registerHref(slug, { view: 'entry', segment, key: entryKey })}>
          ← {t('register.history.back')}
        </a>
      </p>
      <PageTitle>{t('register.history.title', { name: nameOf(history.data) ?? entryKey })}</PageTitle>
      <p className="lead">
        {t(`register.kinds.${segment}`)} · <code>{entryKey}</code>
      </p>
      <ResourceView resource={history}>
        {(versions) => <VersionList versions={versions} labelOf={labelOf} />}
      </ResourceView>
    </>
  )
}
