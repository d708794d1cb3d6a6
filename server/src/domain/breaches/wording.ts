import type { Art34Exception, RiskLevel } from './decision'
import type { SeverityLevel } from './enisa'
import type { Cause, Nature, Origin } from './record'

/** The languages of the drafts: the GBA form's (nl, fr, de) and the people's letters (nl, fr, en). */
export type DraftLanguage = 'nl' | 'fr' | 'de' | 'en'
export type AuthorityLanguage = 'nl' | 'fr' | 'de'
export type LetterLanguage = 'nl' | 'fr' | 'en'
export const AUTHORITY_LANGUAGES: readonly AuthorityLanguage[] = ['nl', 'fr', 'de']
export const LETTER_LANGUAGES: readonly LetterLanguage[] = ['nl', 'fr', 'en']

type Words<K extends string> = Readonly<Record<DraftLanguage, Readonly<Record<K, string>>>>

export const NATURE_WORDS: Words<Nature> = {
  nl: {
    confidentiality: 'vertrouwelijkheid (ongeoorloofde of onopzettelijke verstrekking of toegang)',
    integrity: 'integriteit (ongeoorloofde of onopzettelijke wijziging)',
    availability: 'beschikbaarheid (verlies van toegang of vernietiging)',
  },
  fr: {
    confidentiality: 'confidentialité (divulgation ou accès non autorisé ou accidentel)',
    integrity: 'intégrité (altération non autorisée ou accidentelle)',
    availability: 'disponibilité (perte d’accès ou destruction)',
  },
  de: {
    confidentiality: 'Vertraulichkeit (unbefugte oder unbeabsichtigte Offenlegung oder Zugang)',
    integrity: 'Integrität (unbefugte oder unbeabsichtigte Veränderung)',
    availability: 'Verfügbarkeit (Verlust des Zugangs oder Vernichtung)',
  },
  en: {
    confidentiality: 'confidentiality (unauthorised or accidental disclosure or access)',
    integrity: 'integrity (unauthorised or accidental alteration)',
    availability: 'availability (loss of access or destruction)',
  },
}

export const ORIGIN_WORDS: Words<Origin> = {
  nl: {
    lost_or_stolen_device: 'verlies of diefstal van een toestel of gegevensdrager',
    lost_or_stolen_paper: 'verlies of diefstal van papieren documenten',
    hacking: 'inbraak in een informaticasysteem (hacking)',
    ransomware: 'gijzelsoftware (ransomware)',
    phishing: 'phishing of social engineering',
    wrong_recipient: 'verzending naar een verkeerde bestemmeling',
    internal_misuse: 'ongeoorloofde raadpleging of gebruik door een medewerker',
    accidental_disclosure: 'onopzettelijke openbaarmaking',
    improper_disposal: 'onzorgvuldige vernietiging van gegevens of dragers',
    system_error: 'technische fout of configuratiefout',
    other: 'andere oorsprong',
  },
  fr: {
    lost_or_stolen_device: 'perte ou vol d’un appareil ou d’un support de données',
    lost_or_stolen_paper: 'perte ou vol de documents papier',
    hacking: 'intrusion dans un système informatique (piratage)',
    ransomware: 'rançongiciel (ransomware)',
    phishing: 'hameçonnage ou ingénierie sociale',
    wrong_recipient: 'envoi à un mauvais destinataire',
    internal_misuse: 'consultation ou utilisation non autorisée par un membre du personnel',
    accidental_disclosure: 'divulgation accidentelle',
    improper_disposal: 'destruction inappropriée de données ou de supports',
    system_error: 'erreur technique ou de configuration',
    other: 'autre origine',
  },
  de: {
    lost_or_stolen_device: 'Verlust oder Diebstahl eines Geräts oder Datenträgers',
    lost_or_stolen_paper: 'Verlust oder Diebstahl von Papierunterlagen',
    hacking: 'Eindringen in ein IT-System (Hacking)',
    ransomware: 'Erpressungssoftware (Ransomware)',
    phishing: 'Phishing oder Social Engineering',
    wrong_recipient: 'Versand an einen falschen Empfänger',
    internal_misuse: 'unbefugter Zugriff oder unbefugte Nutzung durch einen Mitarbeiter',
    accidental_disclosure: 'unbeabsichtigte Offenlegung',
    improper_disposal: 'unsachgemäße Entsorgung von Daten oder Datenträgern',
    system_error: 'technischer Fehler oder Konfigurationsfehler',
    other: 'sonstiger Ursprung',
  },
  en: {
    lost_or_stolen_device: 'loss or theft of a device or data carrier',
    lost_or_stolen_paper: 'loss or theft of paper documents',
    hacking: 'intrusion into an IT system (hacking)',
    ransomware: 'ransomware',
    phishing: 'phishing or social engineering',
    wrong_recipient: 'sent to the wrong recipient',
    internal_misuse: 'unauthorised access or use by a member of staff',
    accidental_disclosure: 'accidental disclosure',
    improper_disposal: 'improper disposal of data or carriers',
    system_error: 'technical or configuration error',
    other: 'other origin',
  },
}

