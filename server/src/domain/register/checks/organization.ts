import type { RuleDefinition } from './rule'

/** Art. 13(1)(a)-(b) and 30(1)(a): the register and the notices give a way to reach the organisation. */
export const organizationNoContact: RuleDefinition = {
  id: 'organization.no-contact',
  severity: 'warning',
  title: { nl: 'Geen contactadres', fr: 'Aucune adresse de contact', en: 'No contact address' },
  check: (doc) =>
    doc.organization.email !== undefined || doc.organization.dpo?.email !== undefined
      ? []
      : [
          {
            object: { type: 'organization', key: null },
            path: 'organization.email',
            message: {
              nl: `Het register van ${doc.organization.name} vermeldt geen e-mailadres van de organisatie, noch van de DPO of privacycontactpersoon. Betrokkenen moeten u kunnen bereiken (art. 13.1.a-b en 30.1.a AVG).`,
              fr: `Le registre de ${doc.organization.name} n'indique aucune adresse e-mail de l'organisation, ni du DPO ou de la personne de contact vie privée. Les personnes concernées doivent pouvoir vous joindre (art. 13.1.a-b et 30.1.a RGPD).`,
              en: `The register of ${doc.organization.name} gives no email address for the organisation, nor for the DPO or privacy contact person. Data subjects must be able to reach you (Art. 13(1)(a)-(b) and 30(1)(a) GDPR).`,
            },
            fix: {
              nl: 'Vul een e-mailadres voor privacyvragen in bij de organisatie of bij de DPO, bv. privacy@uwbedrijf.be.',
              fr: "Indiquez une adresse e-mail pour les questions de vie privée, pour l'organisation ou pour le DPO, p. ex. privacy@votreentreprise.be.",
              en: 'Enter an email address for privacy questions, for the organisation or the DPO, e.g. privacy@yourcompany.be.',
            },
          },
        ],
}
