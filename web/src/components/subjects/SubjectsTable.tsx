import { useTranslation } from 'react-i18next'
import type { SubjectSummary } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { subjectsHref } from '../../app/routes'
import { TableWrap } from '../TableWrap'
import { IdentityList } from './IdentityList'

export function SubjectsTable({
  slug,
  items,
  label,
}: {
  slug: string
  items: SubjectSummary[]
  label: string
}) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  return (
    <TableWrap label={label}>
      <table className="table" data-testid="subjects-table">
        <thead>
          <tr>
            <th scope="col">{t('subjects.columns.name')}</th>
            <th scope="col">{t('subjects.columns.identities')}</th>
            <th scope="col">{t('subjects.columns.language')}</th>
            <th scope="col">{t('subjects.columns.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} data-testid="subject-row">
              <th scope="row">
                <a href={subjectsHref(slug, { view: 'detail', id: s.id })} data-testid="subject-link">
                  {s.name}
                </a>
              </th>
              <td>
                <IdentityList identities={s.identities} />
              </td>
              <td>{s.language ? t(`languages.${s.language}`) : t('subjects.unknownLanguage')}</td>
              <td className="nowrap">{date(s.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
