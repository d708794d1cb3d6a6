import { ADEQUATE_COUNTRIES, isInEea, transferLeavesEea } from '../register/countries'
import { textIn } from '../register/localized'
import {
  activityName,
  atActivity,
  atNotice,
  type CompletenessContext,
  type CompletenessItem,
  item,
  type Problem,
} from './completeness-context'

/** Recipient types whose members act on our instructions (Art. 28): they cover a processor's system. */
const PROCESSOR_TYPES = new Set(['service_providers', 'social_secretariat'])

/** Art. 13(1)(e): a processor running one of the systems must appear among the recipients, at least as a type. */
export function recipients(ctx: CompletenessContext): CompletenessItem {
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
export function transfers(ctx: CompletenessContext): CompletenessItem {
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
