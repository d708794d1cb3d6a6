import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessmentContentSchema } from './assessment'
import { type CnilImport, htmlToText, readCnilPiaFile } from './cnil-pia'

/**
 * A hand-made fixture in the CNIL PIA software's export format (written from LINCnil/pia's PiaService.exportData and
 * its example file, not a file exported by the CNIL's software): a Belgian call centre, French texts with the
 * editor's HTML and entities, a PIA validated with signature.
 */
const FIXTURE_PATH = new URL('../../../test/fixtures/cnil-pia-export.json', import.meta.url)
const fixtureText = readFileSync(FIXTURE_PATH, 'utf8')
const fixture = () => JSON.parse(fixtureText) as Record<string, unknown>

function mapped(input: unknown, lang: 'nl' | 'fr' | 'en' = 'en'): CnilImport {
  const r = readCnilPiaFile(input, lang)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

describe('CNIL PIA file: mapping (hand-made fixture in the CNIL export format)', () => {
  const { content, notImported, fileStatus, piaName } = mapped(fixture())
  const listed = (path: string) => notImported.find((n) => n.path === path)

  it('takes the context texts, with a heading per CNIL question, as plain text', () => {
    expect(content.context.overview).toContain(
      'The processing:\nLe centre d’appels Belcall'.replace('’', "'"),
    )
    expect(content.context.overview).toContain(
      'Responsibilities linked to the processing:\nBelcall est sous-traitant',
    )
    expect(content.context.lifecycle).toContain(
      'Data processed:\n- Identité et coordonnées\n- Numéro de registre national',
    )
    expect(content.context.lifecycle).toContain('30 jours, effacement à la clôture')
    expect(content.context.overview).not.toMatch(/<|&[a-z]+;/)
  })

  it('takes the twelve principles with their answers and evaluations (3 acceptable, 2 improvable, 1 to correct)', () => {
    expect(Object.keys(content.principles)).toHaveLength(12)
    expect(content.principles.legal_basis).toEqual({
      answer: 'Obligation légale (loi du 6 août 1990).',
      evaluation: 'acceptable',
    })
    expect(content.principles.minimisation?.evaluation).toBe('improvable')
    expect(content.principles.minimisation?.answer).toContain(
      "Evaluator's comment (CNIL PIA software): Le numéro de registre national n’est pas nécessaire",
    )
    expect(content.principles.restriction_objection?.evaluation).toBe('to_correct')
  })

  it('takes the three risks: impacts, threats, sources, severity and likelihood before and after the action plan', () => {
    expect(content.risks.illegitimate_access).toEqual({
      impacts: ["Usurpation d'identité", 'Démarchage non désiré'],
      threats: ["Consultation d'un dossier sans appel"],
      sources: ["Agent du centre d'appels", 'Attaquant externe'],
      initial: { severity: 3, likelihood: 3 },
      residual: { severity: 3, likelihood: 1 },
    })
    expect(content.risks.unwanted_modification?.initial).toEqual({ severity: 2, likelihood: 2 })
    expect(content.risks.unwanted_modification?.residual).toEqual({ severity: 2, likelihood: 1 })
    // Severity without likelihood: no estimate, and it says so.
    expect(content.risks.disappearance?.initial).toBeNull()
    expect(listed('answers.34.data.gauge')?.reason).toBe('incomplete_estimate')
    expect(listed('answers.22.data.text')?.label).toBe(
      'Justification of the severity: Illegitimate access to data',
    )
  })

  it('takes the measures as text with the risks they address, and the action plan as planned measures', () => {
    expect(content.existingMeasuresText).toBe(
      [
        '- Chiffrement (addresses: Illegitimate access to data): TLS 1.3 entre les postes et les serveurs ; bases chiffrées.',
        '- Contrôle des accès logiques (addresses: Illegitimate access to data; Unwanted modification of data): Un agent ne voit que les dossiers de sa file d’appels.',
        '- Sauvegardes (addresses: Disappearance of data): Sauvegarde quotidienne, copie hors site.',
      ].join('\n'),
    )
    expect(content.plannedMeasures).toEqual([
      // 2027-01-14T23:00Z is 15 January in Brussels (the day picked in the PIA software, midnight in Paris).
      {
        title: 'Masquer le numéro de registre national dans l’écran des agents.',
        risks: [],
        priority: 'medium',
        due: '2027-01-15',
      },
      { title: 'Offrir l’opposition aussi par le portail.', risks: [], priority: 'high', due: null },
      {
        title: 'Revoir les droits d’accès chaque trimestre.',
        risks: ['illegitimate_access', 'unwanted_modification'],
        priority: 'medium',
        due: null,
      },
      {
        title: 'Journaliser les consultations de dossiers; Contrôler les journaux chaque mois',
        risks: ['illegitimate_access'],
        priority: 'medium',
        due: null,
      },
    ])
    expect(listed('evaluations.4.person_in_charge')).toMatchObject({
      reason: 'person_in_charge',
      excerpt: 'Marie Dupont',
    })
  })

  it("takes the DPO's opinion and the people's views as text, with their conclusions", () => {
    expect(content.dpoOpinion).toBe(
      'Data protection officer(s): Els Peeters\n\nAvec le plan d’action, les risques résiduels sont acceptables.\n\nThe processing may be carried out.',
    )
    expect(content.peopleViews).toContain(
      'People concerned or representatives consulted: Panel de 12 affiliés',
    )
    expect(content.peopleViews).toContain('pas l’enregistrement systématique')
  })

  it('never takes over the validation in the file: it names it, with the people who wrote and validated the PIA', () => {
    expect(fileStatus).toBe('validated_signed')
    expect(listed('pia.status')).toMatchObject({ reason: 'decision', excerpt: 'validated with signature' })
    expect(Object.keys(content)).not.toContain('status')
    for (const field of ['author_name', 'evaluator_name', 'validator_name'])
      expect(listed(`pia.${field}`)?.reason).toBe('person')
    expect(piaName).toBe("Centre d'appels - rappel des affiliés")
  })

  it('names what has no place: comments, images, evaluations of parts without an evaluation field', () => {
    expect(listed('comments.0')).toMatchObject({
      reason: 'no_field',
      label: 'Comment on What is the legal basis of the processing?',
      excerpt: 'Vérifier la base légale avec le service juridique.',
    })
    expect(listed('answers.5.data.text')?.reason).toBe('image')
    expect(listed('evaluations.0.status')?.label).toBe('Evaluation "Acceptable" of Overview')
    expect(listed('evaluations.17.evaluation_comment')?.excerpt).toBe(
      'Risque encore sensible pour les dossiers sensibles.',
    )
    // Bookkeeping of the software is not content: not listed.
    expect(notImported.map((n) => n.path)).not.toContain('pia.lock_version')
  })

  it('gives a content the assessment schema accepts as it is', () => {
    expect(assessmentContentSchema.parse(content)).toEqual(content)
  })

  it('words headings and the list in nl and fr too (French spacing on its own words only)', () => {
    const nl = mapped(fixture(), 'nl')
    const fr = mapped(fixture(), 'fr')
    expect(nl.content.context.lifecycle).toMatch(/^Verwerkte gegevens:\n/)
    expect(fr.content.context.lifecycle).toMatch(/^Données traitées\u00a0:\n/)
    expect(nl.notImported.find((n) => n.path === 'pia.status')?.label).toBe(
      'Status van de PIA in het bestand',
    )
    expect(fr.notImported.find((n) => n.path === 'pia.status')?.excerpt).toBe('validé avec signature')
    expect(fr.content.principles.legal_basis?.answer).toBe('Obligation légale (loi du 6 août 1990).')
  })
})

describe('CNIL PIA file: what is refused', () => {
  it('refuses a file without a pia object, and says when it is a Custos export', () => {
    const custos = readCnilPiaFile({ format: 'custos.dpia/v1', content: {} }, 'en')
    expect(custos.ok).toBe(false)
    if (!custos.ok) {
      expect(custos.issues[0]?.path).toBe('body.pia')
      expect(custos.issues[0]?.message).toContain('custos.dpia/v1')
    }
  })

  it('names the path of a field with the wrong type', () => {
    const file = fixture()
    ;((file.answers as unknown[])[22] as { data: { gauge: unknown } }).data.gauge = 'high'
    ;((file.evaluations as unknown[])[3] as { status: unknown }).status = 7
    const r = readCnilPiaFile(file, 'en')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.issues.map((i) => i.path).sort()).toEqual([
        'body.answers.22.data.gauge',
        'body.evaluations.3.status',
      ])
  })
})

