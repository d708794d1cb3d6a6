import { describe, expect, it } from 'vitest'
import {
  accountantRegister,
  accountantRegisterInput,
  brussels,
  newRequest,
} from '../../../../test/fixtures/accountant-register'
import type { Language } from '../../register/localized'
import { registerDocumentSchema } from '../../register/schema'
import type { ActionInputs, RequestAction } from '../actions'
import type { LetterKind, LetterSpec } from '../letter-spec'
import { openRequest } from '../open-request'
import type { DataSubjectRequest } from '../request'
import { transition } from '../workflow'
import { composeLetter, type LetterContext } from './compose-letter'
import type { Letter } from './letter'
import { renderLetterHtml } from './render-html'
import { renderLetterText } from './render-text'

const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en']
const day = (date: string) => brussels(`${date}T10:00`)

/** Reasons as an agent would type them, in the subject's language. */
const REASON: Record<Language, string> = {
  nl: 'Uw gegevens staan verspreid over vijf systemen en een papieren archief',
  fr: 'Vos données sont réparties entre cinq systèmes et des archives papier',
  en: 'Your data is spread over five systems and a paper archive',
}

function step<A extends RequestAction>(
  request: DataSubjectRequest,
  action: A,
  at: Date,
  input: ActionInputs[A],
) {
  const result = transition(request, action, at, input)
  if (!result.ok) throw new Error(`${action} refused: ${result.reason}`)
  return result
}

function spec(result: { letter: LetterSpec | null }): LetterSpec {
  if (!result.letter) throw new Error('no letter')
  return result.letter
}

const ALL_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection_direct_marketing',
  'objection_legitimate_interest',
  'withdraw_consent',
  'stop_contact',
] as const

/** One letter of each kind, in `language`, from a realistic run of the workflow. */
function letterSpecs(language: Language, subjectName = 'Jan De Smet'): Record<LetterKind, LetterSpec> {
  const opened = openRequest(
    newRequest({ language, types: [...ALL_TYPES], channel: 'phone', subject: { name: subjectName } }),
    day('2026-01-31'),
  )
  if (!opened.ok) throw new Error(opened.reason)
  const received = opened.request
  const identity = step(received, 'request_identity', day('2026-02-02'), {
    needed: ['customer_number', 'id_document_masked'],
    reason: REASON[language],
  })
  const started = step(identity.request, 'confirm_identity', day('2026-02-04'), { method: 'ID' }).request
  const extension = step(started, 'extend', day('2026-02-20'), { reasons: [REASON[language]] })
  const fee = step(started, 'warn_fee', day('2026-02-05'), {
    ground: 'excessive',
    reasons: [REASON[language]],
    amountCents: 2500,
  })
  const details = {
    access: { delivery: 'download' as const, availableUntil: '2026-04-15' },
    rectification: { corrected: ['Adres: Veldstraat 1, 9000 Gent'] },
    erasure: {
      erased: ['contact_details'],
      kept: [
        {
          dataCategories: ['invoices_payments', 'identification'],
          ground: 'legal_obligation' as const,
          retentionRule: 'invoices-7y',
          until: '2033-12-31',
        },
        {
          dataCategories: ['national_register_number'],
          ground: 'legal_obligation' as const,
          retentionRule: 'aml-10y',
        },
      ],
    },
    objectionLegitimateInterest: { stopped: ['credit-check'] },
    withdrawConsent: { purposes: ['direct_marketing'] },
    recipientsNotified: ['CloudCRM Inc.'],
  }
  const completed = step(extension.request, 'complete', day('2026-03-20'), { details })
  const partial = step(extension.request, 'partially_refuse', day('2026-03-20'), {
    details,
    refusedTypes: ['portability'],
    ground: 'other',
    reasons: [REASON[language]],
  })
  // An objection to direct marketing is never refused: the refusal concerns a request without one.
  const refusable = openRequest(
    newRequest({ language, types: ['access', 'erasure'], subject: { name: subjectName } }),
    day('2026-01-31'),
  )
  if (!refusable.ok) throw new Error(refusable.reason)
  const refused = step(refusable.request, 'refuse', day('2026-02-25'), {
    ground: 'legal_obligation',
    reasons: [REASON[language]],
    legalReference: 'Wet/Loi 18.09.2017, art. 65',
  })
  // A fresh request about a processor activity.
  const forwardedRequest = openRequest(
    newRequest({ language, types: ['access'], subject: { name: subjectName } }),
    day('2026-02-02'),
  )
  if (!forwardedRequest.ok) throw new Error(forwardedRequest.reason)
  const forwarded = step(forwardedRequest.request, 'forward_to_controller', day('2026-02-03'), {
    controller: { name: 'Bakkerij Retail NV', contact: 'dpo@bakkerij-retail.be' },
  })
  return {
    acknowledgement: spec(opened),
    identity_needed: spec(identity),
    extension: spec(extension),
    fee_warning: spec(fee),
    completed: spec(completed),
    partially_refused: spec(partial),
    refused: spec(refused),
    forwarded: spec(forwarded),
  }
}

