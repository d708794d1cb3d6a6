import { ADEQUATE_COUNTRIES, isInEea, transferLeavesEea } from '../register/countries'
import { LANGUAGES, type Language, textIn } from '../register/localized'
import {
  activityName,
  atActivity,
  atNotice,
  type CompletenessContext,
  type CompletenessItem,
  eachPurpose,
  item,
  type Problem,
  purposeName,
} from './completeness-context'

/** A legal reference: a number (article, date) or the word for a law or decree (as the register linter). */
const LEGAL_REFERENCE =
  /\d|\b(wet|wetboek|decreet|ordonnantie|besluit|KB|loi|code|décret|ordonnance|arrêté|AR|law|act|decree|order|art)\b/i

/** Recipient types whose members act on our instructions (Art. 28): they cover a processor's system. */
const PROCESSOR_TYPES = new Set(['service_providers', 'social_secretariat'])

/** Art. 13(1)(c)-(f), 13(2)(a) and (e), 9(2), 10 and the national register number: what is processed and how. */
export function processingItems(ctx: CompletenessContext): CompletenessItem[] {
  return [
    purposes(ctx),
    ...legalBases(ctx),
    recipients(ctx),
    transfers(ctx),
    retention(ctx),
    requirement(ctx),
  ]
}

function purposes(ctx: CompletenessContext): CompletenessItem {
  return item(
    {
      element: 'art13.1.c.purposes',
      article: 'Art. 13(1)(c)',
      label: {
        nl: 'Doeleinden van de verwerking',
        fr: 'Finalités du traitement',
        en: 'Purposes of the processing',
      },
    },
    ctx.feeding.length === 0
      ? [
          {
            text: {
              nl: 'Het register bevat geen lopende verwerking waarvoor de organisatie verantwoordelijk is.',
              fr: "Le registre ne contient aucun traitement en cours dont l'organisation est responsable.",
              en: 'The register holds no active processing for which the organisation is the controller.',
            },
            fixAt: { type: 'activity', key: null, path: 'activities' },
          },
        ]
      : ctx.feeding
          .filter((f) => f.activity.purposes.length === 0)
          .map((f) => {
            const name = activityName(f.activity)
            return {
              text: {
                nl: `Voor ${name.nl} is geen doeleinde opgegeven.`,
                fr: `Aucune finalité n'est indiquée pour ${name.fr}.`,
                en: `No purpose is recorded for ${name.en}.`,
              },
              fixAt: atActivity(f, 'purposes'),
            }
          }),
  )
}