describe('CNIL PIA file: fuzzed', () => {
  const noThrow = (input: unknown) => {
    const r = readCnilPiaFile(input, 'fr')
    if (r.ok) expect(() => assessmentContentSchema.parse(r.value.content)).not.toThrow()
    else {
      expect(r.issues.length).toBeGreaterThan(0)
      for (const i of r.issues) expect(i.path).toMatch(/^body(\.|$)/)
    }
    return r
  }

  it('any JSON value: a mapping or field issues, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        noThrow(value)
        noThrow({ pia: value })
        noThrow({ pia: {}, answers: value, measures: value, evaluations: value, comments: value })
      }),
      { numRuns: 400 },
    )
  })

  it('a truncated file: either not JSON (the HTTP edge answers invalid_json) or read without an exception', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fixtureText.length }), (end) => {
        let parsed: unknown
        try {
          parsed = JSON.parse(fixtureText.slice(0, end))
        } catch {
          return
        }
        noThrow(parsed)
      }),
      { numRuns: 300 },
    )
  })

  it('one field of the fixture given a random value: refused at that path, or mapped', () => {
    const paths: (string | number)[][] = []
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length) paths.push(path)
      if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i])
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
    }
    walk(fixture(), [])
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const file = fixture()
        let at: Record<string | number, unknown> = file
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>
        at[path.at(-1) as string | number] = value
        const r = noThrow(file)
        if (!r.ok)
          for (const i of r.issues)
            expect(
              ['body', ...path].join('.').startsWith(i.path) ||
                i.path.startsWith(['body', ...path].join('.')),
            ).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('long texts and lists are shortened to what Custos keeps, and named', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 5001, maxLength: 12000, unit: 'grapheme' }),
        fc.array(fc.string({ minLength: 1, maxLength: 700, unit: 'grapheme' }), {
          minLength: 31,
          maxLength: 40,
        }),
        (long, items) => {
          const file = fixture()
          const answers = file.answers as { reference_to: number; data: { text: string; list: string[] } }[]
          ;(answers[7] as { data: { text: string } }).data.text = long
          ;(answers[18] as { data: { list: string[] } }).data.list = items
          const r = noThrow(file)
          if (!r.ok) return
          const names = r.value.notImported.map((n) => n.reason)
          if (htmlToText(long).text.length > 5000) expect(names).toContain('shortened')
          if (items.filter((s) => htmlToText(s).text).length > 30) expect(names).toContain('too_many')
        },
      ),
      { numRuns: 40 },
    )
  })
})

describe('htmlToText', () => {
  it('decodes entities, drops tags and images, keeps paragraphs and list items on their own lines', () => {
    expect(
      htmlToText(
        '<p>&Eacute;t&eacute; &amp; hiver&nbsp;: &#8220;ok&#x201D;</p><ul><li>un</li><li>deux</li></ul><img src="x.png">fin',
      ),
    ).toEqual({ text: 'Été & hiver : “ok”\n\n- un\n- deux\nfin', images: 1 })
    expect(htmlToText('&#0;&#xD800;a<script>alert(1)</script>').text).toBe('\ufffd\ufffda')
  })
})