const context: LetterContext = {
  register: accountantRegister(),
  links: {
    status: 'https://custos.example.be/p/fidu/status/tok123',
    download: 'https://custos.example.be/d/abc',
  },
}

function letters(language: Language): Record<LetterKind, Letter> {
  const specs = letterSpecs(language)
  return Object.fromEntries(
    Object.entries(specs).map(([kind, s]) => [kind, composeLetter(s, context)]),
  ) as Record<LetterKind, Letter>
}

const text = (letter: Letter) => renderLetterText(letter)

describe('letters — every kind in nl, fr and en', () => {
  const FORMULAS: Record<Language, { salutation: string; closing: string }> = {
    nl: { salutation: 'Geachte heer, geachte mevrouw,', closing: 'Met vriendelijke groeten,' },
    fr: {
      salutation: 'Madame, Monsieur,',
      closing: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    },
    en: { salutation: 'Dear Sir or Madam,', closing: 'Yours faithfully,' },
  }

  it.each(LANGUAGES)('%s: formal salutation and closing, reference, signature, no ISO dates', (language) => {
    for (const letter of Object.values(letters(language))) {
      const body = text(letter)
      expect(letter.salutation).toBe(FORMULAS[language].salutation)
      expect(letter.closing).toBe(FORMULAS[language].closing)
      expect(letter.subject).toContain('DSR-2026-0001')
      expect(body).toContain('Fidu Janssens BV')
      expect(body).toContain('privacy@fidujanssens.be')
      expect(body).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
      expect(body.trimEnd().endsWith('Kouter 12, 9000 Gent')).toBe(true)
    }
  })

  it.each(LANGUAGES)('%s: dates are dd/mm/yyyy', (language) => {
    const all = letters(language)
    expect(text(all.acknowledgement)).toContain('31/01/2026')
    expect(text(all.acknowledgement)).toContain('02/03/2026')
    expect(text(all.extension)).toContain('30/04/2026')
    expect(text(all.completed)).toContain('15/04/2026')
    expect(text(all.completed)).toContain('31/12/2033')
    expect(text(all.forwarded)).toContain('03/02/2026')
    expect(all.completed.meta[0]?.value).toBe('20/03/2026')
  })

  const AUTHORITY: Record<Language, string[]> = {
    nl: [
      'Gegevensbeschermingsautoriteit',
      'Drukpersstraat 35, 1000 Brussel',
      'contact@apd-gba.be',
      'art. 79 AVG',
    ],
    fr: [
      'Autorité de protection des données',
      'Rue de la Presse 35, 1000 Bruxelles',
      'contact@apd-gba.be',
      'art. 79 RGPD',
    ],
    en: [
      'Data Protection Authority',
      'Rue de la Presse 35, 1000 Brussels',
      'contact@apd-gba.be',
      'Art. 79 GDPR',
    ],
  }

  it.each(LANGUAGES)(
    '%s: refusals always give the complaint route to the GBA/APD and the courts (Art. 12(4))',
    (language) => {
      const all = letters(language)
      for (const kind of ['refused', 'partially_refused', 'fee_warning'] as const) {
        const body = text(all[kind])
        for (const fact of AUTHORITY[language]) expect(body).toContain(fact)
        expect(body).toContain(REASON[language])
      }
      expect(text(all.refused)).toContain('Wet/Loi 18.09.2017, art. 65')
    },
  )

  const ENGLISH = /\b(the|your|request|please|our|which|with|and|data|been|will|we)\b/i

  it.each(['nl', 'fr'] as const)('%s: no English words (spot check)', (language) => {
    for (const letter of Object.values(letters(language))) {
      const match = ENGLISH.exec(text(letter))
      expect(
        match?.[0],
        `${letter.kind}: "${match?.input.slice(Math.max(0, match.index - 40), match.index + 40)}"`,
      ).toBeUndefined()
    }
  })

  it('fr and nl do not mix: no Dutch in French, no French in Dutch (spot check)', () => {
    for (const letter of Object.values(letters('fr')))
      expect(text(letter)).not.toMatch(/\b(uw|wij|verzoek|gegevens)\b/)
    for (const letter of Object.values(letters('nl')))
      expect(text(letter)).not.toMatch(/\b(vous|votre|nous|demande)\b/)
  })
})

