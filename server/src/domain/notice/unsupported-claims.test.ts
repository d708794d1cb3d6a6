import { describe, expect, it } from 'vitest'
import { parseRegister } from '../../../test/fixtures/notice-registers'
import type { Language } from '../register/localized'
import type { RegisterInput } from '../register/schema'
import { composeNotice } from './compose-notice'
import { noticePlainText } from './text'

/**
 * A notice is a legal statement signed by the organisation: it may never claim what nobody entered. These
 * registers state nothing about selling, transfers, cookies, processing agreements or national-number
 * authorisations, so none of the sentences that need such a statement may appear, in any language.
 */

/** A register with nothing but the organisation's name. */
const EMPTY: RegisterInput = { organization: { name: 'Leeg BV' } }

/** Half filled: one activity on a legal obligation, the national register number, a US system and transfer. */
const HALF: RegisterInput = {
  organization: {
    name: 'Half BV',
    address: { street: 'Veldstraat 1', postalCode: '9000', city: 'Gent', country: 'BE' },
    email: 'info@half.be',
    website: 'https://www.half.be',
  },
  activities: [
    {
      key: 'payroll',
      name: { nl: 'Loonadministratie', fr: 'Administration salariale', en: 'Payroll' },
      purposes: [{ purpose: 'personnel_administration', legalBasis: 'legal_obligation' }],
      subjectCategories: ['employees'],
      dataCategories: [{ category: 'identification' }, { category: 'national_register_number' }],
      systems: ['us-payroll'],
      transfers: [{ country: 'US', recipient: 'Payroll Cloud Inc.' }],
    },
  ],
  systems: [{ key: 'us-payroll', name: 'Payroll Cloud', hostingCountry: 'US', vendor: 'payroll-cloud' }],
  vendors: [{ key: 'payroll-cloud', name: 'Payroll Cloud Inc.', country: 'US' }],
}

/** Sentences that need a register statement behind them, per language. */
const CLAIMS: Record<Language, RegExp[]> = {
  nl: [
    /verkopen/i,
    /binnen de Europese Economische Ruimte/,
    /niet door aan landen buiten/,
    /cookie/i,
    /passende waarborg/,
    /machtigt/,
    /niet verplicht/,
    /niet door aan anderen/,
    /verwerkersovereenkomst/,
    /actief op de hoogte/,
    /verwittigen/,
  ],
  fr: [
    /vendons/i,
    /restent dans l'Espace/,
    /au sein de l'Espace/,
    /cookie/i,
    /garantie appropriée/,
    /nous y autorise/,
    /facultative/,
    /ne communiquons pas vos données/,
    /contrat de sous-traitance/,
    /informerons/,
    /préviendrons/,
  ],
  en: [
    /sell/i,
    /within the European Economic Area/,
    /do not transfer them to countries/,
    /cookie/i,
    /appropriate safeguard/,
    /authorises us/,
    /not required to provide/,
    /optional/,
    /do not pass your data/,
    /processing agreement/,
    /inform you actively/,
    /be told when/,
  ],
}

/**
 * Sentences drawn from what the activities record (the source of each data category, the legal bases, the
 * automated-decision answer): true of a register that has activities, unsupported when it has none.
 */
const ACTIVITY_CLAIMS: Record<Language, RegExp[]> = {
  nl: [/rechtstreeks van u/, /Wij nemen geen beslissingen/, /Op dit moment steunen wij/, /verwerken geen/],
  fr: [
    /directement de vous/i,
    /Nous ne prenons à votre égard/,
    /aucun de nos traitements/,
    /Nous ne traitons aucun/,
  ],
  en: [/directly from you/, /We do not take decisions/, /none of our processing/, /We process no/],
}

describe.each(['nl', 'fr', 'en'] as const)(
  'a notice states only what the register proves (%s)',
  (language) => {
    it.each([
      ['an empty register', EMPTY, [...CLAIMS[language], ...ACTIVITY_CLAIMS[language]]],
      ['a half-filled register', HALF, CLAIMS[language]],
    ])('%s makes no unsupported claim', (_name, input, claims) => {
      const text = noticePlainText(composeNotice(parseRegister(input), { language }))
      expect(
        claims.filter((claim) => claim.test(text)),
        text,
      ).toEqual([])
    })

    it('promises an e-mail about changes only on the Custos privacy page, where one can subscribe', () => {
      const portalUrl = 'https://custos.example.be/p/half'
      const notice = composeNotice(parseRegister(HALF), { language, portalUrl, trace: true })
      const changes = notice.sections.find((s) => s.id === 'changes')
      const [paragraph] = changes?.blocks ?? []
      expect(noticePlainText(notice)).toMatch(
        { nl: /verwittigen u dan/, fr: /nous vous préviendrons/, en: /be told when we publish/ }[language],
      )
      expect(paragraph?.source).toContain(
        'portal: subscribers are e-mailed when a material change is published',
      )
    })

    it('says no special or criminal data are processed only when no activity records any', () => {
      const half = composeNotice(parseRegister(HALF), { language, trace: true })
      const said = half.sections.find((s) => s.id === 'personal-data')?.blocks[1]
      expect(said?.source).toContain('activities[payroll].dataCategories')
      expect(noticePlainText(half)).toMatch(
        {
          nl: /Wij verwerken geen bijzondere categorieën .* \(art\. 9\.1 AVG\) en geen gegevens over strafrechtelijke .*\(art\. 10 AVG\)\./,
          fr: /Nous ne traitons aucune catégorie particulière .* ni aucune donnée relative aux condamnations .*\(art\. 10 RGPD\)\./,
          en: /We process no special categories .* and no personal data relating to criminal .*\(Art\. 10 GDPR\)\./,
        }[language],
      )
      const withHealth = structuredClone(HALF)
      withHealth.activities?.[0]?.dataCategories?.push({ category: 'health_data' })
      const text = noticePlainText(composeNotice(parseRegister(withHealth), { language }))
      expect(text).not.toMatch(
        /bijzondere categorieën van persoonsgegevens, zoals|catégorie particulière|no special categories/,
      )
      expect(text).toMatch(
        {
          nl: /Wij verwerken geen gegevens over strafrechtelijke/,
          fr: /Nous ne traitons aucune donnée relative/,
          en: /We process no personal data relating to criminal/,
        }[language],
      )
    })

    it('lists the US transfer without claiming a safeguard it does not have', () => {
      const notice = composeNotice(parseRegister(HALF), { language })
      expect(notice.sections.map((s) => s.id)).toContain('transfers')
      expect(noticePlainText(notice)).toContain('Payroll Cloud Inc.')
    })
  },
)
