import { transferLeavesEea } from '../countries'
import type { RuleDefinition } from './rule'
import { destinations } from './transfers'

/**
 * Notice settings that contradict each other or the rest of the register: the notice would announce something it
 * cannot describe, or leave the subject without a way to exercise their rights.
 */

const ORGANIZATION = { type: 'organization', key: null } as const

/** Art. 12(2) and 13(2)(b): the notice must say how to exercise the rights; with every channel switched off it cannot. */
export const noRequestRoute: RuleDefinition = {
  id: 'notice.no-request-channel',
  severity: 'error',
  title: {
    nl: 'Geen enkele manier om rechten uit te oefenen',
    fr: 'Aucun moyen d’exercer les droits',
    en: 'No way to exercise rights',
  },
  check: (doc) => {
    const { notice, organization } = doc
    const email = notice.requestEmail ?? organization.dpo?.email ?? organization.email
    const post = notice.requestPostalAddress && organization.address !== undefined
    if (notice.portal || email !== undefined || post || (notice.requestChannels ?? []).length > 0) return []
    return [
      {
        object: ORGANIZATION,
        path: 'notice.portal',
        message: {
          nl: `De privacyverklaring van ${organization.name} noemt geen enkele manier om een verzoek in te dienen: het aanvraagportaal staat uit, er is geen e-mailadres, geen postadres en geen ander kanaal. Betrokkenen moeten hun rechten gemakkelijk kunnen uitoefenen (art. 12.2 en 13.2.b AVG).`,
          fr: `La déclaration de confidentialité de ${organization.name} n’indique aucun moyen d’introduire une demande : le portail de demandes est désactivé, et il n’y a ni adresse e-mail, ni adresse postale, ni autre canal. Les personnes concernées doivent pouvoir exercer facilement leurs droits (art. 12.2 et 13.2.b RGPD).`,
          en: `The privacy notice of ${organization.name} names no way to make a request: the request portal is switched off, and there is no e-mail address, no postal address and no other channel. Data subjects must be able to exercise their rights easily (Art. 12(2) and 13(2)(b) GDPR).`,
        },
        fix: {
          nl: 'Zet het aanvraagportaal aan, of vul een e-mailadres voor verzoeken, het postadres of een ander kanaal (balie, telefoon) in.',
          fr: 'Activez le portail de demandes, ou indiquez une adresse e-mail pour les demandes, l’adresse postale ou un autre canal (guichet, téléphone).',
          en: 'Switch the request portal on, or enter an e-mail address for requests, the postal address or another channel (desk, phone).',
        },
      },
    ]
  },
}

/**
 * notice.transfersOutsideEea: some announces transfers; Art. 13(1)(f) asks for each one its country and safeguard,
 * which the register then does not hold.
 */
export const someTransfersUnrecorded: RuleDefinition = {
  id: 'notice.transfers-unrecorded',
  severity: 'warning',
  title: {
    nl: 'Doorgifte buiten de EER aangekondigd, maar geen enkele geregistreerd',
    fr: 'Transferts hors de l’EEE annoncés, mais aucun n’est enregistré',
    en: 'Transfers outside the EEA announced, but none recorded',
  },
  check: (doc, resolved) => {
    if (doc.notice.transfersOutsideEea !== 'some') return []
    const active = doc.activities.filter((a) => a.status !== 'ended')
    const recorded = active.some((a) => a.transfers.some(transferLeavesEea))
    const found = doc.activities.some(
      (a, i) => a.status !== 'ended' && destinations(a, i, resolved).length > 0,
    )
    if (recorded || found) return []
    return [
      {
        object: ORGANIZATION,
        path: 'notice.transfersOutsideEea',
        message: {
          nl: `Het register van ${doc.organization.name} zegt dat persoonsgegevens de Europese Economische Ruimte verlaten, maar geen enkele activiteit vermeldt een doorgifte, en geen systeem of leverancier bevindt zich buiten de EER. De privacyverklaring kan dan niet zeggen naar welk land en met welke waarborg (art. 13.1.f AVG).`,
          fr: `Le registre de ${doc.organization.name} indique que des données personnelles quittent l’Espace économique européen, mais aucune activité ne mentionne de transfert et aucun système ni fournisseur ne se situe hors de l’EEE. La déclaration de confidentialité ne peut alors dire ni vers quel pays ni avec quelle garantie (art. 13.1.f RGPD).`,
          en: `The register of ${doc.organization.name} says personal data leave the European Economic Area, but no activity records a transfer and no system or vendor is outside the EEA. The privacy notice then cannot say to which country or with which safeguard (Art. 13(1)(f) GDPR).`,
        },
        fix: {
          nl: 'Registreer bij de betrokken activiteiten elke doorgifte met land (of "onbekend land buiten de EER") en waarborg, of zet "doorgifte buiten de EER" op "none" als er geen is.',
          fr: 'Enregistrez dans les activités concernées chaque transfert avec son pays (ou « pays hors EEE inconnu ») et sa garantie, ou réglez « transferts hors de l’EEE » sur « none » s’il n’y en a pas.',
          en: 'Record each transfer in the activities concerned with its country (or "unknown country outside the EEA") and safeguard, or set "transfers outside the EEA" to "none" if there are none.',
        },
      },
    ]
  },
}

/** notice.thirdPartyLinks: the notice speaks of links on "our website"; without a website the sentence is void. */
export const linksWithoutWebsite: RuleDefinition = {
  id: 'notice.third-party-links-without-website',
  severity: 'warning',
  title: {
    nl: 'Links naar andere websites, maar geen website',
    fr: 'Liens vers d’autres sites, mais pas de site web',
    en: 'Links to other websites, but no website',
  },
  check: (doc) =>
    doc.notice.thirdPartyLinks === true && doc.organization.website === undefined
      ? [
          {
            object: ORGANIZATION,
            path: 'notice.thirdPartyLinks',
            message: {
              nl: `De privacyverklaring van ${doc.organization.name} zou zeggen dat uw website naar andere websites linkt, maar het register vermeldt geen website. Een verklaring moet juist zijn (art. 12.1 AVG).`,
              fr: `La déclaration de confidentialité de ${doc.organization.name} dirait que votre site web renvoie vers d’autres sites, mais le registre n’indique aucun site web. Une déclaration doit être exacte (art. 12.1 RGPD).`,
              en: `The privacy notice of ${doc.organization.name} would say your website links to other websites, but the register names no website. A notice must be accurate (Art. 12(1) GDPR).`,
            },
            fix: {
              nl: 'Vul het adres van de website in, of vink "links naar andere websites" uit.',
              fr: 'Indiquez l’adresse du site web, ou décochez « liens vers d’autres sites ».',
              en: 'Enter the website address, or untick "links to other websites".',
            },
          },
        ]
      : [],
}