describe('letters — content per kind', () => {
  it('acknowledgement: date of receipt, types, reference, due date, next steps, proportionate identity check', () => {
    const nl = text(letters('nl').acknowledgement)
    expect(nl).toContain('op 31/01/2026 telefonisch hebben ontvangen')
    expect(nl).toContain('Recht op inzage (art. 15 AVG)')
    expect(nl).toContain('Bezwaar tegen direct marketing (art. 21.3 AVG)')
    expect(nl).toContain('Uw verzoek is geregistreerd onder referentie DSR-2026-0001')
    expect(nl).toContain('uiterlijk op 02/03/2026 (art. 12.3 AVG)')
    expect(nl).toContain('niet standaard een kopie van uw identiteitskaart')
    expect(nl).toContain('hierboven samengevat')
    expect(nl).toContain('https://custos.example.be/p/fidu/status/tok123')
    expect(text(letters('fr').acknowledgement)).toContain(
      "pas systématiquement une copie de votre carte d'identité",
    )
    expect(text(letters('en').acknowledgement)).toContain('as a matter of course')
  })

  it('identity_needed: what we need and why, masking advice, deleted after verification', () => {
    const all = {
      nl: text(letters('nl').identity_needed),
      fr: text(letters('fr').identity_needed),
      en: text(letters('en').identity_needed),
    }
    expect(all.nl).toContain('uw foto en uw rijksregisternummer af')
    expect(all.nl).toContain('verwijderen ze onmiddellijk na die controle')
    expect(all.nl).toContain(REASON.nl)
    expect(all.nl).toContain('loopt tot 02/03/2026')
    expect(all.fr).toContain('masquer votre photo et votre numéro de registre national')
    expect(all.fr).toContain('la supprimons immédiatement après cette vérification')
    expect(all.en).toContain('mask your photo and your national register number')
    expect(all.en).toContain('delete it immediately after that check')
  })

  it('extension: the new due date, the reasons, Art. 12(3)', () => {
    const nl = text(letters('nl').extension)
    expect(nl).toContain('uiterlijk op 02/03/2026')
    expect(nl).toContain('uiterlijk op 30/04/2026 antwoorden')
    expect(nl).toContain('artikel 12.3')
    expect(nl).toContain(`- ${REASON.nl}`)
    expect(text(letters('en').extension)).toContain('Article 12(3)')
  })

  it('fee warning: the amount in the language, Art. 12(5), and the choice to withdraw', () => {
    expect(text(letters('nl').fee_warning)).toContain('€ 25,00')
    expect(text(letters('fr').fee_warning)).toContain('25,00\u00a0€')
    expect(text(letters('en').fee_warning)).toContain('€25.00')
    expect(text(letters('en').fee_warning)).toContain('excessive within the meaning of Art. 12(5) GDPR')
    expect(text(letters('nl').fee_warning)).toContain('intrekken of beperken')
  })

  it('completed: access package and Art. 15 information, erasure with what is kept and why, named from the register', () => {
    const nl = text(letters('nl').completed)
    expect(nl).toContain('https://custos.example.be/d/abc')
    expect(nl).toContain('beschikbaar is tot en met 15/04/2026')
    for (const heading of [
      'Doeleinden en rechtsgronden (art. 15.1.a AVG)',
      'Categorieën van persoonsgegevens (art. 15.1.b AVG)',
      'Ontvangers (art. 15.1.c AVG)',
      'Bewaartermijnen (art. 15.1.d AVG)',
      'Uw rechten (art. 15.1.e AVG)',
      'Klacht bij de toezichthoudende autoriteit (art. 15.1.f AVG)',
      'Herkomst van de gegevens (art. 15.1.g AVG)',
      'Geautomatiseerde besluitvorming (art. 15.1.h AVG)',
    ]) {
      expect(nl).toContain(heading)
    }
    expect(nl).toContain('- Contactgegevens')
    expect(nl).toContain(
      'Facturatie- en betalingsgegevens en identificatiegegevens: wij moeten deze gegevens bewaren op grond van een wettelijke verplichting (art. 17.3.b AVG) – Facturen: 7 jaar (vertrekpunt: factuurdatum; WER/CDE art. III.88). Wij wissen ze uiterlijk op 31/12/2033.',
    )
    expect(nl).toContain(
      'Antiwitwasdossier: 10 jaar (vertrekpunt: einde van de zakelijke relatie; Wet/Loi 18.09.2017, art. 60)',
    )
  })

  it('completed: restriction (Art. 18(3)), objections, consent, stop contact and Art. 19 recipients', () => {
    const nl = text(letters('nl').completed)
    expect(nl).toContain(
      'Voordat wij de beperking opheffen, brengen wij u daarvan op de hoogte (art. 18.3 AVG)',
    )
    expect(nl).toContain('niet langer voor direct marketing')
    expect(nl).toContain('- Kredietcontrole')
    expect(nl).toContain('niet langer voor de volgende doeleinden: direct marketing en nieuwsbrieven.')
    expect(nl).toContain('art. 7.3 AVG')
    expect(nl).toContain('www.bel-me-niet-meer.be')
    expect(nl).toContain('Kennisgeving aan ontvangers (art. 19 AVG)'.toLocaleUpperCase())
    expect(nl).toContain('- CloudCRM Inc.')
    expect(nl).toContain('- Adres: Veldstraat 1, 9000 Gent')
    expect(text(letters('fr').completed)).toContain('www.ne-m-appelez-plus.be')
    expect(text(letters('en').completed)).toContain('www.dncm.be')
  })

  it('partially refused: what was granted, what is refused and why', () => {
    const en = text(letters('en').partially_refused)
    expect(en).toContain('We can only partly act on your request.')
    expect(en).toContain('- Right to data portability (Art. 20 GDPR)')
    expect(en).toContain('RIGHT OF ACCESS (ART. 15 GDPR)')
    expect(en).not.toContain('RIGHT TO DATA PORTABILITY')
  })

  it('forwarded: we act as processor, forwarded on that date, the controller and its contact', () => {
    const fr = text(letters('fr').forwarded)
    expect(fr).toContain('pour le compte de Bakkerij Retail NV')
    expect(fr).toContain('en qualité de sous-traitant (art. 28 RGPD)')
    expect(fr).toContain('à Bakkerij Retail NV le 03/02/2026')
    expect(fr).toContain('dpo@bakkerij-retail.be')
  })

  it('without a download link, tells the subject the link follows separately', () => {
    const completed = letterSpecs('nl').completed
    expect(text(composeLetter(completed, { register: accountantRegister() }))).toContain(
      'in een afzonderlijk bericht',
    )
  })

  it('signs as privacy contact when no DPO is appointed', () => {
    const input = accountantRegisterInput()
    const register = registerDocumentSchema.parse({
      ...input,
      organization: { ...input.organization, dpo: { appointed: false, email: 'privacy@fidujanssens.be' } },
    })
    const letter = composeLetter(letterSpecs('nl').acknowledgement, { register })
    expect(letter.signature.lines[0]).toBe('Contactpersoon gegevensbescherming')
  })
})