function legalBases(ctx: CompletenessContext): CompletenessItem[] {
  const basis = eachPurpose(ctx, (f, j, p): Problem[] => {
    const name = activityName(f.activity)
    const purpose = purposeName(ctx, p.purpose)
    if (p.legalBasis === undefined) {
      return [
        {
          text: {
            nl: `Voor het doel ${purpose.nl} van ${name.nl} ontbreekt de rechtsgrond.`,
            fr: `La base juridique de la finalité ${purpose.fr} de ${name.fr} manque.`,
            en: `The legal basis of the purpose ${purpose.en} of ${name.en} is missing.`,
          },
          fixAt: atActivity(f, `purposes.${j}.legalBasis`),
        },
      ]
    }
    if (p.legalBasis === 'legal_obligation' && !p.legalObligation?.law) {
      return [
        {
          text: {
            nl: `Voor het doel ${purpose.nl} van ${name.nl} staat niet welke wet de verwerking oplegt.`,
            fr: `Pour la finalité ${purpose.fr} de ${name.fr}, la loi qui impose le traitement n'est pas indiquée.`,
            en: `The law requiring the processing is not named for the purpose ${purpose.en} of ${name.en}.`,
          },
          fixAt: atActivity(f, `purposes.${j}.legalObligation.law`),
        },
      ]
    }
    return []
  })
  const usesInterests = ctx.feeding.some((f) =>
    f.activity.purposes.some((p) => p.legalBasis === 'legitimate_interests'),
  )
  const interests = eachPurpose(ctx, (f, j, p): Problem[] => {
    if (p.legalBasis !== 'legitimate_interests' || p.legitimateInterest?.interest) return []
    const name = activityName(f.activity)
    const purpose = purposeName(ctx, p.purpose)
    return [
      {
        text: {
          nl: `Het gerechtvaardigd belang van het doel ${purpose.nl} van ${name.nl} is niet omschreven.`,
          fr: `L'intérêt légitime de la finalité ${purpose.fr} de ${name.fr} n'est pas décrit.`,
          en: `The legitimate interest pursued by the purpose ${purpose.en} of ${name.en} is not described.`,
        },
        fixAt: atActivity(f, `purposes.${j}.legitimateInterest.interest`),
      },
    ]
  })
  const flagged = (flag: 'special' | 'criminal' | 'nationalNumber') =>
    ctx.feeding.filter((f) => ctx.categories.some((c) => c.at === f && c.flags?.[flag]))
  const special = flagged('special')
  const criminal = flagged('criminal')
  const nationalNumber = flagged('nationalNumber')
  return [
    item(
      {
        element: 'art13.1.c.legal-basis',
        article: 'Art. 13(1)(c)',
        label: {
          nl: 'Rechtsgrond van elk doel',
          fr: 'Base juridique de chaque finalité',
          en: 'Legal basis of each purpose',
        },
      },
      basis,
    ),
    item(
      {
        element: 'art13.1.d.legitimate-interests',
        article: 'Art. 13(1)(d)',
        label: {
          nl: 'De nagestreefde gerechtvaardigde belangen',
          fr: 'Les intérêts légitimes poursuivis',
          en: 'The legitimate interests pursued',
        },
      },
      usesInterests ? interests : 'not-applicable',
    ),
    item(
      {
        element: 'art9.2.special-categories',
        article: 'Art. 9(2)',
        label: {
          nl: 'Uitzonderingsgrond voor bijzondere categorieën van gegevens',
          fr: 'Exception pour les catégories particulières de données',
          en: 'Condition for special categories of data',
        },
      },
      special.length === 0
        ? 'not-applicable'
        : special
            .filter((f) => f.activity.art9Condition === undefined)
            .map((f) => {
              const name = activityName(f.activity)
              return {
                text: {
                  nl: `${name.nl} verwerkt bijzondere categorieën van gegevens, maar de uitzonderingsgrond van art. 9.2 AVG ontbreekt.`,
                  fr: `${name.fr} traite des catégories particulières de données, mais l'exception de l'art. 9.2 RGPD manque.`,
                  en: `${name.en} processes special categories of data, but the Art. 9(2) GDPR condition is missing.`,
                },
                fixAt: atActivity(f, 'art9Condition'),
              }
            }),
    ),
    item(
      {
        element: 'art10.criminal-data',
        article: 'Art. 10',
        label: {
          nl: 'Wettelijke grondslag voor strafrechtelijke gegevens',
          fr: 'Base légale pour les données pénales',
          en: 'Legal basis for criminal data',
        },
      },
      criminal.length === 0
        ? 'not-applicable'
        : criminal
            .filter((f) => !f.activity.criminalDataBasis)
            .map((f) => {
              const name = activityName(f.activity)
              return {
                text: {
                  nl: `${name.nl} verwerkt strafrechtelijke gegevens, maar de wet die dat toestaat ontbreekt.`,
                  fr: `${name.fr} traite des données pénales, mais la loi qui l'autorise manque.`,
                  en: `${name.en} processes criminal data, but the law allowing it is missing.`,
                },
                fixAt: atActivity(f, 'criminalDataBasis'),
              }
            }),
    ),
    item(
      {
        element: 'national-number.authorisation',
        article: 'Law of 8 August 1983, art. 8',
        label: {
          nl: 'Machtiging om het rijksregisternummer te gebruiken',
          fr: 'Habilitation à utiliser le numéro de registre national',
          en: 'Authorisation to use the national register number',
        },
      },
      nationalNumber.length === 0
        ? 'not-applicable'
        : nationalNumber.flatMap((f): Problem[] => {
            const name = activityName(f.activity)
            const authorisation = f.activity.nationalNumberAuthorisation
            if (authorisation && LANGUAGES.every((l) => LEGAL_REFERENCE.test(textIn(authorisation, l) ?? '')))
              return []
            return [
              authorisation
                ? {
                    text: {
                      nl: `De machtiging voor het rijksregisternummer van ${name.nl} noemt geen wet of artikel.`,
                      fr: `L'habilitation relative au numéro de registre national de ${name.fr} ne cite aucune loi ni aucun article.`,
                      en: `The national-register-number authorisation of ${name.en} names no law or article.`,
                    },
                    fixAt: atActivity(f, 'nationalNumberAuthorisation'),
                    recommended: true,
                  }
                : {
                    text: {
                      nl: `${name.nl} gebruikt het rijksregisternummer, maar de wettelijke machtiging ontbreekt.`,
                      fr: `${name.fr} utilise le numéro de registre national, mais l'habilitation légale manque.`,
                      en: `${name.en} uses the national register number, but the legal authorisation is missing.`,
                    },
                    fixAt: atActivity(f, 'nationalNumberAuthorisation'),
                  },
            ]
          }),
    ),
  ]
}

