import { describe, expect, it } from 'vitest'
import { notInGermanNote, purposeLabelIn } from './purpose-wording'
import type { ConsentPurpose } from './purposes'

const purpose = (origin: 'catalogue' | 'custom'): ConsentPurpose => ({
  key: 'newsletter',
  label: { nl: 'Nieuwsbrief', en: 'Newsletter' },
  activities: ['newsletter'],
  offeredToChildren: false,
  origin,
  labelIn: (language) => (language === 'nl' ? 'Nieuwsbrief' : 'Newsletter'),
})

describe('a purpose without German text on a German page (review W6)', () => {
  it('names the organisation as author only of its own text', () => {
    const own = purposeLabelIn(purpose('custom'), 'de')
    expect(own).toMatchObject({ text: 'Newsletter', lang: 'en', notInGerman: true })
    expect(notInGermanNote(own)).toBe(
      'Für diesen Zweck hat die Organisation keinen deutschen Text hinterlegt; er wird auf Englisch gezeigt, wie die Organisation ihn verfasst hat.',
    )
    const catalogue = purposeLabelIn(purpose('catalogue'), 'de')
    expect(notInGermanNote(catalogue)).toBe(
      'Für diesen Zweck ist kein deutscher Text hinterlegt; er wird auf Englisch gezeigt.',
    )
  })

  it('shows the organisation’s German name when it wrote one', () => {
    const shown = purposeLabelIn({ ...purpose('catalogue'), german: { label: 'Rundbrief' } }, 'de')
    expect(shown).toMatchObject({ text: 'Rundbrief', lang: 'de', notInGerman: false })
  })
})
