import { describe, expect, it } from 'vitest'
import type { RetentionRule } from '../../register/schema'
import { continuation, lowerFirst } from '../text'
import { dateIn, durationIn } from './common'
import { wordingFor } from './index'

const rule = (overrides: Partial<RetentionRule>): RetentionRule => ({
  key: 'r',
  name: 'r',
  duration: { years: 7, months: 0, days: 0 },
  trigger: 'invoice_date',
  action: 'delete',
  consentRenewable: false,
  ...overrides,
})

describe('wording', () => {
  it('writes periods and their starting point in each language', () => {
    const accounting = rule({ statutoryReference: 'WER/CDE art. III.88' })
    expect(wordingFor('nl').retention.period(accounting)).toBe(
      'zeven jaar vanaf de afsluiting van het boekjaar waarop de factuur betrekking heeft (WER/CDE art. III.88)',
    )
    expect(wordingFor('fr').retention.period(accounting)).toBe(
      "sept ans à compter de la clôture de l'exercice comptable auquel la facture se rapporte (WER/CDE art. III.88)",
    )
    expect(wordingFor('en').retention.period(accounting)).toBe(
      'seven years from the close of the financial year to which the invoice relates (WER/CDE art. III.88)',
    )
  })

  it('puts the right French article after "à compter de" for a custom event', () => {
    const fr = wordingFor('fr').retention
    const custom = (fr: string) => rule({ trigger: 'custom', triggerDescription: { fr } })
    expect(fr.period(custom("1er janvier de l'année qui suit la clôture"))).toContain(
      'à compter du 1er janvier',
    )
    expect(fr.period(custom('La fin de la période imposable'))).toContain('à compter de la fin de la période')
    expect(fr.period(custom("L'exécution de l'opération"))).toContain("à compter de l'exécution")
    expect(fr.period(custom('Le dernier paiement'))).toContain('à compter du dernier paiement')
    expect(
      wordingFor('nl').retention.period(
        rule({ trigger: 'custom', triggerDescription: 'Het einde van de tewerkstelling' }),
      ),
    ).toBe('zeven jaar vanaf het einde van de tewerkstelling')
  })

  it('writes durations, dates and article references the way each language does', () => {
    expect(durationIn({ years: 1, months: 6, days: 0 }, 'nl', 'en')).toBe('één jaar en zes maanden')
    expect(durationIn({ years: 1, months: 0, days: 0 }, 'fr', 'et')).toBe('un an')
    expect(durationIn({ years: 0, months: 13, days: 0 }, 'en', 'and')).toBe('13 months')
    expect(dateIn('2026-03-01', 'fr')).toBe('1er mars 2026')
    expect(dateIn('2026-03-01', 'nl')).toBe('1 maart 2026')
    expect(dateIn('2026-03-21', 'en')).toBe('21 March 2026')
    expect(wordingFor('nl').art('6.1.f')).toBe('art. 6.1.f AVG')
    expect(wordingFor('fr').art('6.1.f')).toBe('art. 6.1.f RGPD')
    expect(wordingFor('en').art('6.1.f')).toBe('Art. 6(1)(f) GDPR')
  })

  it('elides the French preposition before a vowel', () => {
    expect(wordingFor('fr').title('Acme')).toBe("Déclaration de confidentialité d'Acme")
    expect(wordingFor('fr').title('Liberoo')).toBe('Déclaration de confidentialité de Liberoo')
    expect(wordingFor('fr').headings['who-we-are']).toBe('Qui sommes-nous\u202f?')
  })

  it('quotes purpose labels that contain the conjunction, and lowers the others', () => {
    const detail = wordingFor('nl').recipients.detail
    expect(detail(['Facturatie en boekhouding', 'Klantenbeheer'], 'enkel de boekhouder.')).toBe(
      'Voor “Facturatie en boekhouding” en “Klantenbeheer”: enkel de boekhouder.',
    )
    expect(detail(['Klantenbeheer'], 'enkel de boekhouder.')).toBe('Voor klantenbeheer: enkel de boekhouder.')
  })
})

describe('continuation and lowerFirst', () => {
  const names = new Set(['Digitas'])
  it('lowers an ordinary first word only', () => {
    expect(continuation('Betaald worden voor geleverde diensten.', names)).toBe(
      'betaald worden voor geleverde diensten.',
    )
    expect(continuation('A score based on history.', names)).toBe('a score based on history.')
    expect(continuation("L'exécution de l'opération", names)).toBe("l'exécution de l'opération")
    expect(continuation('Digitas wil betaald worden.', names)).toBe('Digitas wil betaald worden.')
    expect(continuation('Expo Gent beantwoordt de verzoeken.', names)).toBe(
      'Expo Gent beantwoordt de verzoeken.',
    )
    expect(continuation('KBO en Belgisch Staatsblad.', names)).toBe('KBO en Belgisch Staatsblad.')
    expect(continuation('Belgische wetgeving verplicht ons.', names)).toBe(
      'Belgische wetgeving verplicht ons.',
    )
    expect(continuation('I agree.', names)).toBe('I agree.')
  })

  it('keeps acronyms capitalised', () => {
    expect(lowerFirst('IP-adres en toestelgegevens')).toBe('IP-adres en toestelgegevens')
    expect(lowerFirst('Identificatiegegevens')).toBe('identificatiegegevens')
  })
})
