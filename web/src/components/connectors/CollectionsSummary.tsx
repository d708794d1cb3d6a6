import { useTranslation } from 'react-i18next'
import { TableWrap } from '../TableWrap'
import {
  type DatasetCollectionView,
  type DatasetFieldView,
  type ErasureStrategy,
  effectiveErasure,
  isPersonal,
} from './datasetDocument'
import type { RegisterNames } from './useRegisterNames'

function ErasureText({ strategy }: { strategy: ErasureStrategy }) {
  const { t } = useTranslation()
  if (strategy.strategy === 'fixed')
    return <>{t('connectors.erasure.fixed', { value: JSON.stringify(strategy.value) })}</>
  return <>{t(`connectors.erasure.${strategy.strategy}`)}</>
}

function PersonalField({ field, names }: { field: DatasetFieldView; names: RegisterNames }) {
  const { t } = useTranslation()
  return (
    <li data-testid="summary-field" data-field={field.name}>
      <code>{field.name}</code>{' '}
      <span className="badges">
        {field.category ? (
          <span className="badge badge-pending">{names.category(field.category)}</span>
        ) : null}
        {field.identity ? (
          <span className="badge badge-active">
            {t('connectors.summary.identity', { kind: t(`subjects.kinds.${field.identity as 'email'}`) })}
          </span>
        ) : null}
      </span>{' '}
      <span className="muted">
        → <ErasureText strategy={effectiveErasure(field)} />
      </span>
    </li>
  )
}

function CollectionRow({ collection, names }: { collection: DatasetCollectionView; names: RegisterNames }) {
  const { t } = useTranslation()
  const personal = collection.fields.filter(isPersonal)
  const others = collection.fields.filter((f) => !isPersonal(f))
  const references = collection.fields.filter((f) => f.references && f.references.direction !== 'none')
  const deletesRows =
    collection.erasure === 'delete' || collection.fields.some((f) => f.erasure?.strategy === 'delete_row')
  return (
    <tr data-testid="summary-collection" data-collection={collection.name}>
      <th scope="row">
        <code>{collection.name}</code>
        {collection.primaryKey ? (
          <span className="action-code">
            {t('connectors.summary.primaryKey', { fields: collection.primaryKey.join(', ') })}
          </span>
        ) : null}
        {references.map((f) => (
          <span key={f.name} className="action-code">
            {t('connectors.summary.reference', {
              field: f.name,
              target: `${f.references?.collection}.${f.references?.field}`,
            })}
          </span>
        ))}
      </th>
      <td>
        {personal.length > 0 ? (
          <ul className="plain-list summary-fields">
            {personal.map((f) => (
              <PersonalField key={f.name} field={f} names={names} />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('connectors.summary.noPersonal')}</p>
        )}
        {others.length > 0 ? (
          <p className="hint summary-others">
            {t('connectors.summary.others', {
              count: others.length,
              names: others.map((f) => f.name).join(', '),
            })}
          </p>
        ) : null}
      </td>
      <td>{deletesRows ? t('connectors.summary.deleteRows') : t('connectors.summary.maskFields')}</td>
      <td data-testid="summary-hold">
        {collection.hold ? (
          <>
            {names.rule(collection.hold.rule)}
            <span className="action-code">
              {t('connectors.summary.holdFrom', { field: collection.hold.dateField })}
            </span>
          </>
        ) : (
          <span className="muted">{t('common.none')}</span>
        )}
      </td>
    </tr>
  )
}

/** A readable summary of the collections of a dataset: personal fields, identities, erasure and retention holds. */
export function CollectionsSummary({
  collections,
  names,
}: {
  collections: DatasetCollectionView[]
  names: RegisterNames
}) {
  const { t } = useTranslation()
  if (collections.length === 0) return <p>{t('connectors.summary.empty')}</p>
  return (
    <TableWrap label={t('connectors.summary.tableLabel')}>
      <table className="table summary-table" data-testid="collections-summary">
        <thead>
          <tr>
            <th scope="col">{t('connectors.summary.collection')}</th>
            <th scope="col">{t('connectors.summary.fields')}</th>
            <th scope="col">{t('connectors.summary.erasure')}</th>
            <th scope="col">{t('connectors.summary.hold')}</th>
          </tr>
        </thead>
        <tbody>
          {collections.map((c) => (
            <CollectionRow key={c.name} collection={c} names={names} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
