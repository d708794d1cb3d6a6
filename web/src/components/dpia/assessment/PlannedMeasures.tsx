import { useTranslation } from 'react-i18next'
import type { Content, SetContent } from './types'

type Measure = NonNullable<Content['plannedMeasures']>[number]

/** The planned measures (each becomes an action of the action plan when saved): title, due date, add and remove. */
export function PlannedMeasures({ content, setContent }: { content: Content; setContent: SetContent }) {
  const { t } = useTranslation()
  const change = (i: number, next: (m: Measure) => Measure) =>
    setContent((c) => ({
      ...c,
      plannedMeasures: (c.plannedMeasures ?? []).map((x, j) => (j === i ? next(x) : x)),
    }))
  return (
    <>
      <h3>{t('dpia.assessment.planned')}</h3>
      <p className="hint">{t('dpia.assessment.plannedHint')}</p>
      {(content.plannedMeasures ?? []).map((m, i) => (
        <div className="inline-fields" key={m.key ?? `new-${i}`}>
          <div className="field">
            <label htmlFor={`measure-${i}-title`}>{t('dpia.assessment.measureTitle')}</label>
            <input
              id={`measure-${i}-title`}
              value={m.title}
              onChange={(e) => change(i, (x) => ({ ...x, title: e.target.value }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`measure-${i}-due`}>{t('dpia.assessment.measureDue')}</label>
            <input
              id={`measure-${i}-due`}
              type="date"
              value={m.due ?? ''}
              onChange={(e) => change(i, (x) => ({ ...x, due: e.target.value || null }))}
            />
          </div>
          <button
            type="button"
            className="button-danger-quiet"
            onClick={() =>
              setContent((c) => ({
                ...c,
                plannedMeasures: (c.plannedMeasures ?? []).filter((_, j) => j !== i),
              }))
            }
          >
            {t('dpia.assessment.removeMeasure')}
            <span className="visually-hidden"> {m.title}</span>
          </button>
        </div>
      ))}
      <p>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            setContent((c) => ({
              ...c,
              plannedMeasures: [
                ...(c.plannedMeasures ?? []),
                { title: '', risks: [], priority: 'medium', due: null },
              ],
            }))
          }
        >
          {t('dpia.assessment.addMeasure')}
        </button>
      </p>
    </>
  )
}
