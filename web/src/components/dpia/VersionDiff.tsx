import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import type { Language } from '../../api/types'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { TableWrap } from '../TableWrap'

type Diff =
  paths['/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/diff']['get']['responses'][200]['content']['application/json']

/** Two versions of a DPIA side by side: only the fields that differ, the older on the left (issue 21 item 2). */
export function VersionDiff({
  slug,
  activityKey,
  versions,
  language,
}: {
  slug: string
  activityKey: string
  /** Newest first. */
  versions: readonly number[]
  language: Language
}) {
  const { t } = useTranslation()
  const [to, setTo] = useState(versions[0] ?? 2)
  const [from, setFrom] = useState(versions[1] ?? 1)
  const [diff, setDiff] = useState<Diff | null>(null)
  const [error, setError] = useState<unknown>(null)
  const compare = async () => {
    setError(null)
    try {
      setDiff(
        await call(
          api.GET('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/diff', {
            params: { path: { slug, activityKey }, query: { from, to, lang: language } },
          }),
        ),
      )
    } catch (failure) {
      setDiff(null)
      setError(failure)
    }
  }
  const select = (id: string, label: string, value: number, set: (n: number) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {t('dpia.assessment.diffVersionOption', { version: v })}
          </option>
        ))}
      </select>
    </div>
  )
  const side = (s: Diff['from']) =>
    t('dpia.assessment.diffVersion', { version: s.version, status: s.statusLabel })
  return (
    <section aria-labelledby="dpia-compare-title" data-testid="version-diff">
      <h3 id="dpia-compare-title">{t('dpia.assessment.compareTitle')}</h3>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          void compare()
        }}
      >
        {select('dpia-compare-from', t('dpia.assessment.compareFrom'), from, setFrom)}
        {select('dpia-compare-to', t('dpia.assessment.compareTo'), to, setTo)}
        <div className="form-actions">
          <button type="submit" className="button-secondary">
            {t('dpia.assessment.compare')}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {diff === null ? null : diff.changes.length === 0 ? (
        <p>{t('dpia.assessment.diffNone', { from: side(diff.from), to: side(diff.to) })}</p>
      ) : (
        <>
          <p className="hint">{t('dpia.assessment.diffLegend')}</p>
          <TableWrap label={t('dpia.assessment.compareTitle')}>
            <table className="table diff-table" data-testid="diff-table">
              <thead>
                <tr>
                  <th scope="col">{t('dpia.assessment.diffField')}</th>
                  <th scope="col">{side(diff.from)}</th>
                  <th scope="col">{side(diff.to)}</th>
                </tr>
              </thead>
              <tbody>
                {diff.changes.map((c) => (
                  <tr key={c.path} data-path={c.path}>
                    <th scope="row">{c.label}</th>
                    <td className="diff-before">
                      {c.before === null ? (
                        <span className="muted">{t('dpia.assessment.diffEmpty')}</span>
                      ) : c.words ? (
                        <Words parts={c.words} side="before" />
                      ) : (
                        <Lines text={c.before} />
                      )}
                    </td>
                    <td className="diff-after">
                      {c.after === null ? (
                        <span className="muted">{t('dpia.assessment.diffEmpty')}</span>
                      ) : c.words ? (
                        <Words parts={c.words} side="after" />
                      ) : (
                        <Lines text={c.after} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  )
}

type WordPart = NonNullable<Diff['changes'][number]['words']>[number]

/**
 * One side of a changed text with what changed inside it: the older side shows the words taken out in <del>, the
 * newer the words put in in <ins> - struck through or underlined, not only coloured, and announced to screen
 * readers by visually hidden words at their start and end.
 */
function Words({ parts, side }: { parts: readonly WordPart[]; side: 'before' | 'after' }) {
  const { t } = useTranslation()
  const shown = parts.filter((p) => p.op === 'same' || p.op === (side === 'before' ? 'removed' : 'added'))
  // Keyed by where each part starts in the text shown: parts of one text, never reordered.
  let at = 0
  const keyed = shown.map((p) => {
    const key = `${p.op}-${at}`
    at += p.text.length
    return { ...p, key }
  })
  return (
    <>
      {keyed.map((p) =>
        p.op === 'same' ? (
          <Lines key={p.key} text={p.text} />
        ) : p.op === 'removed' ? (
          <del key={p.key} className="word-removed">
            <span className="visually-hidden">{t('dpia.assessment.diffRemovedStart')}</span>
            <Lines text={p.text} />
            <span className="visually-hidden">{t('dpia.assessment.diffRemovedEnd')}</span>
          </del>
        ) : (
          <ins key={p.key} className="word-added">
            <span className="visually-hidden">{t('dpia.assessment.diffAddedStart')}</span>
            <Lines text={p.text} />
            <span className="visually-hidden">{t('dpia.assessment.diffAddedEnd')}</span>
          </ins>
        ),
      )}
    </>
  )
}

function Lines({ text }: { text: string }) {
  const lines = text.split('\n')
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, never reordered
        <span key={i}>
          {line}
          {i < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  )
}
