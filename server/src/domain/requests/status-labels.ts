import type { Labels } from '../register/localized'
import type { RequestStatus } from './request'

/** Where the request stands, in the words the subject sees on the status page. */
export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, Labels>> = {
  received: { nl: 'Ontvangen', fr: 'Reçue', en: 'Received' },
  awaiting_identity: {
    nl: 'Wacht op bevestiging van uw identiteit',
    fr: 'En attente de la vérification de votre identité',
    en: 'Waiting for confirmation of your identity',
  },
  in_progress: { nl: 'In behandeling', fr: 'En cours de traitement', en: 'Being handled' },
  extended: {
    nl: 'In behandeling (termijn verlengd)',
    fr: 'En cours de traitement (délai prolongé)',
    en: 'Being handled (time limit extended)',
  },
  awaiting_fee: {
    nl: 'Wacht op uw beslissing over de vergoeding',
    fr: 'En attente de votre décision concernant les frais',
    en: 'Waiting for your decision on the fee',
  },
  completed: { nl: 'Beantwoord', fr: 'Traitée', en: 'Answered' },
  partially_refused: { nl: 'Gedeeltelijk ingewilligd', fr: 'Partiellement accueillie', en: 'Partly granted' },
  refused: { nl: 'Niet ingewilligd', fr: 'Non accueillie', en: 'Not granted' },
  forwarded_to_controller: {
    nl: 'Doorgestuurd naar de verwerkingsverantwoordelijke',
    fr: 'Transmise au responsable du traitement',
    en: 'Forwarded to the controller',
  },
  closed: { nl: 'Afgesloten', fr: 'Clôturée', en: 'Closed' },
}