describe('letters — rendering', () => {
  it('plain text: addressee, meta, salutation, body, closing, signature', () => {
    const body = text(letters('fr').acknowledgement)
    expect(
      body.startsWith('Jan De Smet\n\nDate\u00a0: 31/01/2026\nRéférence\u00a0: DSR-2026-0001\nObjet\u00a0: '),
    ).toBe(true)
    expect(body).toContain('\n\nMadame, Monsieur,\n\n')
  })

  it("French letters use the notices' spacing: narrow no-break space before ; ? !, no-break space before :", () => {
    const all = Object.values(letters('fr')).map(text).join('\n')
    expect(all).toContain('\u202f;')
    expect(all).toContain('\u00a0:')
    expect(all.match(/.{60}[ \u00a0][;?!].{10}/g) ?? []).toEqual([])
    expect(all).not.toMatch(/ :/)
  })

  it('HTML escapes every user-provided string', () => {
    const hostile = '<script>alert("x")</script>'
    const specs = letterSpecs('nl', hostile)
    const refused = transition(
      (() => {
        const opened = openRequest(newRequest({ subject: { name: hostile } }), day('2026-01-31'))
        if (!opened.ok) throw new Error(opened.reason)
        return opened.request
      })(),
      'refuse',
      day('2026-02-02'),
      { ground: 'other', reasons: ['<img src=x onerror=alert(1)>'] },
    )
    for (const letter of [...Object.values(specs), spec(refused as { letter: LetterSpec | null })].map((s) =>
      composeLetter(s, context),
    )) {
      const html = renderLetterHtml(letter)
      expect(html).not.toContain('<script')
      expect(html).not.toContain('<img')
      expect(html).not.toContain('style=')
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    }
    // The recipients of the register are user-provided too.
    expect(renderLetterHtml(composeLetter(specs.completed, context))).toContain('Audit &amp; Co &lt;CV&gt;')
  })

  it('HTML keeps http(s) links and drops any other scheme', () => {
    const completed = letterSpecs('en').completed
    const safe = renderLetterHtml(composeLetter(completed, context))
    expect(safe).toContain('<a href="https://custos.example.be/d/abc">https://custos.example.be/d/abc</a>')
    const unsafe = renderLetterHtml(
      composeLetter(completed, {
        register: accountantRegister(),
        links: { download: 'javascript:alert(1)' },
      }),
    )
    expect(unsafe).not.toContain('href="javascript')
    expect(unsafe).toContain('javascript:alert(1)')
  })

  it('HTML structure: an article in the language, sections with headings, the authority as an address', () => {
    const html = renderLetterHtml(letters('nl').refused)
    expect(html.startsWith('<article class="dsr-letter" lang="nl">')).toBe(true)
    expect(html).toContain('<h2>Uw rechtsmiddelen</h2>')
    expect(html).toContain('<address>Gegevensbeschermingsautoriteit<br>Drukpersstraat 35, 1000 Brussel<br>')
    const completed = renderLetterHtml(letters('nl').completed)
    expect(completed).toContain('<h3>Bewaartermijnen (art. 15.1.d AVG)</h3>')
  })
})