/** Art. 13(1)(e): a processor running one of the systems must appear among the recipients, at least as a type. */
function recipients(ctx: CompletenessContext): CompletenessItem {
  const all = ctx.feeding.flatMap((f) => f.activity.recipients)
  const coversProcessors = all.some((r) => PROCESSOR_TYPES.has(r.type))
  const empty = ctx.feeding
    .filter((f) => f.activity.recipients.length === 0)
    .map((f): Problem => {
      const name = activityName(f.activity)
      return {
        text: {
          nl: `Voor ${name.nl} zijn geen ontvangers vermeld; de verklaring zegt dan niet met wie u de gegevens deelt.`,
          fr: `Aucun destinataire n'est indiqué pour ${name.fr} ; la déclaration ne dit alors pas avec qui vous partagez les données.`,
          en: `No recipients are recorded for ${name.en}; the notice then does not say whom you share the data with.`,
        },
        fixAt: atActivity(f, 'recipients'),
        recommended: true,
      }
    })
  const problems = ctx.feeding.flatMap((f): Problem[] => {
    const unnamed = f.activity.systems.flatMap((key) => {
      const system = ctx.resolved.system(key)
      const vendor = system?.vendor ? ctx.resolved.vendor(system.vendor) : undefined
      if (!system || !vendor) return []
      const named = all.some((r) => r.vendor === vendor.key)
      const covered =
        named || (coversProcessors && (vendor.role === 'processor' || vendor.role === 'sub_processor'))
      return covered ? [] : [vendor.name]
    })
    if (unnamed.length === 0) return []
    const name = activityName(f.activity)
    const vendors = [...new Set(unnamed)].join(', ')
    return [
      {
        text: {
          nl: `${name.nl} gebruikt systemen van ${vendors}, maar die ontvanger staat niet bij de ontvangers.`,
          fr: `${name.fr} utilise des systèmes de ${vendors}, mais ce destinataire ne figure pas parmi les destinataires.`,
          en: `${name.en} uses systems of ${vendors}, but that recipient is not listed among the recipients.`,
        },
        fixAt: atActivity(f, 'recipients'),
      },
    ]
  })
  return item(
    {
      element: 'art13.1.e.recipients',
      article: 'Art. 13(1)(e)',
      label: {
        nl: 'Ontvangers of categorieën van ontvangers',
        fr: 'Destinataires ou catégories de destinataires',
        en: 'Recipients or categories of recipients',
      },
    },
    [...problems, ...empty],
  )
}

