import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useFlash } from '../../app/flash'
import { listPageOf, type Segment } from '../../app/registerRoutes'
import { registerHref } from '../../app/routes'
import { Alert } from '../../components/feedback/Alert'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { catalogueEntry } from '../../components/register/catalogueEntries'
import { EntryActions } from '../../components/register/EntryActions'
import { entriesOf } from '../../components/register/entries'
import { EntryForm } from '../../components/register/entries/EntryForm'
import { KIND_FORMS } from '../../components/register/entries/kindForms'
import { useRegisterData } from '../../components/register/useRegisterData'

type OtherSegment = Exclude<Segment, 'activities'>

interface Props {
  membership: Membership
  segment: OtherSegment
  /** null: a new entry. */
  entryKey: string | null
  /** For a new retention rule or measure: the built-in entry it starts from. */
  from?: string | undefined
}

/** The editor of one system, vendor, retention rule, measure or own category. */
export function EntryPage({ membership, segment, entryKey, from }: Props) {
  const { t } = useTranslation()
  const { slug } = membership
  const register = useRegisterData(slug, { segment })
  const [notice, setNotice] = useFlash()
  const kind = KIND_FORMS[segment]
  const data = register.data
  const entry = entryKey && data ? entriesOf(data.doc, segment).find((e) => e.key === entryKey) : undefined
  const name = entry && data ? kind.nameOf(entry as never, data.lookup) || entry.key : null
  const title =
    entryKey === null ? t(`register.newTitles.${segment}`) : (name ?? t(`register.kinds.${segment}`))
  return (
    <>
      <p className="breadcrumb">
        <a href={registerHref(slug, { view: listPageOf(segment) })}>
          ← {t(`register.nav.${listPageOf(segment)}`)}
        </a>
      </p>
      <PageTitle>{title}</PageTitle>
      <ResourceView resource={register}>
        {(loaded) => {
          // From the entries' response: a new entry needs create, an existing one update (or delete).
          const canWrite = entryKey === null ? loaded.can.create : loaded.can.update
          if (entryKey !== null && !entry) return <Alert>{t('errors.notFound')}</Alert>
          if (entryKey === null && !canWrite) return <Alert>{t('errors.forbidden')}</Alert>
          return (
            <>
              {entry ? (
                <>
                  <p className="lead">
                    {t(`register.kinds.${segment}`)} · {t('register.form.keyLine')} <code>{entry.key}</code>
                  </p>
                  <EntryActions
                    slug={slug}
                    segment={segment}
                    entryKey={entry.key}
                    name={name ?? entry.key}
                    canDelete={loaded.can.delete}
                  />
                </>
              ) : null}
              <Notice>{notice}</Notice>
              <EntryForm
                slug={slug}
                segment={segment}
                existing={entry ?? null}
                empty={() => {
                  const start =
                    from && (segment === 'retention-rules' || segment === 'measures')
                      ? catalogueEntry(loaded.catalogue, segment, from)
                      : undefined
                  return (start ?? kind.empty()) as never
                }}
                nameOf={(e) => kind.nameOf(e as never, loaded.lookup)}
                required={(e) => kind.required(e as never, loaded.lookup)}
                fields={(props) => kind.fields(props as never, loaded)}
                readOnly={!canWrite}
                onSaved={(changed) => {
                  setNotice(changed ? t('common.saved') : t('register.form.unchanged'))
                  register.reload()
                }}
              />
            </>
          )
        }}
      </ResourceView>
    </>
  )
}
