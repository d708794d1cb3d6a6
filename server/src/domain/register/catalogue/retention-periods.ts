import type { Labels } from '../localized'
import type { RETENTION_TRIGGERS, RetentionRule } from '../schema'
import { indexByKey } from './types'

/**
 * Common Belgian retention periods, offered as a starting point the user picks and can edit. Where a statute sets
 * the period, `statutoryReference` names it in each language (the statute's own name, not an abbreviation); where none
 * does, it is omitted and `descriptions` states the criterion. The fields other than `descriptions` are those of
 * `retentionRuleSchema`; `toRetentionRule` gives the register rule.
 */
export interface RetentionPeriodEntry<K extends string = string> {
  readonly key: K
  readonly name: Labels
  readonly duration: { readonly years: number; readonly months: number; readonly days: number }
  readonly trigger: (typeof RETENTION_TRIGGERS)[number]
  /** For trigger custom: the event the period counts from. */
  readonly triggerDescription?: Labels
  readonly action: RetentionRule['action']
  readonly statutoryReference?: Labels
  readonly consentRenewable: boolean
  /** What the period covers and its legal ground or, without a statute, the criterion. */
  readonly descriptions: Labels
}

const years = (n: number) => ({ years: n, months: 0, days: 0 }) as const
const months = (n: number) => ({ years: 0, months: n, days: 0 }) as const

