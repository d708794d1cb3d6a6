import { useTranslation } from 'react-i18next'
import type { FieldProblem } from '../../../api/problem'
import { fieldText } from '../../../app/problemText'
import { readablePath } from '../readablePath'

/** Every problem of a refused register file, with its place in the file and its line. */
export function ImportProblems({ problems }: { problems: FieldProblem[] }) {
  const { t } = useTranslation()
  return (
    <div className="alert alert-error" role="alert" data-testid="import-problems">
      <p>
        <strong>{t('register.io.invalid', { count: problems.length })}</strong>
      </p>
      <ul className="problem-list">
        {problems.map((p, i) => {
          const path = p.path.replace(/^file\.?/, '')
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one place can have several problems
            <li key={`${p.path}:${i}`}>
              {path ? (
                <>
                  <code>{path}</code> ({readablePath(t, path)}):{' '}
                </>
              ) : null}
              {p.line ? `${t('register.io.line', { line: p.line })}: ` : ''}
              {fieldText(t, p)}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
