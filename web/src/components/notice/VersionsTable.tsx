import { useTranslation } from 'react-i18next'
import type { Language, NoticeVersion } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { TableWrap } from '../TableWrap'
import { publicHref } from './noticeApi'

interface Props {
  versions: NoticeVersion[]
  publicUrl: string
  /** The language of the public pages and downloads the links lead to. */
  language: Language
}

/** Every published version, newest first: its public page and downloads, and who published it when. */
export function VersionsTable({ versions, publicUrl, language }: Props) {
  const { t } = useTranslation()
  const { date, dateTime } = useDateFormat()
  return (
    <TableWrap label={t('notice.versions.listTitle')}>
      <table className="table" data-testid="versions-table">
        <thead>
          <tr>
            <th scope="col">{t('notice.versions.version')}</th>
            <th scope="col">{t('notice.versions.effectiveDate')}</th>
            <th scope="col">{t('notice.versions.material')}</th>
            <th scope="col">{t('notice.versions.changeSummary')}</th>
            <th scope="col">{t('notice.versions.published')}</th>
            <th scope="col">{t('notice.versions.downloads')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} data-testid="version-row">
              <th scope="row" className="nowrap">
                <a
                  href={publicHref(publicUrl, { version: v.version, lang: language })}
                  data-testid="version-public-link"
                  aria-label={t('notice.versions.publicPageOf', {
                    version: v.version,
                    language: t(`languages.${language}`),
                  })}
                >
                  {t('notice.versions.versionNumber', { version: v.version })}
                </a>
              </th>
              <td className="nowrap">{date(v.effectiveDate)}</td>
              <td>
                {v.material ? (
                  <span className="badge badge-warning">{t('notice.versions.materialYes')}</span>
                ) : (
                  t('common.no')
                )}
              </td>
              <td className="summary-cell">
                {v.changeSummary || <span className="muted">{t('common.none')}</span>}
              </td>
              <td>
                <span className="nowrap">{dateTime(v.publishedAt)}</span>
                <span className="action-code">{v.publishedBy}</span>
              </td>
              <td>
                <ul className="download-list">
                  {(['pdf', 'md', 'json'] as const).map((format) => (
                    <li key={format}>
                      <a
                        href={publicHref(publicUrl, { version: v.version, format, lang: language })}
                        data-testid={`version-download-${format}`}
                        aria-label={t('notice.versions.downloadOf', {
                          format: t(`notice.formats.${format}`),
                          version: v.version,
                          language: t(`languages.${language}`),
                        })}
                      >
                        {t(`notice.formats.${format}`)}
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
