import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { firstProblem } from '../../app/submitForm'
import { useFormSubmit } from '../../app/useFormSubmit'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { FormShell } from '../../components/form/FormShell'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { PageTitle } from '../../components/layout/PageTitle'
import { type LocalizedText, textIn } from '../../components/register/localized'

type Kind = 'email' | 'phone' | 'postal'
type Reason = 'objection' | 'unsubscribe' | 'erased_do_not_contact'
type Channel = 'email' | 'phone' | 'post'
const KINDS: Kind[] = ['email', 'phone', 'postal']
const REASONS: Reason[] = ['objection', 'unsubscribe', 'erased_do_not_contact']
const CHANNELS: Channel[] = ['email', 'phone', 'post']
const FIELDS = ['kind', 'value', 'reason', 'channel', 'note'] as const

const REFUSALS = ['header', 'invalid', 'future_date'] as const
/** Why an import of the Robinson list was refused, as the page words it. */
const refusalOf = (refusal: string | null): (typeof REFUSALS)[number] =>
  REFUSALS.find((r) => r === refusal) ?? 'invalid'

/** A consent purpose of the register the campaign check can read each line's consent for. */
interface ConsentPurposeOption {
  key: string
  label: LocalizedText
}

/**
 * Marketing suppression (issue 17): the DNCM list in use with a clear warning when it is stale, the entries by
 * reason, adding and removing an entry, and the check of a campaign file (CSV in, CSV to download).
 */
