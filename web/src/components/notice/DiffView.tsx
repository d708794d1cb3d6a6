import { useTranslation } from 'react-i18next'
import type { NoticeDiff } from '../../api/types'

/** Unchanged lines shown around a change; the rest of an unchanged stretch is folded away. */
const CONTEXT = 2

const linesOf = (text: string) => text.replace(/\n$/, '').split('\n')

function Lines({ lines, marker }: { lines: string[]; marker: string }) {
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are identified by their position
        <span key={i} className="diff-line">
          <span className="diff-marker" aria-hidden="true">
            {marker}
          </span>
          {line || ' '}
        </span>
      ))}
    </>
  )
}

function Unchanged({
  text,
  first,
  last,
  lang,
}: {
  text: string
  first: boolean
  last: boolean
  lang: string
}) {
  const { t } = useTranslation()
  const lines = linesOf(text)
  const head = first ? [] : lines.slice(0, CONTEXT)
  const tail = last ? [] : lines.slice(Math.max(head.length, lines.length - CONTEXT))
  const hidden = lines.slice(head.length, lines.length - tail.length)
  return (
    <div className="diff-part diff-same" data-testid="diff-same">
      {head.length > 0 ? (
        <div className="diff-text" lang={lang}>
          <Lines lines={head} marker=" " />
        </div>
      ) : null}
      {hidden.length > 0 ? (
        <details className="diff-fold">
          <summary>{t('notice.diff.unchanged', { count: hidden.length })}</summary>
          <div className="diff-text" lang={lang}>
            <Lines lines={hidden} marker=" " />
          </div>
        </details>
      ) : null}
      {tail.length > 0 ? (
        <div className="diff-text" lang={lang}>
          <Lines lines={tail} marker=" " />
        </div>
      ) : null}
    </div>
  )
}

/**
 * The changes between two versions as blocks of added and removed lines. Changes are told apart by more than colour:
 * a label, a + or − before each line, a solid or dashed edge, and struck-through text for what was removed.
 */
export function DiffView({ diff, title }: { diff: NoticeDiff; title: string }) {
  const { t } = useTranslation()
  const count = (type: 'added' | 'removed') =>
    diff.parts.filter((p) => p.type === type).reduce((n, p) => n + linesOf(p.text).length, 0)
  const added = count('added')
  const removed = count('removed')
  const last = diff.parts.length - 1
  return (
    <section aria-labelledby="diff-title" className="card" data-testid="notice-diff">
      <h2 id="diff-title">{title}</h2>
      <p data-testid="diff-summary">
        {added === 0 && removed === 0
          ? t('notice.diff.identical')
          : t('notice.diff.summary', {
              added: t('notice.diff.addedCount', { count: added }),
              removed: t('notice.diff.removedCount', { count: removed }),
            })}
      </p>
      <div className="diff">
        {diff.parts.map((part, i) => {
          const key = i
          if (part.type === 'same')
            return (
              <Unchanged key={key} text={part.text} first={i === 0} last={i === last} lang={diff.language} />
            )
          const isAdded = part.type === 'added'
          const Tag = isAdded ? 'ins' : 'del'
          return (
            <div
              key={key}
              className={`diff-part ${isAdded ? 'diff-added' : 'diff-removed'}`}
              data-testid={isAdded ? 'diff-added' : 'diff-removed'}
            >
              <p className="diff-label">
                <span aria-hidden="true">{isAdded ? '+' : '−'}</span>{' '}
                {isAdded ? t('notice.diff.added') : t('notice.diff.removed')}
              </p>
              <Tag className="diff-text" lang={diff.language}>
                <Lines lines={linesOf(part.text)} marker={isAdded ? '+' : '−'} />
              </Tag>
            </div>
          )
        })}
      </div>
    </section>
  )
}