const ENTRIES = [
  {
    key: 'accounting_records',
    name: {
      nl: 'Boekhoudkundige boeken en verantwoordingsstukken',
      fr: 'Livres comptables et pièces justificatives',
      en: 'Accounting books and supporting documents',
    },
    duration: years(7),
    trigger: 'custom',
    triggerDescription: {
      nl: '1 januari van het jaar na de afsluiting van het boekjaar',
      fr: "1er janvier de l'année qui suit la clôture de l'exercice",
      en: '1 January of the year following the closing of the financial year',
    },
    action: 'delete',
    statutoryReference: {
      nl: 'Wetboek van economisch recht, art. III.86 en III.88',
      fr: 'Code de droit économique, art. III.86 et III.88',
      en: 'Code of Economic Law, Art. III.86 and III.88',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Boekhoudplichtige ondernemingen bewaren hun boeken en verantwoordingsstukken, zoals facturen, zeven jaar.',
      fr: 'Les entreprises soumises à la comptabilité conservent leurs livres et pièces justificatives, comme les factures, pendant sept ans.',
      en: 'Undertakings required to keep accounts keep their books and supporting documents, such as invoices, for seven years.',
    },
  },
  {
    key: 'tax_records',
    name: { nl: 'Fiscale boeken en stukken', fr: 'Livres et documents fiscaux', en: 'Tax books and records' },
    duration: years(10),
    trigger: 'custom',
    triggerDescription: {
      nl: 'Het einde van het belastbaar tijdperk',
      fr: 'La fin de la période imposable',
      en: 'The end of the taxable period',
    },
    action: 'delete',
    statutoryReference: {
      nl: 'Wetboek van de inkomstenbelastingen 1992, art. 315',
      fr: 'Code des impôts sur les revenus 1992, art. 315',
      en: 'Income Tax Code 1992, Art. 315',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Boeken en stukken die de belastingadministratie kan opvragen, tot het einde van het tiende jaar na het belastbaar tijdperk (sinds aanslagjaar 2023).',
      fr: "Livres et documents que l'administration fiscale peut demander, jusqu'à la fin de la dixième année qui suit la période imposable (depuis l'exercice d'imposition 2023).",
      en: 'Books and records the tax administration may request, until the end of the tenth year after the taxable period (since tax year 2023).',
    },
  },
  {
    key: 'aml_identification',
    name: {
      nl: 'Antiwitwas: identificatiegegevens',
      fr: "Anti-blanchiment : données d'identification",
      en: 'Anti-money laundering: identification data',
    },
    duration: years(10),
    trigger: 'end_of_relationship',
    action: 'delete',
    statutoryReference: {
      nl: 'Antiwitwaswet van 18 september 2017, art. 60, 1°',
      fr: 'Loi anti-blanchiment du 18 septembre 2017, art. 60, 1°',
      en: 'Anti-Money Laundering Act of 18 September 2017, Art. 60, 1°',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Identificatiegegevens van klanten, lasthebbers en uiteindelijke begunstigden en kopieën van de bewijsstukken, tien jaar na het einde van de zakelijke relatie of na een occasionele verrichting.',
      fr: "Données d'identification des clients, mandataires et bénéficiaires effectifs et copies des documents probants, dix ans après la fin de la relation d'affaires ou après une opération occasionnelle.",
      en: 'Identification data of clients, agents and beneficial owners and copies of the supporting evidence, ten years after the end of the business relationship or an occasional transaction.',
    },
  },
  {
    key: 'aml_transactions',
    name: {
      nl: 'Antiwitwas: gegevens over verrichtingen',
      fr: 'Anti-blanchiment : données relatives aux opérations',
      en: 'Anti-money laundering: transaction records',
    },
    duration: years(10),
    trigger: 'custom',
    triggerDescription: {
      nl: 'De uitvoering van de verrichting',
      fr: "L'exécution de l'opération",
      en: 'The execution of the transaction',
    },
    action: 'delete',
    statutoryReference: {
      nl: 'Antiwitwaswet van 18 september 2017, art. 60, 2°',
      fr: 'Loi anti-blanchiment du 18 septembre 2017, art. 60, 2°',
      en: 'Anti-Money Laundering Act of 18 September 2017, Art. 60, 2°',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Bewijsstukken en registraties die nodig zijn om verrichtingen nauwkeurig te reconstrueren, tien jaar na de uitvoering ervan.',
      fr: 'Pièces et enregistrements nécessaires pour reconstituer précisément les opérations, dix ans après leur exécution.',
      en: 'Evidence and records needed to reconstruct transactions accurately, ten years after they were carried out.',
    },
  },
  {
    key: 'social_documents',
    name: { nl: 'Sociale documenten', fr: 'Documents sociaux', en: 'Social documents (employment records)' },
    duration: years(5),
    trigger: 'custom',
    triggerDescription: {
      nl: 'De laatste inschrijving in het document of het einde van de tewerkstelling',
      fr: "La dernière inscription dans le document ou la fin de l'occupation",
      en: 'The last entry in the document or the end of employment',
    },
    action: 'delete',
    statutoryReference: {
      nl: 'Koninklijk besluit nr. 5 van 23 oktober 1978; koninklijk besluit van 8 augustus 1980, art. 25',
      fr: 'Arrêté royal n° 5 du 23 octobre 1978 ; arrêté royal du 8 août 1980, art. 25',
      en: 'Royal Decree No. 5 of 23 October 1978; Royal Decree of 8 August 1980, Art. 25',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'De werkgever bewaart het personeelsregister, de individuele rekening en andere sociale documenten vijf jaar.',
      fr: "L'employeur conserve le registre du personnel, le compte individuel et les autres documents sociaux pendant cinq ans.",
      en: 'The employer keeps the staff register, the individual pay account and other social documents for five years.',
    },
  },
  {
    key: 'employment_claims',
    name: {
      nl: 'Personeelsdossier na uitdiensttreding',
      fr: 'Dossier du personnel après le départ',
      en: 'Personnel file after departure',
    },
    duration: years(1),
    trigger: 'end_of_contract',
    action: 'delete',
    statutoryReference: {
      nl: 'Arbeidsovereenkomstenwet van 3 juli 1978, art. 15',
      fr: 'Loi du 3 juillet 1978 relative aux contrats de travail, art. 15',
      en: 'Employment Contracts Act of 3 July 1978, Art. 15',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Rechtsvorderingen uit de arbeidsovereenkomst verjaren uiterlijk één jaar na het einde ervan; daarna is het dossier daarvoor niet meer nodig.',
      fr: "Les actions naissant du contrat de travail se prescrivent au plus tard un an après sa fin ; le dossier n'est ensuite plus nécessaire à cette fin.",
      en: 'Claims under the employment contract are time-barred at the latest one year after it ends; the file is then no longer needed for that purpose.',
    },
  },
  {
    key: 'contractual_claims',
    name: { nl: 'Contractuele vorderingen', fr: 'Actions contractuelles', en: 'Contractual claims' },
    duration: years(10),
    trigger: 'end_of_contract',
    action: 'delete',
    statutoryReference: {
      nl: 'Oud Burgerlijk Wetboek, art. 2262bis, § 1',
      fr: 'Ancien Code civil, art. 2262bis, § 1er',
      en: 'Former Civil Code, Art. 2262bis(1)',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Persoonlijke rechtsvorderingen, zoals uit een overeenkomst, verjaren na tien jaar; gegevens die als bewijs nodig zijn, blijven zo lang bewaard.',
      fr: "Les actions personnelles, comme celles nées d'un contrat, se prescrivent par dix ans ; les données nécessaires comme preuve sont conservées aussi longtemps.",
      en: 'Personal claims, such as those under a contract, are time-barred after ten years; data needed as evidence is kept that long.',
    },
  },
  {
    key: 'tort_claims',
    name: {
      nl: 'Buitencontractuele aansprakelijkheid',
      fr: 'Responsabilité extracontractuelle',
      en: 'Non-contractual (tort) liability',
    },
    duration: years(5),
    trigger: 'custom',
    triggerDescription: {
      nl: 'De dag na die waarop de benadeelde kennis kreeg van de schade en van de aansprakelijke persoon',
      fr: "Le jour qui suit celui où la personne lésée a eu connaissance du dommage et de l'identité du responsable",
      en: 'The day after the injured party learnt of the damage and of the identity of the person liable',
    },
    action: 'delete',
    statutoryReference: {
      nl: 'Oud Burgerlijk Wetboek, art. 2262bis, § 1',
      fr: 'Ancien Code civil, art. 2262bis, § 1er',
      en: 'Former Civil Code, Art. 2262bis(1)',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Vorderingen tot vergoeding van schade op buitencontractuele grond verjaren vijf jaar na die kennisname, en in elk geval twintig jaar na de feiten.',
      fr: "Les actions en réparation d'un dommage sur une base extracontractuelle se prescrivent cinq ans après cette connaissance, et en tout cas vingt ans après les faits.",
      en: 'Claims for damages in tort are time-barred five years after that knowledge, and in any case twenty years after the events.',
    },
  },
  {
    key: 'dispute_files',
    name: { nl: 'Geschillendossiers', fr: 'Dossiers de litiges', en: 'Dispute files' },
    duration: years(5),
    trigger: 'end_of_dispute',
    action: 'delete',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: gangbare praktijk na een vonnis, dading of volledige betaling, langer zolang een vonnis nog wordt uitgevoerd.',
      fr: "Pas de délai légal : pratique courante après un jugement, une transaction ou le paiement complet, plus longtemps tant qu'un jugement est en cours d'exécution.",
      en: 'No statutory period: common practice after a judgment, settlement or full payment, longer while a judgment is still being enforced.',
    },
  },
  {
    key: 'recruitment_reserve',
    name: {
      nl: 'Sollicitaties in wervingsreserve',
      fr: 'Candidatures en réserve de recrutement',
      en: 'Applications kept in a recruitment reserve',
    },
    duration: years(1),
    trigger: 'custom',
    triggerDescription: {
      nl: 'Het einde van de selectieprocedure',
      fr: 'La fin de la procédure de sélection',
      en: 'The end of the selection procedure',
    },
    action: 'delete',
    consentRenewable: true,
    descriptions: {
      nl: 'Geen wettelijke termijn: gegevens van niet-weerhouden kandidaten worden enkel met hun toestemming bewaard, die hernieuwd kan worden.',
      fr: "Pas de délai légal : les données des candidats non retenus ne sont conservées qu'avec leur consentement, qui peut être renouvelé.",
      en: 'No statutory period: data of unsuccessful candidates is kept only with their consent, which can be renewed.',
    },
  },
  {
    key: 'prospects',
    name: { nl: 'Prospectgegevens', fr: 'Données de prospects', en: 'Prospect data' },
    duration: years(3),
    trigger: 'last_contact',
    action: 'delete',
    consentRenewable: true,
    descriptions: {
      nl: 'Geen wettelijke termijn: zonder nieuw contact of hernieuwde toestemming zijn de gegevens na drie jaar niet langer nodig.',
      fr: 'Pas de délai légal : sans nouveau contact ni consentement renouvelé, les données ne sont plus nécessaires après trois ans.',
      en: 'No statutory period: without new contact or renewed consent, the data is no longer needed after three years.',
    },
  },
  {
    key: 'camera_images',
    name: { nl: 'Camerabeelden', fr: 'Images de caméras de surveillance', en: 'Surveillance camera footage' },
    duration: months(1),
    trigger: 'collection',
    action: 'delete',
    statutoryReference: {
      nl: 'Camerawet van 21 maart 2007, art. 6, § 3 en 7, § 3',
      fr: 'Loi caméras du 21 mars 2007, art. 6, § 3 et 7, § 3',
      en: 'Camera Act of 21 March 2007, Art. 6(3) and 7(3)',
    },
    consentRenewable: false,
    descriptions: {
      nl: 'Maximaal één maand, tenzij de beelden kunnen bijdragen tot het bewijs van een misdrijf, schade of overlast of tot de identificatie van een dader, getuige of slachtoffer.',
      fr: 'Un mois au maximum, sauf si les images peuvent contribuer à prouver une infraction, un dommage ou une nuisance ou à identifier un auteur, un témoin ou une victime.',
      en: 'At most one month, unless the images can help prove an offence, damage or nuisance or identify an offender, witness or victim.',
    },
  },
  {
    key: 'call_recordings',
    name: { nl: 'Gespreksopnames', fr: "Enregistrements d'appels", en: 'Call recordings' },
    duration: months(1),
    trigger: 'collection',
    action: 'delete',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: voor kwaliteitscontrole en opleiding volstaat een korte bewaring.',
      fr: 'Pas de délai légal : pour le contrôle de qualité et la formation, une conservation courte suffit.',
      en: 'No statutory period: a short period is enough for quality control and training.',
    },
  },
  {
    key: 'website_logs',
    name: {
      nl: 'Logbestanden van website en systemen',
      fr: 'Journaux du site web et des systèmes',
      en: 'Website and system logs',
    },
    duration: months(12),
    trigger: 'collection',
    action: 'delete',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: lang genoeg om beveiligingsincidenten op te sporen en te onderzoeken.',
      fr: 'Pas de délai légal : assez longtemps pour détecter et analyser les incidents de sécurité.',
      en: 'No statutory period: long enough to detect and investigate security incidents.',
    },
  },
  {
    key: 'request_records',
    name: {
      nl: 'Verzoeken van betrokkenen en de briefwisseling erover',
      fr: 'Demandes des personnes concernées et correspondance y relative',
      en: 'Data subject requests and their correspondence',
    },
    duration: years(5),
    trigger: 'custom',
    triggerDescription: {
      nl: 'de afsluiting van het verzoek',
      fr: 'la clôture de la demande',
      en: 'the closing of the request',
    },
    action: 'delete',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: lang genoeg om aan de Gegevensbeschermingsautoriteit of een rechter te tonen hoe een verzoek werd behandeld; vijf jaar, de verjaringstermijn van de buitencontractuele aansprakelijkheid (Burgerlijk Wetboek, art. 2262bis). Daarna worden het verzoek, de brieven, de notities, de taken, de bijlagen (ook kopieën van identiteitsdocumenten) en de antwoordpakketten in Custos gewist.',
      fr: "Pas de délai légal : assez longtemps pour montrer à l'Autorité de protection des données ou à un juge comment une demande a été traitée ; cinq ans, le délai de prescription de la responsabilité extracontractuelle (Code civil, art. 2262bis). Ensuite, la demande, les lettres, les notes, les tâches, les pièces jointes (y compris les copies de documents d'identité) et les paquets de réponse sont effacés de Custos.",
      en: 'No statutory period: long enough to show the Data Protection Authority or a court how a request was handled; five years, the limitation period for non-contractual liability (Civil Code, Art. 2262bis). Then the request, its letters, notes, tasks, attachments (identity document copies included) and answer packages are erased from Custos.',
    },
  },
  {
    key: 'mail_records',
    name: {
      nl: 'Verzonden e-mailberichten (verzendlog)',
      fr: 'Courriels envoyés (journal des envois)',
      en: 'E-mail messages sent (mail log)',
    },
    duration: years(1),
    trigger: 'custom',
    triggerDescription: {
      nl: 'het opstellen van het bericht',
      fr: 'la rédaction du message',
      en: 'the writing of the message',
    },
    action: 'delete',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: lang genoeg om vragen over de bezorging van een bericht te beantwoorden. Daarna worden verzonden en mislukte berichten (adres, onderwerp en tekst) gewist; een brief bij een verzoek of een datalek blijft bij dat dossier zolang het bestaat.',
      fr: "Pas de délai légal : assez longtemps pour répondre aux questions sur la remise d'un message. Ensuite, les messages envoyés et en échec (adresse, objet et texte) sont effacés ; une lettre liée à une demande ou à une violation de données reste avec ce dossier tant qu'il existe.",
      en: 'No statutory period: long enough to answer questions about whether a message arrived. Then sent and failed messages (address, subject line and text) are erased; a letter of a request or a data breach stays with that file as long as it exists.',
    },
  },
  {
    key: 'subject_index',
    name: {
      nl: 'Personenindex: personen van wie de relatie beëindigd is',
      fr: 'Index des personnes : personnes dont la relation a pris fin',
      en: 'Subject index: people whose relationship ended',
    },
    duration: years(10),
    trigger: 'end_of_relationship',
    action: 'delete',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: de index vindt de gegevens van een persoon in de systemen en beantwoordt zijn verzoeken; hij blijft zo lang als de langste termijn die vanaf het einde van de relatie loopt (tien jaar: contractuele vorderingen, Oud Burgerlijk Wetboek art. 2262bis, en antiwitwas, wet van 18 september 2017 art. 60). Daarna worden de persoon, zijn identiteiten, relaties en gebeurtenissen uit de index gewist; zijn verzoeken behouden hun eigen dossier.',
      fr: "Pas de délai légal : l'index retrouve les données d'une personne dans les systèmes et traite ses demandes ; il est conservé aussi longtemps que le plus long délai qui court depuis la fin de la relation (dix ans : actions contractuelles, ancien Code civil art. 2262bis, et anti-blanchiment, loi du 18 septembre 2017 art. 60). Ensuite, la personne, ses identités, relations et événements sont effacés de l'index ; ses demandes gardent leur propre dossier.",
      en: "No statutory period: the index finds a person's data in the systems and answers their requests; it is kept as long as the longest period counted from the end of the relationship (ten years: contractual claims, Former Civil Code Art. 2262bis, and anti-money laundering, Act of 18 September 2017 Art. 60). Then the person, their identities, relationships and events are erased from the index; their requests keep their own record.",
    },
  },
  {
    key: 'retention_task_lists',
    name: {
      nl: 'Lijsten bij opruimtaken (wat een medewerker met de hand moet wissen)',
      fr: "Listes des tâches de purge (ce qu'un collaborateur doit effacer à la main)",
      en: 'Lists of retention sweep tasks (what a staff member must erase by hand)',
    },
    duration: months(6),
    trigger: 'custom',
    triggerDescription: {
      nl: 'het aanmaken van de taak',
      fr: 'la création de la tâche',
      en: 'the creation of the task',
    },
    action: 'delete',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: de lijst noemt de personen en records die een medewerker moet wissen of bewaren in een systeem dat Custos niet zelf kan opschonen. Ze wordt gewist zodra de taak afgesloten is, en uiterlijk zes maanden na het aanmaken van de taak als niemand die afsluit; de registratie van de opschoning en haar aantallen blijven als bewijs.',
      fr: "Pas de délai légal : la liste nomme les personnes et les enregistrements qu'un collaborateur doit effacer ou conserver dans un système que Custos ne peut pas purger lui-même. Elle est effacée dès que la tâche est clôturée, et au plus tard six mois après la création de la tâche si personne ne la clôture ; l'enregistrement de la purge et ses nombres restent comme preuve.",
      en: 'No statutory period: the list names the people and records a staff member must erase or keep in a system Custos cannot sweep itself. It is deleted as soon as the task is closed, and at the latest six months after the task was created if nobody closes it; the record of the sweep and its counts stay as the proof.',
    },
  },
  {
    key: 'audit_log',
    name: {
      nl: 'Auditlogboek van het privacybeheer',
      fr: "Journal d'audit de la gestion de la vie privée",
      en: 'Audit log of privacy management',
    },
    duration: years(5),
    trigger: 'custom',
    triggerDescription: {
      nl: 'de geregistreerde handeling',
      fr: "l'action enregistrée",
      en: 'the recorded action',
    },
    action: 'anonymise',
    consentRenewable: false,
    descriptions: {
      nl: 'Geen wettelijke termijn: het bewijs van wie wat deed (verantwoordingsplicht, AVG art. 5, lid 2) blijft zo lang als de verzoeken waarover het gaat; vijf jaar, de verjaringstermijn van de buitencontractuele aansprakelijkheid (Burgerlijk Wetboek, art. 2262bis). Daarna worden wie en wat uit de gebeurtenissen gewist; hun plaats in de beveiligde keten blijft, zodat die controleerbaar blijft.',
      fr: "Pas de délai légal : la preuve de qui a fait quoi (responsabilité, RGPD art. 5, par. 2) est conservée aussi longtemps que les demandes qu'elle concerne ; cinq ans, le délai de prescription de la responsabilité extracontractuelle (Code civil, art. 2262bis). Ensuite, le qui et le quoi sont effacés des événements ; leur place dans la chaîne sécurisée reste, pour qu'elle demeure vérifiable.",
      en: 'No statutory period: the proof of who did what (accountability, GDPR Art. 5(2)) is kept as long as the requests it concerns; five years, the limitation period for non-contractual liability (Civil Code, Art. 2262bis). Then who and what are erased from the events; their place in the secured chain stays, so that it can still be verified.',
    },
  },
] as const satisfies readonly RetentionPeriodEntry[]

export type RetentionPeriodKey = (typeof ENTRIES)[number]['key']

export const RETENTION_PERIODS: readonly RetentionPeriodEntry<RetentionPeriodKey>[] = ENTRIES

export const RETENTION_PERIOD_BY_KEY: ReadonlyMap<
  string,
  RetentionPeriodEntry<RetentionPeriodKey>
> = indexByKey(RETENTION_PERIODS)

/** The register rule for a catalogue entry (`fromCatalogue` set), to store in `retentionRules` and then edit. */
export function toRetentionRule(entry: RetentionPeriodEntry, key: string = entry.key): RetentionRule {
  const {
    descriptions: _descriptions,
    duration,
    name,
    triggerDescription,
    statutoryReference,
    ...rest
  } = entry
  return {
    ...rest,
    key,
    name: { ...name },
    duration: { ...duration },
    ...(statutoryReference === undefined ? {} : { statutoryReference: { ...statutoryReference } }),
    ...(triggerDescription === undefined ? {} : { triggerDescription: { ...triggerDescription } }),
    fromCatalogue: entry.key,
  }
}
