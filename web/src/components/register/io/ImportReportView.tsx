import { useTranslation } from 'react-i18next'
import { SEGMENT_OF_TYPE } from '../entries'
import { readablePath } from '../readablePath'
import type { ImportReport } from '../types'

interface Props {
  report: ImportReport
  busy: boolean
  /** Offered after a dry run: the same import for real. */
  onImport?: (() => void) | undefined
}

type Ref = ImportReport['created'][number]

/** Entry references grouped by kind, in the order they come. */
function byKind(refs: Ref[]): [string, string[]][] {
  const groups = new Map<string, string[]>()
  for (const r of refs) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r.key])
  return [...groups]
}

/** What an import did or would do: created, updated and deleted entries, changed profile fields. */
export function ImportReportView({ report, busy, onImport }: Props) {
  const { t } = useTranslation()
  const kindLabel = (kind: string) => {
    const segment = SEGMENT_OF_TYPE[kind]
    return segment ? t(`register.plural.${segment}`) : kind
  }
  const groups = [
    ['created', report.created],
    ['updated', report.updated],
    ['deleted', report.deleted],
  ] as const
  const nothing =
    report.created.length +
      report.updated.length +
      report.deleted.length +
      report.organizationChanged.length ===
    0
  return (
    <div
      className={report.dryRun ? 'alert alert-info' : 'alert alert-success'}
      role="status"
      data-testid="import-report"
    >
      <p>
        <strong>{report.dryRun ? t('register.io.dryRunDone') : t('register.io.imported')}</strong>
      </p>
      {nothing ? <p>{t('register.io.nothingChanges')}</p> : null}
      {groups.map(([name, refs]) =>
        refs.length > 0 ? (
          <div key={name} data-testid={`import-${name}`}>
            <p>{t(`register.io.report.${name}`, { count: refs.length })}</p>
            <ul className="report-list">
              {byKind(refs).map(([kind, keys]) => (
                <li key={kind}>
                  <strong>
                    {kindLabel(kind)} ({keys.length}):
                  </strong>{' '}
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 ? ', ' : ''}
                      <code>{key}</code>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {report.organizationChanged.length > 0 ? (
        <p>
          {t('register.io.report.organization', {
            fields: report.organizationChanged.map((f) => readablePath(t, f)).join(', '),
          })}
        </p>
      ) : null}
      <p>{t('register.io.report.unchanged', { count: report.unchanged })}</p>
      {onImport && !nothing ? (
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={onImport}
          data-testid="import-confirm"
        >
          {busy
            ? t('register.io.working')
            : t('register.io.importNow', { mode: t(`register.io.modes.${report.mode}`) })}
        </button>
      ) : null}
    </div>
  )
}
