import { describe, expect, it } from 'vitest'
import { accountantRegister } from '../../../test/fixtures/accountant-register'
import { LANGUAGES } from '../register/localized'
import { gdprArticle, gdprArticles } from './articles'
import { formatDate, formatDuration, formatEuro } from './format'
import { processorRoutes } from './processor-routing'
import { requestReference } from './request'
import { REQUEST_CHANNEL_LABELS, REQUEST_CHANNELS, REQUEST_TYPE_INFO, REQUEST_TYPES } from './request-types'
import { REQUEST_STATUS_LABELS } from './status-labels'

describe('request types and channels', () => {
  it('every type has a GDPR provision, a label and a one-line explanation in nl, fr and en', () => {
    for (const type of REQUEST_TYPES) {
      const info = REQUEST_TYPE_INFO[type]
      expect(() => gdprArticle(info.article, 'en')).not.toThrow()
      for (const language of LANGUAGES) {
        expect(info.label[language].trim()).not.toBe('')
        expect(info.help[language]).toMatch(/\.$/)
      }
    }
    expect(REQUEST_TYPE_INFO.objection_direct_marketing.article).toBe('21.3')
    expect(REQUEST_TYPE_INFO.objection_legitimate_interest.article).toBe('21.1')
    expect(REQUEST_TYPE_INFO.withdraw_consent.article).toBe('7.3')
  })

  it('every channel and status has a label in nl, fr and en', () => {
    expect(REQUEST_CHANNELS).toEqual([
      'portal',
      'email',
      'phone',
      'letter',
      'in_person',
      'social_media',
      'web_form',
    ])
    for (const labels of [
      ...Object.values(REQUEST_CHANNEL_LABELS),
      ...Object.values(REQUEST_STATUS_LABELS),
    ]) {
      for (const language of LANGUAGES) expect(labels[language].trim()).not.toBe('')
    }
  })
})

describe('formatting', () => {
  it('cites GDPR provisions the Belgian way in nl and fr, with brackets in en', () => {
    expect(gdprArticle('12.3', 'nl')).toBe('art. 12.3 AVG')
    expect(gdprArticle('17.3.b', 'fr')).toBe('art. 17.3.b RGPD')
    expect(gdprArticle('17.3.b', 'en')).toBe('Art. 17(3)(b) GDPR')
    expect(gdprArticles(['12.4', '77'], 'nl')).toBe('art. 12.4 en 77 AVG')
    expect(gdprArticles(['11.2', '12.2', '12.6'], 'en')).toBe('Art. 11(2), 12(2) and 12(6) GDPR')
    expect(() => gdprArticle('12(3)', 'en')).toThrow(RangeError)
  })

  it('dates as dd/mm/yyyy, amounts and durations per language', () => {
    expect(formatDate('2026-03-02')).toBe('02/03/2026')
    expect(formatEuro(123456, 'nl')).toBe('€ 1.234,56')
    expect(formatEuro(123456, 'fr')).toBe('1\u202f234,56\u00a0€')
    expect(formatEuro(5, 'en')).toBe('€0.05')
    expect(formatDuration({ years: 1, months: 6, days: 0 }, 'fr')).toBe('1 an et 6 mois')
    expect(formatDuration({ years: 0, months: 0, days: 30 }, 'nl')).toBe('30 dagen')
  })

  it('request references carry the year and a sequence number', () => {
    expect(requestReference('2026-01-31', 42)).toBe('DSR-2026-0042')
    expect(() => requestReference('2026-01-31', 0)).toThrow(RangeError)
  })
})

describe('processorRoutes — where requests about processor activities go (Art. 28(3)(e))', () => {
  it('lists the controllers of the processor activities, with their contact', () => {
    expect(processorRoutes(accountantRegister())).toEqual([
      {
        activityKey: 'payroll-for-clients',
        activityName: expect.anything(),
        controller: { name: 'Bakkerij Retail NV', contact: 'dpo@bakkerij-retail.be' },
        agreementSigned: true,
      },
      {
        activityKey: 'payroll-for-clients',
        activityName: expect.anything(),
        controller: { name: 'Garage Noord BV' },
        agreementSigned: false,
      },
    ])
    expect(processorRoutes(accountantRegister(), ['crm'])).toEqual([])
  })
})