/** Art. 13(1)(f): every transfer outside the EEA with its safeguard; systems hosted outside the EEA recorded. */
function transfers(ctx: CompletenessContext): CompletenessItem {
  let any = false
  const problems = ctx.feeding.flatMap((f): Problem[] => {
    const name = activityName(f.activity)
    const outside = f.activity.transfers.flatMap((t, j) => (transferLeavesEea(t) ? [{ t, j }] : []))
    if (outside.length > 0) any = true
    const unsafe = outside
      .filter(
        ({ t }) =>
          t.safeguard === undefined && (t.country === undefined || !ADEQUATE_COUNTRIES.has(t.country)),
      )
      .map(({ t, j }) => ({
        text: {
          nl: `De doorgifte van ${name.nl} naar ${textIn(t.recipient, 'nl')} (${t.country ?? 'land buiten de EER, niet bekend'}) heeft geen waarborg.`,
          fr: `Le transfert de ${name.fr} vers ${textIn(t.recipient, 'fr')} (${t.country ?? 'pays hors de l’EEE, inconnu'}) n'a pas de garantie.`,
          en: `The transfer of ${name.en} to ${textIn(t.recipient, 'en')} (${t.country ?? 'country outside the EEA, not known'}) has no safeguard.`,
        },
        fixAt: atActivity(f, `transfers.${j}.safeguard`),
      }))
    const recorded = new Set(f.activity.transfers.map((t) => t.country))
    const hosted = f.activity.systems.flatMap((key) => {
      const system = ctx.resolved.system(key)
      const country =
        system?.hostingCountry ?? (system?.vendor ? ctx.resolved.vendor(system.vendor)?.country : undefined)
      return system && country && !isInEea(country) && !recorded.has(country) ? [{ system, country }] : []
    })
    if (hosted.length > 0) any = true
    const unrecorded = hosted.map(({ system, country }) => ({
      text: {
        nl: `${name.nl} gebruikt ${system.name}, dat buiten de EER draait (${country}), maar die doorgifte staat niet in het register.`,
        fr: `${name.fr} utilise ${system.name}, hébergé hors de l'EEE (${country}), mais ce transfert ne figure pas au registre.`,
        en: `${name.en} uses ${system.name}, hosted outside the EEA (${country}), but that transfer is not recorded.`,
      },
      fixAt: atActivity(f, 'transfers'),
    }))
    return [...unsafe, ...unrecorded]
  })
  const stated = ctx.doc.notice.transfersOutsideEea
  const statement: Problem[] =
    stated === 'none' && any
      ? [
          {
            text: {
              nl: 'De verklaring zou zeggen dat geen gegevens de EER verlaten, maar het register vermeldt doorgiften of systemen buiten de EER.',
              fr: "La déclaration dirait qu'aucune donnée ne quitte l'EEE, mais le registre mentionne des transferts ou des systèmes hors de l'EEE.",
              en: 'The notice would say that no data leave the EEA, but the register records transfers or systems outside the EEA.',
            },
            fixAt: atNotice('notice.transfersOutsideEea'),
          },
        ]
      : stated === 'some' && !any
        ? [
            {
              text: {
                nl: 'Volgens het register gaan gegevens buiten de EER, maar er is geen enkele doorgifte (land, ontvanger, waarborg) vermeld.',
                fr: "Selon le registre, des données quittent l'EEE, mais aucun transfert (pays, destinataire, garantie) n'est indiqué.",
                en: 'The register says data leave the EEA, but no transfer (country, recipient, safeguard) is recorded.',
              },
              fixAt: { type: 'activity', key: null, path: 'activities' },
            },
          ]
        : stated === undefined && !any && ctx.feeding.length > 0
          ? [
              {
                text: {
                  nl: 'Het register zegt niet of gegevens de EER verlaten; de verklaring zegt daar dan niets over.',
                  fr: "Le registre ne dit pas si des données quittent l'EEE ; la déclaration n'en dit alors rien.",
                  en: 'The register does not say whether data leave the EEA; the notice then says nothing about it.',
                },
                fixAt: atNotice('notice.transfersOutsideEea'),
                recommended: true,
              },
            ]
          : []
  return item(
    {
      element: 'art13.1.f.transfers',
      article: 'Art. 13(1)(f)',
      label: {
        nl: 'Doorgifte buiten de EER en de waarborgen',
        fr: "Transferts hors de l'EEE et garanties",
        en: 'Transfers outside the EEA and their safeguards',
      },
    },
    any || statement.length > 0
      ? [...problems, ...statement]
      : stated === 'none'
        ? 'present'
        : 'not-applicable',
  )
}

