import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { LocalProblem, lineRange, sourceProblemsOf } from './sourceProblems'

/** Moves the caret of the editor to a line and selects it, scrolled into view. */
function goToLine(textareaId: string, line: number) {
  const textarea = document.getElementById(textareaId)
  if (!(textarea instanceof HTMLTextAreaElement)) return
  const [start, end] = lineRange(textarea.value, line)
  textarea.focus()
  textarea.setSelectionRange(start, end)
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 20
  textarea.scrollTop = Math.max(0, (line - 3) * lineHeight)
}

/**
 * Why a dataset file was refused: every problem with its line and path, each line a button that selects it in
 * the editor. Other errors are shown as usual.
 */
export function SourceProblems({ error, textareaId }: { error: unknown; textareaId: string }) {
  const { t } = useTranslation()
  if (error instanceof LocalProblem)
    return (
      <p className="alert alert-error" role="alert" data-testid="source-problems">
        {error.message}
      </p>
    )
  const problems = sourceProblemsOf(error)
  if (!problems) return <ErrorMessage error={error} />
  return (
    <div className="alert alert-error" role="alert" data-testid="source-problems">
      <p className="error-summary-title">{t('connectors.editor.problems', { count: problems.length })}</p>
      <ul className="problem-list">
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list is replaced as a whole
          <li key={i} data-testid="source-problem" data-line={p.line ?? ''}>
            {p.line ? (
              <button type="button" className="button-link" onClick={() => goToLine(textareaId, p.line ?? 1)}>
                {t('connectors.editor.line', { line: p.line })}
              </button>
            ) : null}
            {p.line ? ' · ' : null}
            {p.path ? <code>{p.path}</code> : null}
            {p.path ? ': ' : null}
            {p.message}
          </li>
        ))}
      </ul>
      <p className="hint">{t('connectors.editor.nothingSaved')}</p>
    </div>
  )
}
