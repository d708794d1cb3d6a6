import { useTranslation } from 'react-i18next'
import type { Language } from '../../../api/types'
import { useDateFormat } from '../../../app/format'
import { SignedCopies } from '../SignedCopies'
import { VersionDiff } from '../VersionDiff'
import type { Assessment } from './types'

/** A saved DPIA's reports and export, its versions (who, when, what changed, signed copies) and their differences. */
export function VersionsSection({
  a,
  version,
  slug,
  language,
  onUploaded,
}: {
  a: Assessment
  /** The version shown (the reports and the export are of it). */
  version: number
  slug: string
  language: Language
  /** A signed copy was uploaded: its version's list changed. */
  onUploaded: () => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const base = `/api/v1/orgs/${encodeURIComponent(slug)}/dpia/assessments/${encodeURIComponent(a.activityKey)}`
  return (
    <>
      <ul className="export-links">
        {(['nl', 'fr', 'en'] as const).map((l) => (
          <li key={l}>
            <a href={`${base}/report.pdf?lang=${l}&version=${version}`} download data-testid={`report-${l}`}>
              {t('dpia.assessment.report')} ({l.toUpperCase()})
            </a>
          </li>
        ))}
        <li>
          <a href={`${base}/export?version=${version}`} download>
            {t('dpia.assessment.export')}
          </a>
        </li>
      </ul>
      <h2>{t('dpia.assessment.versions')}</h2>
      <ul className="versions" data-testid="versions">
        {a.versions.map((v) => (
          <li key={v.version}>
            {t('dpia.assessment.status', { version: v.version, status: v.statusLabel })} - {v.createdBy},{' '}
            {dateTime(v.updatedAt)}
            {v.decidedBy ? ` - ${v.decidedBy}, ${dateTime(v.decidedAt ?? v.updatedAt)}` : ''}
            {v.signedPdf ? (
              <>
                {' - '}
                <a
                  href={`${base}/signed.pdf?version=${v.version}`}
                  download
                  data-testid={`signed-pdf-${v.version}`}
                >
                  {t('dpia.assessment.signedPdf', { lang: v.signedPdf.language.toUpperCase() })}
                </a>{' '}
                <span className="muted">
                  {t('dpia.assessment.signedPdfHash', { sha256: v.signedPdf.sha256 })}
                </span>
              </>
            ) : null}
            <br />
            <span className="muted">
              {v.version === 1 && v.changes.length === 0
                ? t('dpia.assessment.firstVersion')
                : t('dpia.assessment.changes', { paths: v.changes.slice(0, 12).join(', ') })}
            </span>
            {v.status !== 'draft' ? (
              <SignedCopies
                slug={slug}
                activityKey={a.activityKey}
                version={v.version}
                copies={v.signedCopies}
                canAttach={a.can.attach}
                onUploaded={onUploaded}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {a.versions.length > 1 ? (
        <VersionDiff
          slug={slug}
          activityKey={a.activityKey}
          versions={a.versions.map((v) => v.version)}
          language={language}
        />
      ) : null}
    </>
  )
}