export const CAUSE_WORDS: Words<Cause> = {
  nl: {
    internal_accidental: 'intern, onopzettelijk',
    internal_malicious: 'intern, kwaadwillig',
    external_accidental: 'extern, onopzettelijk',
    external_malicious: 'extern, kwaadwillig',
    unknown: 'nog niet gekend',
  },
  fr: {
    internal_accidental: 'interne, accidentelle',
    internal_malicious: 'interne, malveillante',
    external_accidental: 'externe, accidentelle',
    external_malicious: 'externe, malveillante',
    unknown: 'pas encore connue',
  },
  de: {
    internal_accidental: 'intern, unbeabsichtigt',
    internal_malicious: 'intern, böswillig',
    external_accidental: 'extern, unbeabsichtigt',
    external_malicious: 'extern, böswillig',
    unknown: 'noch nicht bekannt',
  },
  en: {
    internal_accidental: 'internal, accidental',
    internal_malicious: 'internal, malicious',
    external_accidental: 'external, accidental',
    external_malicious: 'external, malicious',
    unknown: 'not yet known',
  },
}

export const RISK_WORDS: Words<RiskLevel> = {
  nl: {
    unlikely: 'geen risico waarschijnlijk voor de rechten en vrijheden van natuurlijke personen',
    risk: 'een risico voor de rechten en vrijheden van natuurlijke personen',
    high: 'een hoog risico voor de rechten en vrijheden van natuurlijke personen',
  },
  fr: {
    unlikely: 'pas de risque probable pour les droits et libertés des personnes physiques',
    risk: 'un risque pour les droits et libertés des personnes physiques',
    high: 'un risque élevé pour les droits et libertés des personnes physiques',
  },
  de: {
    unlikely: 'voraussichtlich kein Risiko für die Rechte und Freiheiten natürlicher Personen',
    risk: 'ein Risiko für die Rechte und Freiheiten natürlicher Personen',
    high: 'ein hohes Risiko für die Rechte und Freiheiten natürlicher Personen',
  },
  en: {
    unlikely: 'unlikely to result in a risk to the rights and freedoms of natural persons',
    risk: 'a risk to the rights and freedoms of natural persons',
    high: 'a high risk to the rights and freedoms of natural persons',
  },
}

export const EXCEPTION_WORDS: Words<Art34Exception> = {
  nl: {
    unintelligible:
      'artikel 34, lid 3, a) AVG: de gegevens waren onbegrijpelijk gemaakt voor onbevoegden (versleuteling)',
    risk_removed:
      'artikel 34, lid 3, b) AVG: achteraf genomen maatregelen zorgen ervoor dat het hoge risico zich waarschijnlijk niet meer zal voordoen',
    disproportionate_effort:
      'artikel 34, lid 3, c) AVG: individuele mededeling zou een onevenredige inspanning vergen; er volgt een openbare mededeling',
  },
  fr: {
    unintelligible:
      'article 34, paragraphe 3, a), du RGPD : les données avaient été rendues incompréhensibles pour toute personne non autorisée (chiffrement)',
    risk_removed:
      'article 34, paragraphe 3, b), du RGPD : des mesures ultérieures garantissent que le risque élevé n’est plus susceptible de se matérialiser',
    disproportionate_effort:
      'article 34, paragraphe 3, c), du RGPD : une communication individuelle exigerait des efforts disproportionnés ; une communication publique est prévue',
  },
  de: {
    unintelligible:
      'Artikel 34 Absatz 3 Buchstabe a DSGVO: die Daten waren für Unbefugte unzugänglich gemacht (Verschlüsselung)',
    risk_removed:
      'Artikel 34 Absatz 3 Buchstabe b DSGVO: nachfolgende Maßnahmen stellen sicher, dass das hohe Risiko aller Wahrscheinlichkeit nach nicht mehr besteht',
    disproportionate_effort:
      'Artikel 34 Absatz 3 Buchstabe c DSGVO: eine individuelle Benachrichtigung wäre mit einem unverhältnismäßigen Aufwand verbunden; es erfolgt eine öffentliche Bekanntmachung',
  },
  en: {
    unintelligible:
      'Art. 34(3)(a) GDPR: the data had been rendered unintelligible to anyone not authorised (encryption)',
    risk_removed:
      'Art. 34(3)(b) GDPR: subsequent measures ensure that the high risk is no longer likely to materialise',
    disproportionate_effort:
      'Art. 34(3)(c) GDPR: informing each person would involve disproportionate effort; a public communication follows',
  },
}

export const SEVERITY_WORDS: Words<SeverityLevel> = {
  nl: { low: 'laag', medium: 'gemiddeld', high: 'hoog', very_high: 'zeer hoog' },
  fr: { low: 'faible', medium: 'moyenne', high: 'élevée', very_high: 'très élevée' },
  de: { low: 'niedrig', medium: 'mittel', high: 'hoch', very_high: 'sehr hoch' },
  en: { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' },
}
