import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkNoticeCompleteness } from '../src/domain/notice/completeness'
import { composeNotice } from '../src/domain/notice/compose-notice'
import { noticePlainText } from '../src/domain/notice/text'
import type { Language } from '../src/domain/register/localized'
import { parseRegisterText } from '../src/domain/register/parse'

const ROOT = resolve(import.meta.dirname, '../..')
const LANGS: Language[] = ['nl', 'fr', 'en']

function noticeOf(name: string, language: Language) {
  const parsed = parseRegisterText(readFileSync(`${ROOT}/examples/${name}.register.yaml`, 'utf8'))
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`)
  const portalUrl = `https://privacy.example.be/p/${name}`
  return {
    doc: parsed.document,
    text: noticePlainText(composeNotice(parsed.document, { language, portalUrl })),
    portalUrl,
  }
}

/** Phrases every notice must contain, per language (Art. 12(3), 13(2)(d), 21(4)). */
const COMMON: Record<Language, RegExp[]> = {
  nl: [/Drukpersstraat 35/, /één maand/, /bezwaar/i, /Gegevensbeschermingsautoriteit/],
  fr: [/Rue de la Presse 35/, /un mois/, /opposition/i, /Autorité de protection des données/],
  en: [/Rue de la Presse 35/, /one month/, /object/i, /Data Protection Authority/],
}

/** What each sample policy in ../shared/seeds states, as it must appear in the generated notice. */
const FROM_POLICY: Record<string, Record<Language, RegExp[]>> = {
  liberoo: {
    nl: [/gdpr@liberoo\.be/, /rijksregisternummer/i, /18 september 2017/, /sollicit/i, /cookie/i],
    fr: [/gdpr@liberoo\.be/, /numéro de registre national/i, /18 septembre 2017/, /candidat/i, /cookie/i],
    en: [/gdpr@liberoo\.be/, /national register number/i, /18 September 2017/, /applicant/i, /cookie/i],
  },
  'the-invoice-managers': {
    nl: [/0652\.750\.315/, /Blauwtorenplein 2/, /openbare/i, /groep/i, /geautomatiseerde/i, /debiteur/i],
    fr: [/0652\.750\.315/, /Blauwtorenplein 2/, /publi/i, /groupe/i, /automatisée/i, /débiteur/i],
    en: [/0652\.750\.315/, /Blauwtorenplein 2/, /public/i, /group/i, /automated/i, /debtor/i],
  },
  contactexpert: {
    nl: [
      /0427\.073\.974/,
      /dpo@contactexpert\.be/,
      /functionaris voor gegevensbescherming/i,
      /Bel-me-niet-meer/,
      /16/,
    ],
    fr: [
      /0427\.073\.974/,
      /dpo@contactexpert\.be/,
      /délégué à la protection des données/i,
      /Ne-m'appelez-plus/,
      /16/,
    ],
    en: [
      /0427\.073\.974/,
      /dpo@contactexpert\.be/,
      /data protection officer/i,
      /Bel-me-niet-meer|do-not-call/i,
      /16/,
    ],
  },
}

describe('notices generated from the example registers', () => {
  for (const [name, expected] of Object.entries(FROM_POLICY)) {
    for (const language of LANGS) {
      it(`${name} (${language}) passes the completeness check and states what its sample policy states`, () => {
        const { doc, text, portalUrl } = noticeOf(name, language)
        const missing = checkNoticeCompleteness(doc, { portalUrl }).filter((i) => i.status === 'missing')
        expect(missing.map((m) => m.element)).toEqual([])
        for (const pattern of [...COMMON[language], ...expected[language]]) expect(text).toMatch(pattern)
      })
    }
  }

  it('Liberoo (anti-money-laundering) names the criminal data its suspicion reports hold, never "none"', () => {
    const said: Record<Language, [RegExp, RegExp]> = {
      nl: [
        /strafrechtelijke veroordelingen en strafbare feiten, alleen voor zover/i,
        /geen gegevens over strafrechtelijke/i,
      ],
      fr: [
        /condamnations pénales et aux infractions, uniquement/i,
        /aucune donnée relative aux condamnations/i,
      ],
      en: [/criminal convictions and offences, only insofar/i, /no personal data relating to criminal/i],
    }
    for (const language of LANGS) {
      const { text } = noticeOf('liberoo', language)
      const [states, denies] = said[language]
      expect(text).toMatch(states)
      expect(text).not.toMatch(denies)
    }
  })

  it('are committed as rendered Markdown and up to date (examples/notices/)', () => {
    const out = execFileSync(process.execPath, ['scripts/render-example-notices.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(out).toContain('up to date')
  })
})
