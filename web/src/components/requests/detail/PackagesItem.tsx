import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatBytes, useDateFormat } from '../../../app/format'
import { useBusy } from '../../../app/useBusy'
import { isLanguage, localeOf } from '../../../i18n/language'
import { ConfirmAction } from '../../ConfirmAction'
import { CopyButton } from '../../CopyButton'
import {
  type AnswerPackage,
  deletePackage,
  issuePackageLink,
  type PackageLink,
  type PackageList,
} from '../../connectors/packageApi'
import { ErrorMessage } from '../../feedback/ErrorMessage'

/**
 * One answer package: its file, size and dates, whether the link was used; a new single-use link (shown once, with
 * a copy button) and deleting the content now.
 */
export function PackagesItem({
  slug,
  requestId,
  pkg,
  can,
  onChanged,
}: {
  slug: string
  requestId: string
  pkg: AnswerPackage
  /** What the caller may do on the packages of the request (from the server). */
  can: PackageList['can']
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const { dateTime } = useDateFormat()
  const locale = localeOf(isLanguage(i18n.language) ? i18n.language : 'nl')
  const [link, setLink] = useState<PackageLink | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const deleted = pkg.deletedAt !== null

  const issue = () =>
    run(async () => {
      setError(null)
      try {
        setLink(await issuePackageLink(slug, requestId, pkg.id))
        onChanged()
      } catch (failure) {
        setError(failure)
      }
    })

  const status = pkg.downloadedAt
    ? t('connectors.packages.downloadedAt', { date: dateTime(pkg.downloadedAt) })
    : deleted
      ? t('connectors.packages.deletedAt', { date: dateTime(pkg.deletedAt ?? '') })
      : pkg.linkIssued
        ? t('connectors.packages.linkUntil', { date: dateTime(pkg.expiresAt) })
        : t('connectors.packages.noLink')
  const badge = pkg.downloadedAt
    ? ['badge badge-active', t('connectors.packages.downloaded')]
    : deleted
      ? ['badge', t('connectors.packages.deleted')]
      : ['badge badge-pending', t('connectors.packages.notDownloaded')]

  return (
    <li className="package" data-testid="package" data-id={pkg.id} data-available={String(pkg.available)}>
      <p className="package-name">
        <span className="package-file">{pkg.fileName}</span>{' '}
        <span className="muted">
          ({formatBytes(pkg.size, locale)} ·{' '}
          {t('connectors.packages.createdAt', { date: dateTime(pkg.createdAt) })})
        </span>
      </p>
      <p className="package-status" data-testid="package-status">
        <span className={badge[0]}>{badge[1]}</span> {status}
      </p>
      {link ? (
        <div className="secret-panel package-link" data-testid="package-link">
          <p className="secret-label">{t('connectors.packages.linkOnce')}</p>
          <p className="secret-value">
            <code data-testid="package-link-url">{link.url}</code>
          </p>
          <p className="hint">{t('connectors.packages.linkExpires', { date: dateTime(link.expiresAt) })}</p>
          <CopyButton text={link.url} label={t('connectors.packages.copyLink')} />
        </div>
      ) : null}
      {(can.issueLink || can.delete) && pkg.available ? (
        <div className="page-actions package-actions">
          {can.issueLink ? (
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => void issue()}
              data-testid="package-issue-link"
            >
              {busy ? t('connectors.packages.issuing') : t('connectors.packages.issueLink')}
            </button>
          ) : null}
          {can.delete ? (
            <ConfirmAction
              label={t('connectors.packages.delete')}
              accessibleLabel={t('connectors.packages.deleteLabel', { name: pkg.fileName })}
              question={t('connectors.packages.deleteQuestion')}
              confirmLabel={t('connectors.packages.deleteConfirm')}
              onConfirm={async () => {
                setError(null)
                try {
                  await deletePackage(slug, requestId, pkg.id)
                  setLink(null)
                  onChanged()
                } catch (failure) {
                  setError(failure)
                }
              }}
            />
          ) : null}
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </li>
  )
}
