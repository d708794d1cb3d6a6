import { describe, expect, it } from 'vitest'
import { say, useCliLanguage } from './language'
import { count } from './words'

describe('the CLI summary of a cookie scan', () => {
  it('counts findings by the language’s plural rules, never "finding(s)"', async () => {
    const expected = {
      en: [
        '1 finding; new since the previous scan: 1, resolved: 0',
        '3 findings; new since the previous scan: 2, resolved: 0',
      ],
      nl: [
        '1 bevinding; nieuw sinds de vorige scan: 1, opgelost: 0',
        '3 bevindingen; nieuw sinds de vorige scan: 2, opgelost: 0',
      ],
      fr: [
        '1 constat\u202f; nouveaux depuis l’analyse précédente\u00a0: 1, résolus\u00a0: 0',
        '3 constats\u202f; nouveaux depuis l’analyse précédente\u00a0: 2, résolus\u00a0: 0',
      ],
    } as const
    for (const language of ['en', 'nl', 'fr'] as const) {
      await useCliLanguage(language)
      const m = say().cookies
      expect([m.summary(count(1, 'finding'), 1, 0), m.summary(count(3, 'finding'), 2, 0)]).toEqual(
        expected[language],
      )
    }
  })
})
