import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { problemText } from '../../app/problemText'
import { useApiResource } from '../../app/useApiResource'
import { useResource } from '../../app/useResource'
import { Alert } from '../../components/feedback/Alert'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { ResourceView } from '../../components/feedback/ResourceView'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import type { BreachAnswer, BreachChange } from './breachFacts'
import { countUnderway } from './countUnderway'
import { useAction } from './useAction'

/**
 * The people and records concerned counted in a connected system (a PostgreSQL or MariaDB/MySQL dataset): the
 * last count as kept with the breach, and for those who may change the breach, the choice of system, table and an
 * optional date window to count again.
 */
export function AffectedSetSection({
  slug,
  breach: b,
  onChange,
}: {
  slug: string
  breach: BreachAnswer
  onChange: (next: BreachChange) => void
}) {
  const { t } = useTranslation()
  const { dateTime, day } = useDateFormat()
  const set = b.affectedSet
  const editable = b.can.write && b.status === 'open'
  return (
    <section aria-labelledby="breach-affected" className="card">
      <h2 id="breach-affected">{t('breaches.affected.title')}</h2>
      <p>{t('breaches.affected.intro')}</p>
      {set ? (
        <div data-testid="breach-affected-result">
          <p>
            {t('breaches.affected.result', {
              people: set.people,
              records: set.records,
              collection: set.collection,
              dataset: set.datasetName,
              at: dateTime(set.computedAt),
              by: set.computedBy,
              inIndex: set.inIndex,
            })}
          </p>
          {set.withoutPerson ? <p>{t('breaches.affected.withoutPerson', { n: set.withoutPerson })}</p> : null}
          {set.filter ? (
            <p>
              {t('breaches.affected.window', {
                field: set.filter.field,
                range: [
                  set.filter.from ? `≥ ${day(set.filter.from)}` : null,
                  set.filter.before ? `< ${day(set.filter.before)}` : null,
                ]
                  .filter(Boolean)
                  .join(', '),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      {editable ? <CountForm slug={slug} breach={b} onChange={onChange} /> : null}
    </section>
  )
}

function CountForm({
  slug,
  breach: b,
  onChange,
}: {
  slug: string
  breach: BreachAnswer
  onChange: (next: BreachChange) => void
}) {
  const { t } = useTranslation()
  const sources = useApiResource(
    () => api.GET('/api/v1/orgs/{slug}/breaches/affected-sources', { params: { path: { slug } } }),
    [slug],
  )
  return (
    <ResourceView resource={sources}>
      {(s) =>
        s.items.length === 0 ? (
          <p className="hint">{t('breaches.affected.none')}</p>
        ) : (
          <CountFields slug={slug} breach={b} items={s.items} onChange={onChange} />
        )
      }
    </ResourceView>
  )
}

type Source = {
  dataset: string
  name: string
  collections: { name: string; personField: string | null; fields: string[]; dateField: string | null }[]
}

function CountFields({
  slug,
  breach: b,
  items,
  onChange,
}: {
  slug: string
  breach: BreachAnswer
  items: Source[]
  onChange: (next: BreachChange) => void
}) {
  const { t } = useTranslation()
  const last = b.affectedSet
  const [dataset, setDataset] = useState(last?.dataset ?? items[0]?.dataset ?? '')
  const source = items.find((i) => i.dataset === dataset) ?? items[0]
  const firstCountable = source?.collections.find((c) => c.personField)?.name ?? ''
  const [collection, setCollection] = useState(last?.collection ?? firstCountable)
  const chosen = source?.collections.find((c) => c.name === collection)
  const [field, setField] = useState(last?.filter?.field ?? '')
  const [from, setFrom] = useState(last?.filter?.from ?? '')
  const [before, setBefore] = useState(last?.filter?.before ?? '')
  const action = useAction()
  const [countId, setCountId] = useState<string | null>(null)
  const [underway, setUnderway] = useState(false)

  function submit(e: FormEvent) {
    e.preventDefault()
    action.run(async () => {
      const filter =
        field && (from || before)
          ? { field, ...(from ? { from } : {}), ...(before ? { before } : {}) }
          : undefined
      let queued: { id: string }
      try {
        queued = await call(
          api.POST('/api/v1/orgs/{slug}/breaches/{id}/affected-count', {
            params: { path: { slug, id: b.id } },
            body: { dataset, collection, ...(filter ? { filter } : {}) },
          }),
        )
      } catch (error) {
        // A count already under way (asked before the page was reloaded, or by a colleague): follow that one.
        const running = countUnderway(error)
        if (!running) throw error
        queued = { id: running }
      }
      setCountId(queued.id)
      setUnderway(true)
    })
  }

  return (
    <form onSubmit={submit} aria-labelledby="breach-affected" noValidate>
      <SelectField
        id="affected-dataset"
        label={t('breaches.affected.dataset')}
        value={dataset}
        onChange={(v) => {
          setDataset(v)
          setCollection(
            items.find((i) => i.dataset === v)?.collections.find((c) => c.personField)?.name ?? '',
          )
          setField('')
        }}
      >
        {items.map((i) => (
          <option key={i.dataset} value={i.dataset}>
            {i.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="affected-collection"
        label={t('breaches.affected.collection')}
        value={collection}
        onChange={(v) => {
          setCollection(v)
          setField('')
        }}
      >
        {(source?.collections ?? []).map((c) => (
          <option key={c.name} value={c.name} disabled={!c.personField}>
            {c.personField
              ? t('breaches.affected.collectionCountedBy', { name: c.name, field: c.personField })
              : t('breaches.affected.notCountable', { name: c.name })}
          </option>
        ))}
      </SelectField>
      {chosen?.personField ? (
        <WindowFields
          key={`${dataset}\u0000${collection}`}
          slug={slug}
          dataset={dataset}
          collection={collection}
          field={field}
          setField={setField}
          from={from}
          setFrom={setFrom}
          before={before}
          setBefore={setBefore}
        />
      ) : null}
      <ErrorMessage error={action.error} />
      <button type="submit" className="button-primary" disabled={action.busy || underway}>
        {t('breaches.affected.count')}
      </button>
      {countId ? (
        <CountProgress
          key={countId}
          slug={slug}
          breachId={b.id}
          countId={countId}
          onEnded={async (done) => {
            setUnderway(false)
            if (!done) return
            onChange(
              await call(
                api.GET('/api/v1/orgs/{slug}/breaches/{id}', { params: { path: { slug, id: b.id } } }),
              ),
            )
          }}
        />
      ) : null}
    </form>
  )
}

const POLL_MS = 1000
/** After a failed look (the network, a restart), the page looks again this much later instead of giving up. */
const RETRY_MS = 5000

/**
 * A count asked for: the worker reads the system while the page asks for its state every second (queued, running
 * with the rows read so far); when it is done the breach is loaded again (numbers, count, timeline); a failed count
 * says why in the reader's language.
 */
function CountProgress({
  slug,
  breachId,
  countId,
  onEnded,
}: {
  slug: string
  breachId: string
  countId: string
  onEnded: (done: boolean) => Promise<void>
}) {
  const { t } = useTranslation()
  const load = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/breaches/{id}/affected-counts/{countId}', {
          params: { path: { slug, id: breachId, countId } },
        }),
      ),
    [slug, breachId, countId],
  )
  const count = useResource(load)
  const status = count.data?.status
  const { reload } = count
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer (count.data) plans the next look while the count is under way
  useEffect(() => {
    if (status !== 'queued' && status !== 'running') return
    const timer = setTimeout(reload, POLL_MS)
    return () => clearTimeout(timer)
  }, [status, reload, count.data])
  useEffect(() => {
    if (!count.error) return
    const timer = setTimeout(reload, RETRY_MS)
    return () => clearTimeout(timer)
  }, [count.error, reload])
  // biome-ignore lint/correctness/useExhaustiveDependencies: told once, when the count has ended
  useEffect(() => {
    if (status === 'done' || status === 'failed') void onEnded(status === 'done')
  }, [status])

  if (count.error) return <ErrorMessage error={count.error} />
  if (!count.data) return null
  const c = count.data
  if (c.status === 'failed') {
    return (
      <Alert>
        <span data-testid="affected-count-failed">
          {t('breaches.affected.failed', {
            reason: problemText(t, { status: 409, code: c.error?.code }) ?? t('errors.generic'),
          })}
        </span>
      </Alert>
    )
  }
  return (
    <p role="status" data-testid="affected-count-state">
      {c.status === 'queued'
        ? t('breaches.affected.queued')
        : c.status === 'running'
          ? t('breaches.affected.running', { rows: c.rowsRead })
          : t('breaches.affected.done')}
    </p>
  )
}

/**
 * The optional window of days: only the table's date and timestamp columns (read from the system's catalogue) can
 * date its rows; a table without one is counted whole.
 */
function WindowFields({
  slug,
  dataset,
  collection,
  field,
  setField,
  from,
  setFrom,
  before,
  setBefore,
}: {
  slug: string
  dataset: string
  collection: string
  field: string
  setField: (v: string) => void
  from: string
  setFrom: (v: string) => void
  before: string
  setBefore: (v: string) => void
}) {
  const { t } = useTranslation()
  const dates = useApiResource(
    () =>
      api.GET('/api/v1/orgs/{slug}/breaches/affected-sources/date-fields', {
        params: { path: { slug }, query: { dataset, collection } },
      }),
    [slug, dataset, collection],
  )
  return (
    <ResourceView resource={dates}>
      {({ dateFields }) =>
        dateFields.length === 0 ? (
          <p className="hint" data-testid="affected-no-date-field">
            {t('breaches.affected.noDateField', { name: collection })}
          </p>
        ) : (
          <>
            <SelectField
              id="affected-filter-field"
              label={t('breaches.affected.filterField')}
              value={dateFields.includes(field) ? field : ''}
              onChange={setField}
            >
              <option value="">{t('breaches.affected.noFilter')}</option>
              {dateFields.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </SelectField>
            {field && dateFields.includes(field) ? (
              <>
                <TextField
                  id="affected-from"
                  type="date"
                  label={t('breaches.affected.from')}
                  value={from}
                  onChange={setFrom}
                  optional
                />
                <TextField
                  id="affected-before"
                  type="date"
                  label={t('breaches.affected.before')}
                  value={before}
                  onChange={setBefore}
                  optional
                />
              </>
            ) : null}
          </>
        )
      }
    </ResourceView>
  )
}