function retention(ctx: CompletenessContext): CompletenessItem {
  return item(
    {
      element: 'art13.2.a.retention',
      article: 'Art. 13(2)(a)',
      label: { nl: 'Bewaartermijn', fr: 'Durée de conservation', en: 'Retention period' },
    },
    ctx.feeding
      .filter((f) => f.activity.retention.length === 0)
      .map((f) => {
        const name = activityName(f.activity)
        return {
          text: {
            nl: `Voor ${name.nl} is geen bewaartermijn opgegeven.`,
            fr: `Aucune durée de conservation n'est indiquée pour ${name.fr}.`,
            en: `No retention period is recorded for ${name.en}.`,
          },
          fixAt: atActivity(f, 'retention'),
        }
      }),
  )
}

/** Art. 13(2)(e): whether providing the data is required; it can only be told for the data that are recorded. */
function requirement(ctx: CompletenessContext): CompletenessItem {
  return item(
    {
      element: 'art13.2.e.requirement',
      article: 'Art. 13(2)(e)',
      label: {
        nl: 'Verplichting om gegevens te verstrekken en de gevolgen',
        fr: 'Obligation de fournir les données et conséquences',
        en: 'Whether providing data is required, and the consequences',
      },
    },
    [
      ...ctx.feeding
        .filter((f) => f.activity.dataCategories.length === 0)
        .map((f) => {
          const name = activityName(f.activity)
          return {
            text: {
              nl: `Voor ${name.nl} staat niet welke gegevens verwerkt worden.`,
              fr: `Les données traitées ne sont pas indiquées pour ${name.fr}.`,
              en: `The data processed are not recorded for ${name.en}.`,
            },
            fixAt: atActivity(f, 'dataCategories'),
          }
        }),
      ...unstatedRequirements(ctx),
    ],
  )
}

/**
 * Data the subject provides whose requirement is not recorded (consent alone makes them optional by law): one
 * recommendation naming the activities, fixed at the first such category.
 */
function unstatedRequirements(ctx: CompletenessContext): Problem[] {
  const found = ctx.feeding.flatMap((f) => {
    const bases = new Set(f.activity.purposes.map((p) => p.legalBasis))
    if (bases.size === 1 && bases.has('consent')) return []
    const index = f.activity.dataCategories.findIndex(
      (use) => use.source === 'subject' && use.requirement === undefined,
    )
    return index < 0 ? [] : [{ f, index }]
  })
  const [first] = found
  if (first === undefined) return []
  const names = found.map(({ f }) => activityName(f.activity))
  const shown = (language: Language) => {
    const list = names.slice(0, 3).map((n) => n[language])
    const more = names.length - list.length
    const and = { nl: 'en', fr: 'et', en: 'and' }[language]
    const rest = { nl: `nog ${more} andere`, fr: `${more} autres`, en: `${more} more` }[language]
    const items = more > 0 ? [...list, rest] : list
    return items.length === 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
  }
  return [
    {
      text: {
        nl: `Voor ${shown('nl')} staat niet of de betrokkene de gegevens moet verstrekken; de verklaring zegt daar dan niets over.`,
        fr: `Pour ${shown('fr')}, il n'est pas indiqué si la personne concernée doit fournir les données ; la déclaration n'en dit alors rien.`,
        en: `For ${shown('en')}, the register does not say whether the data subject must provide the data; the notice then says nothing about it.`,
      },
      fixAt: atActivity(first.f, `dataCategories.${first.index}.requirement`),
      recommended: true,
    },
  ]
}
