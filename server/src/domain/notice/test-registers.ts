import { type RegisterDocument, type RegisterInput, registerDocumentSchema } from '../register/schema'

/**
 * A rich register for the notice tests: legitimate interests with a balancing test, consent with its withdrawal,
 * third-party and public sources, a US transfer under standard contractual clauses, health data with an
 * Art. 9(2)(b) condition, the national register number with its authorisation, direct marketing including by
 * phone, a joint controller, a processor activity and a planned one (both kept out of the notice).
 */
export function richRegister(): RegisterInput {
  return {
    organization: {
      name: 'Digitas',
      legalName: 'Digitas BV',
      enterpriseNumber: '0403019261',
      address: { street: 'Louizalaan 251', postalCode: '1050', city: 'Brussel', country: 'BE' },
      email: 'info@digitas.be',
      phone: '+32 2 123 45 67',
      website: 'https://www.digitas.be',
      dpo: { appointed: true, name: 'An Janssens', email: 'dpo@digitas.be' },
      languages: ['nl', 'fr', 'en'],
    },
    notice: {
      requestEmail: 'privacy@digitas.be',
      portal: true,
      requestPostalAddress: true,
      minors: { minimumAge: 16 },
      sellsData: false,
      cookies: [
        {
          name: 'digitas_session',
          purpose: 'strictly_necessary',
          duration: { nl: 'sessie', fr: 'session', en: 'session' },
        },
        {
          name: '_ga',
          provider: 'Google',
          purpose: 'analytics',
          party: 'third',
          country: 'US',
          duration: { nl: '13 maanden', fr: '13 mois', en: '13 months' },
        },
      ],
    },
    activities: [
      {
        key: 'crm',
        name: { nl: 'Klantenbeheer', fr: 'Gestion de la clientèle', en: 'Client management' },
        purposes: [{ purpose: 'client_management', legalBasis: 'contract' }],
        subjectCategories: ['clients', 'client_contacts'],
        dataCategories: [
          {
            category: 'identification',
            requirement: 'contract_precondition',
            consequence: {
              nl: 'Zonder uw naam en adres kunnen wij geen offerte opmaken.',
              fr: 'Sans votre nom et votre adresse, nous ne pouvons pas établir d’offre.',
              en: 'Without your name and address we cannot draw up a quote.',
            },
          },
          { category: 'contact_details', requirement: 'contractual' },
          { category: 'bank_details' },
        ],
        recipients: [{ type: 'internal_departments' }, { type: 'service_providers', vendor: 'hubspot' }],
        transfers: [
          {
            country: 'US',
            recipient: 'HubSpot Inc.',
            vendor: 'hubspot',
            safeguard: 'standard_contractual_clauses',
          },
        ],
        systems: ['hubspot-crm'],
        retention: [{ rule: 'contract-10y' }],
        measures: ['mfa', 'encryption_at_rest'],
        portability: true,
      },
      {
        key: 'invoicing',
        name: { nl: 'Facturatie', fr: 'Facturation', en: 'Invoicing' },
        purposes: [
          {
            purpose: 'invoicing_accounting',
            legalBasis: 'legal_obligation',
            legalObligation: { law: 'WER/CDE art. III.82' },
          },
        ],
        subjectCategories: ['clients'],
        dataCategories: [
          { category: 'identification', requirement: 'statutory' },
          { category: 'invoices_payments', requirement: 'statutory' },
        ],
        recipients: [
          { type: 'accountants_auditors', name: 'Fidu Boekhouding CV' },
          { type: 'tax_administration' },
        ],
        retention: [{ rule: 'invoices-7y' }],
        measures: ['mfa'],
      },
      {
        key: 'credit-check',
        name: { nl: 'Kredietcontrole', fr: 'Contrôle de solvabilité', en: 'Credit check' },
        purposes: [
          {
            purpose: 'fraud_prevention',
            legalBasis: 'legitimate_interests',
            legitimateInterest: {
              interest: {
                nl: 'Vermijden dat wij leveren aan klanten die niet kunnen betalen.',
                fr: 'Éviter de livrer des clients qui ne peuvent pas payer.',
                en: 'Avoiding deliveries to clients who cannot pay.',
              },
              balancingTest: {
                nl: 'Alleen bij bestellingen boven 5.000 euro; de klant kan zijn standpunt toelichten.',
                fr: 'Uniquement pour les commandes de plus de 5 000 euros ; le client peut faire valoir son point de vue.',
                en: 'Only for orders above 5,000 euros; the client can explain their position.',
              },
            },
          },
        ],
        subjectCategories: ['clients'],
        dataCategories: [
          {
            category: 'creditworthiness',
            source: 'third_party',
            sourceName: { nl: 'Graydon Belgium NV', fr: 'Graydon Belgium SA', en: 'Graydon Belgium NV' },
          },
          {
            category: 'professional_data',
            source: 'public_source',
            sourceName: { nl: 'Belgisch Staatsblad', fr: 'Moniteur belge', en: 'Belgian Official Gazette' },
          },
        ],
        recipients: [{ type: 'credit_reference_agencies', name: 'Graydon Belgium NV' }],
        retention: [{ rule: 'disputes-5y' }],
        automatedDecisions: { used: false, profiling: false },
      },
      {
        key: 'newsletter',
        name: { nl: 'Nieuwsbrief', fr: 'Newsletter', en: 'Newsletter' },
        description: {
          nl: 'Onze maandelijkse nieuwsbrief sturen aan wie zich inschrijft.',
          fr: 'Envoyer notre newsletter mensuelle aux personnes qui s’y inscrivent.',
          en: 'Sending our monthly newsletter to people who sign up.',
        },
        purposes: [
          {
            purpose: 'direct_marketing',
            legalBasis: 'consent',
            consentWithdrawal: {
              nl: 'Via de afmeldlink onderaan elke nieuwsbrief.',
              fr: 'Via le lien de désinscription au bas de chaque newsletter.',
              en: 'Through the unsubscribe link at the bottom of every newsletter.',
            },
          },
        ],
        subjectCategories: ['newsletter_subscribers'],
        dataCategories: [{ category: 'contact_details' }],
        recipients: [{ type: 'service_providers', vendor: 'mailvink' }],
        retention: [{ rule: 'newsletter-3y' }],
      },
      {
        key: 'telesales',
        name: { nl: 'Telefonische verkoop', fr: 'Vente par téléphone', en: 'Telephone sales' },
        purposes: [
          {
            purpose: 'direct_marketing',
            legalBasis: 'legitimate_interests',
            legitimateInterest: {
              interest: {
                nl: 'Bestaande klanten telefonisch op de hoogte brengen van nieuwe aanbiedingen.',
                fr: 'Informer par téléphone les clients existants de nouvelles offres.',
                en: 'Telling existing clients about new offers by phone.',
              },
            },
          },
        ],
        subjectCategories: ['clients', 'called_persons'],
        dataCategories: [{ category: 'contact_details' }],
        retention: [{ rule: 'newsletter-3y' }],
      },
      {
        key: 'payroll',
        name: { nl: 'Loonadministratie', fr: 'Administration salariale', en: 'Payroll' },
        purposes: [
          {
            purpose: 'personnel_administration',
            legalBasis: 'legal_obligation',
            legalObligation: { law: 'KB/AR nr. 5 23.10.1978' },
          },
        ],
        art9Condition: 'employment_social_security',
        nationalNumberAuthorisation: 'Wet/Loi 15.01.1990 (KSZ/BCSS), art. 8',
        subjectCategories: ['employees'],
        dataCategories: [
          { category: 'identification', requirement: 'statutory' },
          { category: 'national_register_number', requirement: 'statutory' },
          { category: 'health_data' },
        ],
        recipients: [
          { type: 'social_secretariat', vendor: 'payroll-agency' },
          { type: 'social_security_institutions' },
        ],
        retention: [{ rule: 'social-5y' }],
        measures: ['training'],
      },
      {
        key: 'fair',
        name: { nl: 'Gezamenlijke beurs', fr: 'Salon commun', en: 'Joint trade fair' },
        role: 'joint_controller',
        jointControllers: [
          {
            name: 'Expo Gent vzw',
            contact: 'info@expogent.be',
            arrangement: {
              nl: 'Expo Gent beantwoordt alle verzoeken van bezoekers; wij bezorgen haar elk verzoek dat wij ontvangen.',
              fr: 'Expo Gent répond à toutes les demandes des visiteurs ; nous lui transmettons chaque demande reçue.',
              en: 'Expo Gent answers all visitor requests; we pass on every request we receive.',
            },
          },
        ],
        purposes: [
          {
            purpose: 'communication',
            legalBasis: 'legitimate_interests',
            legitimateInterest: {
              interest: {
                nl: 'Bezoekers van de beurs opvolgen.',
                fr: 'Assurer le suivi des visiteurs du salon.',
                en: 'Following up visitors to the fair.',
              },
            },
          },
        ],
        subjectCategories: ['prospects'],
        dataCategories: [{ category: 'contact_details' }],
        retention: [{ rule: 'disputes-5y' }],
      },
      {
        key: 'support-for-clients',
        name: { nl: 'Helpdesk voor klanten', fr: 'Helpdesk pour les clients', en: 'Helpdesk for clients' },
        role: 'processor',
        processorFor: [{ client: 'Retail NV', agreement: { signed: true } }],
        purposes: [{ purpose: 'processor_customer_service' }],
        subjectCategories: ['client_customers'],
        dataCategories: [{ category: 'contact_details', source: 'third_party' }],
        retention: [{ rule: 'disputes-5y' }],
      },
      {
        key: 'future-recruitment',
        name: { nl: 'Werving', fr: 'Recrutement', en: 'Recruitment' },
        status: 'planned',
        purposes: [{ purpose: 'recruitment', legalBasis: 'contract' }],
        subjectCategories: ['job_applicants'],
        dataCategories: [{ category: 'application_data' }],
      },
    ],
    systems: [
      {
        key: 'hubspot-crm',
        name: 'HubSpot CRM',
        type: 'saas',
        vendor: 'hubspot',
        hostingCountry: 'US',
        certifications: ['ISO 27001'],
      },
    ],
    vendors: [
      { key: 'hubspot', name: 'HubSpot Inc.', country: 'US', role: 'processor', dpa: { signed: true } },
      { key: 'mailvink', name: 'Mailvink BV', country: 'BE', role: 'processor', dpa: { signed: true } },
      {
        key: 'payroll-agency',
        name: 'Sociaal Secretariaat Zennevallei vzw',
        country: 'BE',
        role: 'processor',
        dpa: { signed: true },
      },
    ],
    retentionRules: [
      {
        key: 'contract-10y',
        name: { nl: 'Overeenkomsten', fr: 'Contrats', en: 'Contracts' },
        duration: { years: 10 },
        trigger: 'end_of_contract',
        statutoryReference: 'Oud BW / anc. C. civ., art. 2262bis §1',
      },
      {
        key: 'invoices-7y',
        name: { nl: 'Facturen', fr: 'Factures', en: 'Invoices' },
        duration: { years: 7 },
        trigger: 'invoice_date',
        statutoryReference: 'WER/CDE art. III.88',
      },
      {
        key: 'newsletter-3y',
        name: { nl: 'Marketing', fr: 'Marketing', en: 'Marketing' },
        duration: { years: 3 },
        trigger: 'last_contact',
        consentRenewable: true,
      },
      {
        key: 'social-5y',
        name: { nl: 'Sociale documenten', fr: 'Documents sociaux', en: 'Social documents' },
        duration: { years: 5 },
        trigger: 'custom',
        triggerDescription: {
          nl: 'Het einde van de tewerkstelling',
          fr: "La fin de l'occupation",
          en: 'The end of employment',
        },
        statutoryReference: 'KB/AR nr. 5 23.10.1978',
      },
      {
        key: 'disputes-5y',
        name: { nl: 'Geschillen', fr: 'Litiges', en: 'Disputes' },
        duration: { years: 5 },
        trigger: 'end_of_dispute',
        action: 'archive',
      },
    ],
    measures: [
      {
        key: 'mfa',
        name: {
          nl: 'Tweestapsverificatie',
          fr: 'Authentification à deux facteurs',
          en: 'Two-factor authentication',
        },
        type: 'technical',
        fromCatalogue: 'multi_factor_authentication',
      },
      {
        key: 'encryption_at_rest',
        name: 'Encryption at rest',
        type: 'technical',
        fromCatalogue: 'encryption_at_rest',
      },
      {
        key: 'training',
        name: { nl: 'Jaarlijkse opleiding', fr: 'Formation annuelle', en: 'Annual training' },
        type: 'organisational',
        description: {
          nl: 'Alle medewerkers volgen elk jaar een opleiding over gegevensbescherming.',
          fr: 'Tous les collaborateurs suivent chaque année une formation sur la protection des données.',
          en: 'All staff take data protection training every year.',
        },
      },
    ],
  }
}

export function parseRegister(input: RegisterInput): RegisterDocument {
  return registerDocumentSchema.parse(input)
}
