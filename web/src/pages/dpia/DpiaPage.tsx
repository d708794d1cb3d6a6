import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { TableWrap } from '../../components/TableWrap'

type Screenings =
  paths['/api/v1/orgs/{slug}/dpia/screenings']['get']['responses'][200]['content']['application/json']
type Screening = Screenings['items'][number]
type Criterion = Parameters<typeof confirmBody>[0]['criteria'][number]
type GbaItem = NonNullable<Parameters<typeof confirmBody>[0]['gbaItems']>[number]

function confirmBody(
  body: paths['/api/v1/orgs/{slug}/dpia/screenings/{activityKey}']['put']['requestBody']['content']['application/json'],
) {
  return body
}

/** DPIA screening per activity (issue 21 item 1): suggested criteria, a person confirms with a reason. */
export function DpiaPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { slug } = membership
  const load = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/dpia/screenings', {
          params: { path: { slug }, query: { lang: language } },
        }),
      ),
    [slug, language],
  )
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [openKey, setOpenKey] = useState<string | null>(null)
  return (
    <>
      <PageTitle>{t('dpia.screening.title')}</PageTitle>
      <p className="lead">{t('dpia.screening.intro')}</p>
      <Notice>{notice}</Notice>
      <ResourceView resource={data}>
        {(d) =>
          d.items.length === 0 ? (
            <p>{t('dpia.screening.none')}</p>
          ) : (
            <>
              <TableWrap label={t('dpia.screening.title')}>
                <table className="table" data-testid="dpia-screenings">
                  <thead>
                    <tr>
                      <th scope="col">{t('dpia.screening.activity')}</th>
                      <th scope="col">{t('dpia.screening.suggested')}</th>
                      <th scope="col">{t('dpia.screening.confirmed')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('dpia.screening.open')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((item) => (
                      <ScreeningRow
                        key={item.activityKey}
                        item={item}
                        slug={slug}
                        canWrite={d.can.write}
                        onOpen={() => setOpenKey(openKey === item.activityKey ? null : item.activityKey)}
                      />
                    ))}
                  </tbody>
                </table>
              </TableWrap>
              {openKey && d.can.write ? (
                <ScreeningForm
                  key={openKey}
                  slug={slug}
                  data={d}
                  item={d.items.find((i) => i.activityKey === openKey) as Screening}
                  onDone={(message) => {
                    setNotice(message)
                    setOpenKey(null)
                    data.reload()
                  }}
                />
              ) : null}
            </>
          )
        }
      </ResourceView>
    </>
  )
}

function ScreeningRow({
  item,
  slug,
  canWrite,
  onOpen,
}: {
  item: Screening
  slug: string
  canWrite: boolean
  onOpen: () => void
}) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  return (
    <tr data-testid={`screening-${item.activityKey}`}>
      <th scope="row">{item.activityName}</th>
      <td>
        <strong>{item.suggestion.resultLabel}</strong>
        {item.suggestion.criteria.length > 0 ? (
          <ul className="plain-list">
            {item.suggestion.criteria.map((c) => (
              <li key={c.criterion}>{c.label}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        {item.screening
          ? t('dpia.screening.by', {
              result: item.screening.resultLabel,
              by: item.screening.confirmedBy,
              at: date(item.screening.confirmedAt),
            })
          : t('dpia.screening.notScreened')}
        {item.stale ? <p className="badge badge-warning">{t('dpia.screening.stale')}</p> : null}
        {item.assessed ? <p className="badge badge-success">{t('dpia.screening.assessed')}</p> : null}
      </td>
      <td>
        {canWrite ? (
          <button type="button" className="button-secondary" onClick={onOpen}>
            {t('dpia.screening.open')}
            <span className="visually-hidden"> {item.activityName}</span>
          </button>
        ) : null}{' '}
        <a href={`#/orgs/${encodeURIComponent(slug)}/dpia/${encodeURIComponent(item.activityKey)}`}>
          {t('dpia.screening.assessment')}
          <span className="visually-hidden"> {item.activityName}</span>
        </a>
      </td>
    </tr>
  )
}

function ScreeningForm({
  slug,
  data,
  item,
  onDone,
}: {
  slug: string
  data: Screenings
  item: Screening
  onDone: (message: string) => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const suggestedCriteria = item.suggestion.criteria.map((c) => c.criterion)
  const suggestedGba = item.suggestion.gbaItems.map((g) => g.item)
  const [criteria, setCriteria] = useState<string[]>(item.screening?.criteria ?? suggestedCriteria)
  const [gba, setGba] = useState<string[]>(item.screening?.gbaItems ?? suggestedGba)
  const [reason, setReason] = useState(item.screening?.reason ?? '')
  const [error, setError] = useState<unknown>(null)
  const toggle = (list: string[], key: string) =>
    list.includes(key) ? list.filter((k) => k !== key) : [...list, key]
  const submit = async () => {
    setError(null)
    try {
      const saved = await call(
        api.PUT('/api/v1/orgs/{slug}/dpia/screenings/{activityKey}', {
          params: { path: { slug, activityKey: item.activityKey }, query: { lang: language } },
          body: confirmBody({ criteria: criteria as Criterion[], gbaItems: gba as GbaItem[], reason }),
        }),
      )
      onDone(
        t('dpia.screening.confirmedNotice', {
          activity: item.activityName,
          result: saved.screening?.resultLabel ?? '',
        }),
      )
    } catch (failure) {
      setError(failure)
    }
  }
  return (
    <form
      className="card form"
      data-testid="screening-form"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h2>{item.activityName}</h2>
      <ErrorMessage error={error} />
      <fieldset className="fieldset">
        <legend>{t('dpia.screening.criteria')}</legend>
        {data.criteria.map((c) => (
          <div className="checkbox-field" key={c}>
            <input
              type="checkbox"
              id={`criterion-${c}`}
              checked={criteria.includes(c)}
              onChange={() => setCriteria(toggle(criteria, c))}
            />
            <label htmlFor={`criterion-${c}`}>
              {data.criterionLabels[c] ?? c}
              {suggestedCriteria.includes(c) ? ` (${t('dpia.screening.suggestedMark')})` : ''}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('dpia.screening.gbaItems')}</legend>
        {data.gbaItems.map((g) => (
          <div className="checkbox-field" key={g}>
            <input
              type="checkbox"
              id={`gba-${g}`}
              checked={gba.includes(g)}
              onChange={() => setGba(toggle(gba, g))}
            />
            <label htmlFor={`gba-${g}`}>
              {data.gbaItemLabels[g] ?? g}
              {suggestedGba.includes(g) ? ` (${t('dpia.screening.suggestedMark')})` : ''}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="screening-reason">{t('dpia.screening.reason')}</label>
        <p className="hint" id="screening-reason-hint">
          {t('dpia.screening.reasonHint')}
        </p>
        <textarea
          id="screening-reason"
          aria-describedby="screening-reason-hint"
          value={reason}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <button type="submit" className="button-primary">
        {t('dpia.screening.confirm')}
      </button>
    </form>
  )
}
