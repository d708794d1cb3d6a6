import type { TFunction } from 'i18next'

/** Custos's own data (closed requests, the outbox, the subject index) is planned and swept as dataset `custos`. */
export const OWN_DATASET = 'custos'

/** What a plan item or run is about: Custos's own collections named in words, the others by name. */
export function collectionLabel(t: TFunction, item: { dataset: string; collection: string }): string {
  return item.dataset === OWN_DATASET
    ? t(`retention.plan.own.${item.collection}`, { defaultValue: item.collection })
    : item.collection
}
