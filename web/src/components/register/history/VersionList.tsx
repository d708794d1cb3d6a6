import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../../app/format'
import type { EntryVersion } from '../types'
import { ChangesTable } from './ChangesTable'

/** The versions of an entry, newest first: what happened, who did it and when, and what changed. */
export function VersionList({
  versions,
  labelOf,
}: {
  versions: EntryVersion[]
  labelOf: (path: string, value: unknown) => string | undefined
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const sorted = [...versions].sort((a, b) => b.version - a.version)
  return (
    <ol className="versions" data-testid="versions">
      {sorted.map((v) => (
        <li key={v.version} className="version card" data-testid="version">
          <h2 className="version-title">
            {t('register.history.version', { version: v.version })}{' '}
            <span className={`badge badge-change-${v.change}`} data-testid="version-change">
              {t(`register.history.changes.${v.change}`)}
            </span>
          </h2>
          <p className="version-meta">
            {t('register.history.by', { actor: v.actorLabel, time: dateTime(v.changedAt) })}
          </p>
          {v.change === 'created' ? (
            <details>
              <summary>{t('register.history.showInitial', { count: v.changes.length })}</summary>
              <ChangesTable
                changes={v.changes}
                caption={t('register.history.initialCaption', { version: v.version })}
                labelOf={labelOf}
              />
            </details>
          ) : v.change === 'deleted' ? (
            <p>{t('register.history.deletedText')}</p>
          ) : v.changes.length === 0 ? (
            <p className="muted">{t('register.history.noChanges')}</p>
          ) : (
            <ChangesTable
              changes={v.changes}
              caption={t('register.history.changesCaption', { version: v.version })}
              labelOf={labelOf}
            />
          )}
        </li>
      ))}
    </ol>
  )
}
