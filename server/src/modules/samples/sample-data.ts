import type { Language } from '../../domain/register/localized'
import type { RequestType } from '../../domain/requests'

/**
 * The example registers a sample organisation can be built from (examples/*.register.yaml), and the invented
 * people and requests that go with each. Addresses use the reserved top-level domain `.example` (RFC 2606): no
 * mail to them can reach anyone, and mail of a sample organisation is held in its outbox anyway.
 */
export const SAMPLE_EXAMPLES = ['liberoo', 'the-invoice-managers', 'contactexpert'] as const
export type SampleExample = (typeof SAMPLE_EXAMPLES)[number]

/** How a sample is named: the example's name after the word for "sample" in the creator's language. */
export const SAMPLE_PREFIX: Record<Language, string> = { nl: 'Voorbeeld', fr: 'Exemple', en: 'Sample' }

export interface SamplePerson {
  name: string
  email: string
  language: Language
  /** Subject categories of the example's register. */
  relationships: { relationship: string; startedOn: string; endedOn?: string }[]
  /** A request this person made: its types and how many days ago it arrived (none: no request). */
  request?: { types: RequestType[]; daysAgo: number; channel: 'email' | 'letter' | 'phone'; details: string }
}

const person = (
  name: string,
  language: Language,
  relationships: SamplePerson['relationships'],
  request?: SamplePerson['request'],
): SamplePerson => ({
  name,
  email: `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@voorbeeld.example`,
  language,
  relationships,
  ...(request ? { request } : {}),
})

/**
 * Per example: a few clients and contacts, staff and others the register names, three of them with a request -
 * one received recently, one close to its deadline, one past it - so the overview and the request list show
 * each state.
 */
export const SAMPLE_PEOPLE: Record<SampleExample, SamplePerson[]> = {
  liberoo: [
    person('An Peeters', 'nl', [{ relationship: 'clients', startedOn: '2021-03-01' }], {
      types: ['access'],
      daysAgo: 3,
      channel: 'email',
      details: 'Ik wil graag weten welke gegevens u over mij bijhoudt in mijn boekhouddossier.',
    }),
    person('Marc Dubois', 'fr', [{ relationship: 'client_contacts', startedOn: '2019-09-15' }], {
      types: ['rectification'],
      daysAgo: 27,
      channel: 'letter',
      details: 'Mon adresse a changé : veuillez corriger mes coordonnées dans le dossier de mon employeur.',
    }),
    person(
      'Sofie Janssens',
      'nl',
      [{ relationship: 'former_employees', startedOn: '2017-01-02', endedOn: '2023-06-30' }],
      {
        types: ['access', 'erasure'],
        daysAgo: 40,
        channel: 'email',
        details:
          'Ik was tot juni 2023 bij u in dienst. Graag een kopie van mijn personeelsdossier en wis de rest.',
      },
    ),
    person('Youssef El Amrani', 'fr', [{ relationship: 'clients', startedOn: '2022-11-10' }]),
    person('Lotte Maes', 'nl', [{ relationship: 'newsletter_subscribers', startedOn: '2024-02-20' }]),
    person('Pieter Claes', 'en', [{ relationship: 'job_applicants', startedOn: '2026-10-05' }]),
  ],
  'the-invoice-managers': [
    person('Koen Wouters', 'nl', [{ relationship: 'client_debtors', startedOn: '2026-05-12' }], {
      types: ['access'],
      daysAgo: 4,
      channel: 'email',
      details: 'U stuurt mij aanmaningen voor een factuur. Welke gegevens heeft u over mij en van wie?',
    }),
    person('Claire Lambert', 'fr', [{ relationship: 'prospects', startedOn: '2025-12-01' }], {
      types: ['objection_direct_marketing', 'erasure'],
      daysAgo: 27,
      channel: 'email',
      details: 'Je ne souhaite plus recevoir vos offres. Supprimez mes données de vos listes de prospection.',
    }),
    person(
      'Tom Vermeulen',
      'nl',
      [{ relationship: 'former_employees', startedOn: '2018-04-01', endedOn: '2024-12-31' }],
      {
        types: ['access'],
        daysAgo: 38,
        channel: 'letter',
        details: 'Graag een kopie van alle gegevens uit mijn personeelsdossier.',
      },
    ),
    person('Nathalie Renard', 'fr', [{ relationship: 'client_contacts', startedOn: '2020-06-01' }]),
    person('Bram De Smet', 'nl', [{ relationship: 'clients', startedOn: '2023-01-15' }]),
    person('Emma Jacobs', 'en', [{ relationship: 'newsletter_subscribers', startedOn: '2025-03-03' }]),
  ],
  contactexpert: [
    person('Els Mertens', 'nl', [{ relationship: 'called_persons', startedOn: '2026-09-18' }], {
      types: ['stop_contact'],
      daysAgo: 2,
      channel: 'phone',
      details: 'Belde op na een telemarketinggesprek: wil niet meer gebeld worden.',
    }),
    person('Julien Martin', 'fr', [{ relationship: 'client_customers', startedOn: '2025-04-01' }], {
      types: ['access'],
      daysAgo: 27,
      channel: 'email',
      details:
        'Vous avez enregistré mon appel au service clientèle. Je demande une copie de l’enregistrement.',
    }),
    person(
      'Kevin Goossens',
      'nl',
      [{ relationship: 'employees', startedOn: '2019-02-01', endedOn: '2024-08-31' }],
      {
        types: ['access', 'erasure'],
        daysAgo: 41,
        channel: 'email',
        details:
          'Graag mijn gegevens en de opnames van mijn gesprekken als agent; wis wat niet meer nodig is.',
      },
    ),
    person('Sarah Willems', 'nl', [{ relationship: 'job_applicants', startedOn: '2026-11-02' }]),
    person('Antoine Leroy', 'fr', [{ relationship: 'client_contacts', startedOn: '2021-05-20' }]),
    person('Hanne Wuyts', 'nl', [{ relationship: 'prospects', startedOn: '2026-01-12' }]),
  ],
}