export function SuppressionPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const format = useDateFormat()
  const load = useCallback(async () => {
    const [overview, entries, purposes] = await Promise.all([
      call(api.GET('/api/v1/orgs/{slug}/suppression', { params: { path: { slug } } })),
      call(api.GET('/api/v1/orgs/{slug}/suppression/entries', { params: { path: { slug } } })),
      // Without consent:read the campaign check simply offers no purpose.
      call(api.GET('/api/v1/orgs/{slug}/consent/purposes', { params: { path: { slug } } })).catch(() => ({
        items: [],
      })),
    ])
    return { overview, entries: entries.items, purposes: purposes.items }
  }, [slug])
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const remove = async (id: string, masked: string) => {
    setNotice(null)
    setError(null)
    try {
      await call(
        api.DELETE('/api/v1/orgs/{slug}/suppression/entries/{id}', { params: { path: { slug, id } } }),
      )
      setNotice(t('consent.suppression.removed', { identifier: masked }))
    } catch (failure) {
      setError(failure)
    }
    data.reload()
  }

  return (
    <>
      <PageTitle>{t('consent.suppression.title')}</PageTitle>
      <p className="lead">{t('consent.suppression.intro')}</p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <ResourceView resource={data}>
        {({ overview, entries, purposes }) => {
          const { dncm, counts, can } = overview
          const current = dncm.current
          return (
            <>
              <section className="list-section" aria-labelledby="dncm-title">
                <h2 id="dncm-title">{t('consent.suppression.dncmTitle')}</h2>
                {!current ? (
                  <div className="alert alert-warning" data-testid="dncm-status">
                    <p>{t('consent.suppression.dncmNone')}</p>
                  </div>
                ) : dncm.fresh ? (
                  <p data-testid="dncm-status">
                    {t('consent.suppression.dncmCurrent', {
                      date: current.fileDate ? format.date(current.fileDate) : '-',
                      numbers: current.numbers,
                      until: dncm.usableUntil ? format.date(dncm.usableUntil) : '-',
                      sha: current.sha256 ?? '-',
                    })}
                  </p>
                ) : (
                  <div className="alert alert-warning" data-testid="dncm-status">
                    <p>
                      {t('consent.suppression.dncmStale', {
                        date: current.fileDate ? format.date(current.fileDate) : '-',
                        days: dncm.maxAgeDays,
                      })}
                    </p>
                  </div>
                )}
              </section>
              <section className="list-section" aria-labelledby="robinson-title">
                <h2 id="robinson-title">{t('consent.suppression.robinsonTitle')}</h2>
                {overview.robinson.current ? (
                  <p data-testid="robinson-status">
                    {t('consent.suppression.robinsonCurrent', {
                      date: overview.robinson.current.fileDate
                        ? format.date(overview.robinson.current.fileDate)
                        : t('consent.suppression.robinsonNoDate'),
                      entries: overview.robinson.current.entries,
                      imported: format.dateTime(overview.robinson.current.startedAt),
                      sha: overview.robinson.current.sha256 ?? '-',
                    })}
                  </p>
                ) : (
                  <p data-testid="robinson-status">{t('consent.suppression.robinsonNone')}</p>
                )}
                {overview.robinson.consultations.length > 0 ? (
                  <div className="table-scroll">
                    <table className="data-table" data-testid="robinson-consultations">
                      <caption>{t('consent.suppression.robinsonConsultations')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('consent.suppression.robinsonColumns.when')}</th>
                          <th scope="col">{t('consent.suppression.robinsonColumns.file')}</th>
                          <th scope="col">{t('consent.suppression.robinsonColumns.result')}</th>
                          <th scope="col">{t('consent.suppression.robinsonColumns.by')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {overview.robinson.consultations.map((c) => (
                          <tr key={c.id}>
                            <td>{format.dateTime(c.startedAt)}</td>
                            <td>{c.fileName}</td>
                            <td>
                              {c.status === 'completed'
                                ? t('consent.suppression.robinsonImported', {
                                    entries: c.entries,
                                    rejected: c.rejected,
                                  })
                                : t(`consent.suppression.robinsonRefusals.${refusalOf(c.refusal)}`)}
                            </td>
                            <td>{c.importedBy}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
                {can.import ? (
                  <RobinsonImportForm
                    slug={slug}
                    onImported={(entries) => {
                      setError(null)
                      setNotice(t('consent.suppression.robinsonDone', { entries }))
                      data.reload()
                    }}
                  />
                ) : null}
              </section>
              <section className="list-section" aria-labelledby="counts-title">
                <h2 id="counts-title">{t('consent.suppression.countsTitle')}</h2>
                <dl className="facts" data-testid="suppression-counts">
                  <dt>{t('consent.suppression.reasons.objection')}</dt>
                  <dd>{counts.objection}</dd>
                  <dt>{t('consent.suppression.reasons.unsubscribe')}</dt>
                  <dd>{counts.unsubscribe}</dd>
                  <dt>{t('consent.suppression.reasons.erased_do_not_contact')}</dt>
                  <dd>{counts.erasedDoNotContact}</dd>
                  <dt>{t('consent.suppression.optIns')}</dt>
                  <dd>{counts.optIns}</dd>
                  <dt>{t('consent.suppression.postOptIns')}</dt>
                  <dd>{counts.postOptIns}</dd>
                </dl>
              </section>
              <section className="list-section" aria-labelledby="entries-title">
                <h2 id="entries-title">{t('consent.suppression.entriesTitle')}</h2>
                {entries.length === 0 ? (
                  <p>{t('consent.suppression.entriesNone')}</p>
                ) : (
                  <div className="table-wrap">
                    <table
                      className="table"
                      aria-labelledby="entries-title"
                      data-testid="suppression-entries"
                    >
                      <thead>
                        <tr>
                          <th scope="col">{t('consent.suppression.columns.identifier')}</th>
                          <th scope="col">{t('consent.suppression.columns.reason')}</th>
                          <th scope="col">{t('consent.suppression.columns.channel')}</th>
                          <th scope="col">{t('consent.suppression.columns.source')}</th>
                          <th scope="col">{t('consent.suppression.columns.added')}</th>
                          {can.write ? <th scope="col">{t('consent.suppression.columns.actions')}</th> : null}
                        </tr>
                      </thead>
                      <tbody>
                        {entries.map((e) => (
                          <tr key={e.id}>
                            <td>{e.masked}</td>
                            <td>{t(`consent.suppression.reasons.${e.reason}`)}</td>
                            <td>{t(`consent.suppression.channels.${e.channel}`)}</td>
                            <td>{t(`consent.suppression.sources.${e.source}`)}</td>
                            <td>{format.dateTime(e.createdAt)}</td>
                            {can.write ? (
                              <td>
                                <button
                                  type="button"
                                  className="button-secondary"
                                  onClick={() => void remove(e.id, e.masked)}
                                >
                                  {t('consent.suppression.remove', { identifier: e.masked })}
                                </button>
                              </td>
                            ) : null}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
              {can.write ? (
                <section className="card" aria-labelledby="add-entry-title">
                  <h2 id="add-entry-title">{t('consent.suppression.addTitle')}</h2>
                  <AddEntryForm
                    slug={slug}
                    onAdded={(masked) => {
                      setError(null)
                      setNotice(t('consent.suppression.added', { identifier: masked }))
                      data.reload()
                    }}
                  />
                </section>
              ) : null}
              {can.check ? (
                <section className="card" aria-labelledby="check-title">
                  <h2 id="check-title">{t('consent.suppression.checkTitle')}</h2>
                  <p>{t('consent.suppression.checkIntro')}</p>
                  <CampaignCheckForm slug={slug} purposes={purposes} />
                </section>
              ) : null}
            </>
          )
        }}
      </ResourceView>
    </>
  )
}

function AddEntryForm({ slug, onAdded }: { slug: string; onAdded: (masked: string) => void }) {
  const { t } = useTranslation()
  const [kind, setKind] = useState<Kind>('email')
  const [value, setValue] = useState('')
  const [reason, setReason] = useState<Reason>('objection')
  const [channel, setChannel] = useState<Channel>('email')
  const [note, setNote] = useState('')
  const form = useFormSubmit('suppression', { fields: FIELDS })

  const submit = form.submit(
    async () => {
      const entry = await call(
        api.POST('/api/v1/orgs/{slug}/suppression/entries', {
          params: { path: { slug } },
          body: {
            kind,
            value: value.trim(),
            reason,
            ...(reason === 'unsubscribe' ? { channel } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      )
      setValue('')
      setNote('')
      onAdded(entry.masked)
    },
    () => firstProblem([!value.trim(), 'value', t('errors.required')]),
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="add-entry-title">
      <div className="form-grid">
        <SelectField
          id="suppression-kind"
          label={t('consent.suppression.kind')}
          value={kind}
          onChange={(v) => setKind(v as Kind)}
          error={form.fieldError('kind')}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`consent.suppression.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="suppression-value"
          label={t('consent.suppression.value')}
          required
          maxLength={500}
          autoComplete="off"
          value={value}
          onChange={setValue}
          error={form.fieldError('value')}
        />
        <SelectField
          id="suppression-reason"
          label={t('consent.suppression.reason')}
          value={reason}
          onChange={(v) => setReason(v as Reason)}
          error={form.fieldError('reason')}
        >
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`consent.suppression.reasons.${r}`)}
            </option>
          ))}
        </SelectField>
        {reason === 'unsubscribe' ? (
          <SelectField
            id="suppression-channel"
            label={t('consent.suppression.channel')}
            value={channel}
            onChange={(v) => setChannel(v as Channel)}
            error={form.fieldError('channel')}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`consent.suppression.channels.${c}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          id="suppression-note"
          label={t('consent.suppression.note')}
          optional
          maxLength={500}
          autoComplete="off"
          value={note}
          onChange={setNote}
          error={form.fieldError('note')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.busy} data-testid="suppression-add">
          {t('consent.suppression.add')}
        </button>
      </div>
    </FormShell>
  )
}

function CampaignCheckForm({ slug, purposes }: { slug: string; purposes: ConsentPurposeOption[] }) {
  const { t, i18n } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [channel, setChannel] = useState<Channel>('email')
  const [purpose, setPurpose] = useState('')
  const [result, setResult] = useState<{ url: string; name: string; lines: number } | null>(null)
  const form = useFormSubmit('campaign', { fields: ['file', 'channel', 'purpose'] })
  useEffect(() => () => (result ? URL.revokeObjectURL(result.url) : undefined), [result])

  const submit = form.submit(
    async () => {
      const csv = await (file as File).text()
      const answer = await call(
        api.POST('/api/v1/orgs/{slug}/suppression/check-file', {
          params: { path: { slug }, query: { channel, ...(purpose ? { purpose } : {}) } },
          body: csv as never,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
          parseAs: 'text',
        }),
      )
      const text = String(answer)
      const lines = Math.max(0, text.trim().split(/\r?\n/).length - 1)
      setResult({
        url: URL.createObjectURL(new Blob([text], { type: 'text/csv' })),
        name: `campaign-checked-${channel}.csv`,
        lines,
      })
    },
    () => firstProblem([!file, 'file', t('errors.required')]),
  )

  return (
    <FormShell form={form} onSubmit={submit} labelledBy="check-title">
      <div className="form-grid">
        <div className="field">
          <label htmlFor="campaign-file">{t('consent.suppression.checkFile')}</label>
          <input
            id="campaign-file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={form.fieldError('file') ? true : undefined}
            aria-describedby={form.fieldError('file') ? 'campaign-file-error' : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setResult(null)
            }}
          />
          {form.fieldError('file') ? (
            <p id="campaign-file-error" className="field-error" role="alert">
              {form.fieldError('file')}
            </p>
          ) : null}
        </div>
        <SelectField
          id="campaign-channel"
          label={t('consent.suppression.checkChannel')}
          value={channel}
          onChange={(v) => setChannel(v as Channel)}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`consent.suppression.channels.${c}`)}
            </option>
          ))}
        </SelectField>
        {purposes.length > 0 ? (
          <SelectField
            id="campaign-purpose"
            label={t('consent.suppression.checkPurpose')}
            hint={t('consent.suppression.checkPurposeHint')}
            value={purpose}
            onChange={(v) => {
              setPurpose(v)
              setResult(null)
            }}
            error={form.fieldError('purpose')}
          >
            <option value="">{t('consent.suppression.checkNoPurpose')}</option>
            {purposes.map((p) => (
              <option key={p.key} value={p.key}>
                {textIn(p.label, i18n.language as 'nl' | 'fr' | 'en') ?? p.key}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={form.busy} data-testid="campaign-check">
          {form.busy ? t('consent.suppression.checking') : t('consent.suppression.check')}
        </button>
      </div>
      {result ? (
        <p role="status">
          <a href={result.url} download={result.name} data-testid="campaign-download">
            {t('consent.suppression.download', { lines: result.lines })}
          </a>
        </p>
      ) : null}
    </FormShell>
  )
}

function RobinsonImportForm({ slug, onImported }: { slug: string; onImported: (entries: number) => void }) {
  const { t } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [fileDate, setFileDate] = useState('')
  const form = useFormSubmit('robinson', { fields: ['file', 'fileDate'] })

  const submit = form.submit(
    async () => {
      const picked = file as File
      const csv = await picked.text()
      const answer = await call(
        api.POST('/api/v1/orgs/{slug}/robinson/imports', {
          params: { path: { slug }, query: { fileName: picked.name, ...(fileDate ? { fileDate } : {}) } },
          body: csv as never,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        }),
      )
      onImported(answer.consultation.entries)
    },
    () => firstProblem([!file, 'file', t('errors.required')]),
  )

  return (
    <>
      <h3 id="robinson-import-title">{t('consent.suppression.robinsonImportTitle')}</h3>
      <p>{t('consent.suppression.robinsonImportIntro')}</p>
      <FormShell
        form={form}
        onSubmit={submit}
        labelledBy="robinson-import-title"
        actions={
          <button type="submit" className="button-primary" disabled={form.busy} data-testid="robinson-import">
            {form.busy ? t('consent.suppression.robinsonImporting') : t('consent.suppression.robinsonImport')}
          </button>
        }
      >
        <div className="form-grid">
          <div className="field">
            <label htmlFor="robinson-file">{t('consent.suppression.robinsonFile')}</label>
            <input
              id="robinson-file"
              type="file"
              accept=".csv,text/csv"
              aria-invalid={form.fieldError('file') ? true : undefined}
              aria-describedby={form.fieldError('file') ? 'robinson-file-error' : undefined}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            {form.fieldError('file') ? (
              <p id="robinson-file-error" className="field-error" role="alert">
                {form.fieldError('file')}
              </p>
            ) : null}
          </div>
          <TextField
            id="robinson-fileDate"
            type="date"
            label={t('consent.suppression.robinsonFileDate')}
            hint={t('consent.suppression.robinsonFileDateHint')}
            value={fileDate}
            onChange={setFileDate}
            error={form.fieldError('fileDate')}
          />
        </div>
      </FormShell>
    </>
  )
}
