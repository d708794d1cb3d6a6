import { counted } from '../../lib/plural'
import { frenchSpacing as t } from '../french-typography'
import type { PackageKind, PackageLanguage } from './model'

/** The texts of index.html and README.txt in the subject's language (Belgian usage). */
export interface PackageWording {
  title: Record<PackageKind, string>
  intro: Record<PackageKind, (org: string, reference: string, received: string, generated: string) => string>
  controller: (legalName: string, enterpriseNumber: string | null) => string
  confidential: string
  contentsHeading: string
  contents: { index: string; data: string; csv: string; readme: string }
  totals: (records: number, tables: number, systems: number) => string
  readingHeading: string
  reading: string[]
  dataHeading: string
  noData: Record<PackageKind, string>
  system: string
  records: (n: number) => string
  noRows: string
  csvFile: (path: string) => string
  truncated: (shown: number, total: number, path: string) => string
  informationHeading: string
  withheldHeading: string
  withheldIntro: string
  withheldColumns: { system: string; collection: string; rows: string; reason: string }
  nothingWithheld: string
  questionsHeading: string
  questions: (org: string, reference: string, email: string | null) => string
  complaint: (authority: string, website: string) => string
  prepared: (date: string) => string
  tableOfContents: string
  readme: { start: string; files: string[]; safe: string; questions: (email: string) => string }
}

const NL: PackageWording = {
  title: {
    access: 'Kopie van uw persoonsgegevens',
    portability: 'Uw persoonsgegevens in een overdraagbaar formaat',
  },
  intro: {
    access: (org, ref, received, generated) =>
      `${org} bezorgt u dit pakket als antwoord op uw verzoek om inzage (artikel 15 AVG) met referentie ${ref}, ontvangen op ${received}. Het bevat een kopie van de persoonsgegevens die wij over u verwerken, zoals wij ze op ${generated} in onze systemen hebben teruggevonden.`,
    portability: (org, ref, received, generated) =>
      `${org} bezorgt u dit pakket als antwoord op uw verzoek om overdraagbaarheid van uw gegevens (artikel 20 AVG) met referentie ${ref}, ontvangen op ${received}. Het bevat de persoonsgegevens die u ons zelf hebt verstrekt, zoals wij ze op ${generated} in onze systemen hebben teruggevonden, in een gestructureerd, gangbaar en machineleesbaar formaat. U kunt ze aan een andere organisatie doorgeven.`,
  },
  controller: (name, number) =>
    `Verwerkingsverantwoordelijke: ${name}${number ? `, ondernemingsnummer ${number}` : ''}.`,
  confidential:
    'Dit pakket bevat persoonsgegevens. Bewaar het op een veilige plaats en deel het niet met anderen, tenzij u dat zelf wenst.',
  contentsHeading: 'Inhoud van dit pakket',
  contents: {
    index: 'dit overzicht, om te lezen in uw webbrowser;',
    data: 'alle gegevens in een machineleesbaar formaat (JSON), met per veld een omschrijving en de categorie van persoonsgegevens;',
    csv: 'één CSV-bestand per tabel, dat u kunt openen met een rekenblad (Excel, LibreOffice Calc, Numbers);',
    readme: 'een korte leeswijzer.',
  },
  totals: (records, tables, systems) =>
    `In totaal: ${counted('nl', records, { one: 'record', other: 'records' })} in ${counted('nl', tables, { one: 'tabel', other: 'tabellen' })}, uit ${counted('nl', systems, { one: 'systeem', other: 'systemen' })}.`,
  readingHeading: 'Hoe leest u de bestanden?',
  reading: [
    'Boven elke kolom staat de naam van het veld in ons systeem en, waar die gekend is, de categorie van persoonsgegevens waartoe het behoort.',
    'De CSV-bestanden zijn gecodeerd in UTF-8 en gebruiken de komma als scheidingsteken. Toont uw rekenblad alle gegevens in één kolom, importeer het bestand dan via Gegevens > Van tekst/CSV en kies de komma als scheidingsteken.',
    "Een tekst die begint met =, +, - of @ wordt in de CSV-bestanden voorafgegaan door een apostrof ('), zodat een rekenblad hem niet als formule uitvoert. Het bestand data.json bevat de waarden zonder die apostrof.",
    'Datums en tijdstippen staan in het internationale formaat ISO 8601, in UTC (bijvoorbeeld 2026-03-02T14:30:00.000Z). Binaire inhoud, zoals een afbeelding, staat erin als Base64-tekst.',
  ],
  dataHeading: 'Uw gegevens per systeem',
  noData: {
    access: 'Wij hebben in onze systemen geen persoonsgegevens over u gevonden.',
    portability: 'Wij hebben in onze systemen geen gegevens gevonden die u ons zelf hebt verstrekt.',
  },
  system: 'Systeem',
  records: (n) => counted('nl', n, { one: 'record', other: 'records' }),
  noRows: 'Wij hebben in deze tabel geen gegevens over u gevonden.',
  csvFile: (path) => `Bestand: ${path}`,
  truncated: (shown, total, path) =>
    `Dit overzicht toont de eerste ${shown} van ${total} records; het bestand ${path} en data.json bevatten ze allemaal.`,
  informationHeading: 'Informatie over de verwerking van uw gegevens (artikel 15 AVG)',
  withheldHeading: 'Wat wij niet hebben opgenomen, en waarom',
  withheldIntro:
    'De volgende gegevens zijn niet in dit pakket opgenomen. U leest per systeem en tabel hoeveel records het betreft en om welke reden.',
  withheldColumns: { system: 'Systeem', collection: 'Tabel', rows: 'Records', reason: 'Reden' },
  nothingWithheld: 'Wij hebben geen gegevens achtergehouden.',
  questionsHeading: 'Vragen',
  questions: (org, ref, email) =>
    email
      ? `Hebt u vragen over dit pakket? Schrijf ons op ${email} en vermeld referentie ${ref}.`
      : `Hebt u vragen over dit pakket? Neem contact op met ${org} en vermeld referentie ${ref}.`,
  complaint: (authority, website) =>
    `Bent u het niet eens met ons antwoord, dan kunt u klacht indienen bij de ${authority} (${website}).`,
  prepared: (date) => `Opgemaakt op ${date}.`,
  tableOfContents: 'Inhoud',
  readme: {
    start: 'Open eerst index.html in uw webbrowser: daar leest u wat elk bestand bevat en hoe u het leest.',
    files: [
      'index.html: een leesbaar overzicht van uw gegevens',
      'data.json: alle gegevens in een machineleesbaar formaat (JSON)',
      'csv/: één bestand per tabel, voor een rekenblad (UTF-8, komma als scheidingsteken)',
      'README.txt: deze leeswijzer',
    ],
    safe: 'Dit pakket bevat persoonsgegevens. Bewaar het op een veilige plaats.',
    questions: (email) => `Vragen: ${email}`,
  },
}

const FR: PackageWording = {
  title: {
    access: 'Copie de vos données à caractère personnel',
    portability: 'Vos données à caractère personnel dans un format portable',
  },
  intro: {
    access: (org, ref, received, generated) =>
      `${org} vous transmet ce dossier en réponse à votre demande d’accès (article 15 du RGPD), référence ${ref}, reçue le ${received}. Il contient une copie des données à caractère personnel que nous traitons à votre sujet, telles que nous les avons retrouvées dans nos systèmes le ${generated}.`,
    portability: (org, ref, received, generated) =>
      `${org} vous transmet ce dossier en réponse à votre demande de portabilité (article 20 du RGPD), référence ${ref}, reçue le ${received}. Il contient les données à caractère personnel que vous nous avez fournies vous-même, telles que nous les avons retrouvées dans nos systèmes le ${generated}, dans un format structuré, couramment utilisé et lisible par machine. Vous pouvez les transmettre à une autre organisation.`,
  },
  controller: (name, number) =>
    t`Responsable du traitement : ${name}${number ? `, numéro d’entreprise ${number}` : ''}.`,
  confidential:
    'Ce dossier contient des données à caractère personnel. Conservez-le en lieu sûr et ne le partagez pas, sauf si vous le souhaitez vous-même.',
  contentsHeading: 'Contenu de ce dossier',
  contents: {
    index: t`le présent aperçu, à lire dans votre navigateur ;`,
    data: t`toutes les données dans un format lisible par machine (JSON), avec pour chaque champ sa description et la catégorie de données à caractère personnel ;`,
    csv: t`un fichier CSV par table, que vous pouvez ouvrir avec un tableur (Excel, LibreOffice Calc, Numbers) ;`,
    readme: 'un bref mode d’emploi.',
  },
  totals: (records, tables, systems) =>
    t`Au total : ${counted('fr', records, { one: 'enregistrement', other: 'enregistrements' })} dans ${counted('fr', tables, { one: 'table', other: 'tables' })}, provenant de ${counted('fr', systems, { one: 'système', other: 'systèmes' })}.`,
  readingHeading: t`Comment lire les fichiers ?`,
  reading: [
    'Chaque colonne porte le nom du champ dans notre système et, lorsqu’elle est connue, la catégorie de données à caractère personnel à laquelle il appartient.',
    'Les fichiers CSV sont encodés en UTF-8 et utilisent la virgule comme séparateur. Si votre tableur affiche toutes les données dans une seule colonne, importez le fichier via Données > À partir d’un fichier texte/CSV et choisissez la virgule comme séparateur.',
    "Dans les fichiers CSV, un texte qui commence par =, +, - ou @ est précédé d’une apostrophe ('), afin qu’un tableur ne l’exécute pas comme une formule. Le fichier data.json contient les valeurs sans cette apostrophe.",
    'Les dates et heures sont au format international ISO 8601, en UTC (par exemple 2026-03-02T14:30:00.000Z). Un contenu binaire, comme une image, y figure sous forme de texte Base64.',
  ],
  dataHeading: 'Vos données, système par système',
  noData: {
    access: 'Nous n’avons trouvé aucune donnée à caractère personnel vous concernant dans nos systèmes.',
    portability:
      'Nous n’avons trouvé dans nos systèmes aucune donnée que vous nous auriez fournie vous-même.',
  },
  system: 'Système',
  records: (n) => counted('fr', n, { one: 'enregistrement', other: 'enregistrements' }),
  noRows: 'Nous n’avons trouvé aucune donnée vous concernant dans cette table.',
  csvFile: (path) => t`Fichier : ${path}`,
  truncated: (shown, total, path) =>
    t`Cet aperçu affiche les ${shown} premiers enregistrements sur ${total} ; le fichier ${path} et data.json les contiennent tous.`,
  informationHeading: 'Informations sur le traitement de vos données (article 15 du RGPD)',
  withheldHeading: 'Ce que nous n’avons pas repris, et pourquoi',
  withheldIntro:
    'Les données suivantes ne figurent pas dans ce dossier. Vous trouverez ci-dessous, par système et par table, le nombre d’enregistrements concernés et le motif.',
  withheldColumns: { system: 'Système', collection: 'Table', rows: 'Enregistrements', reason: 'Motif' },
  nothingWithheld: 'Nous n’avons retenu aucune donnée.',
  questionsHeading: t`Des questions ?`,
  questions: (org, ref, email) =>
    email
      ? `Pour toute question sur ce dossier, écrivez-nous à ${email} en mentionnant la référence ${ref}.`
      : `Pour toute question sur ce dossier, contactez ${org} en mentionnant la référence ${ref}.`,
  complaint: (authority, website) =>
    `Si vous n’êtes pas d’accord avec notre réponse, vous pouvez introduire une plainte auprès de l’${authority} (${website}).`,
  prepared: (date) => `Établi le ${date}.`,
  tableOfContents: 'Sommaire',
  readme: {
    start: t`Ouvrez d’abord index.html dans votre navigateur : vous y lirez ce que contient chaque fichier et comment le lire.`,
    files: [
      t`index.html : un aperçu lisible de vos données`,
      t`data.json : toutes les données dans un format lisible par machine (JSON)`,
      t`csv/ : un fichier par table, pour un tableur (UTF-8, virgule comme séparateur)`,
      t`README.txt : ce mode d’emploi`,
    ],
    safe: 'Ce dossier contient des données à caractère personnel. Conservez-le en lieu sûr.',
    questions: (email) => t`Des questions ? ${email}`,
  },
}

const EN: PackageWording = {
  title: {
    access: 'Copy of your personal data',
    portability: 'Your personal data in a portable format',
  },
  intro: {
    access: (org, ref, received, generated) =>
      `${org} sends you this package in answer to your request for access (Article 15 GDPR), reference ${ref}, received on ${received}. It contains a copy of the personal data we process about you, as we found it in our systems on ${generated}.`,
    portability: (org, ref, received, generated) =>
      `${org} sends you this package in answer to your request for data portability (Article 20 GDPR), reference ${ref}, received on ${received}. It contains the personal data you provided to us yourself, as we found it in our systems on ${generated}, in a structured, commonly used and machine-readable format. You may pass it on to another organisation.`,
  },
  controller: (name, number) => `Controller: ${name}${number ? `, enterprise number ${number}` : ''}.`,
  confidential:
    'This package contains personal data. Keep it in a safe place and do not share it unless you choose to.',
  contentsHeading: 'What this package contains',
  contents: {
    index: 'this overview, to read in your web browser;',
    data: 'all the data in a machine-readable format (JSON), with a description of every field and its category of personal data;',
    csv: 'one CSV file per table, which you can open with a spreadsheet (Excel, LibreOffice Calc, Numbers);',
    readme: 'a short guide.',
  },
  totals: (records, tables, systems) =>
    `In total: ${counted('en', records, { one: 'record', other: 'records' })} in ${counted('en', tables, { one: 'table', other: 'tables' })}, from ${counted('en', systems, { one: 'system', other: 'systems' })}.`,
  readingHeading: 'How to read the files',
  reading: [
    'Each column shows the name of the field in our system and, where known, the category of personal data it belongs to.',
    'The CSV files are encoded in UTF-8 and use a comma as separator. If your spreadsheet shows all the data in one column, import the file through Data > From Text/CSV and choose the comma as separator.',
    "In the CSV files, a text that starts with =, +, - or @ is preceded by an apostrophe (') so that a spreadsheet does not run it as a formula. The file data.json has the values without it.",
    'Dates and times are in the international ISO 8601 format, in UTC (for example 2026-03-02T14:30:00.000Z). Binary content, such as an image, is included as Base64 text.',
  ],
  dataHeading: 'Your data, system by system',
  noData: {
    access: 'We found no personal data about you in our systems.',
    portability: 'We found no data in our systems that you provided to us yourself.',
  },
  system: 'System',
  records: (n) => counted('en', n, { one: 'record', other: 'records' }),
  noRows: 'We found no data about you in this table.',
  csvFile: (path) => `File: ${path}`,
  truncated: (shown, total, path) =>
    `This overview shows the first ${shown} of ${total} records; the file ${path} and data.json contain all of them.`,
  informationHeading: 'Information about the processing of your data (Article 15 GDPR)',
  withheldHeading: 'What we did not include, and why',
  withheldIntro:
    'The following data is not included in this package. Below you find, per system and table, how many records are concerned and why.',
  withheldColumns: { system: 'System', collection: 'Table', rows: 'Records', reason: 'Reason' },
  nothingWithheld: 'We have not withheld any data.',
  questionsHeading: 'Questions',
  questions: (org, ref, email) =>
    email
      ? `If you have questions about this package, write to us at ${email}, quoting reference ${ref}.`
      : `If you have questions about this package, contact ${org}, quoting reference ${ref}.`,
  complaint: (authority, website) =>
    `If you disagree with our answer, you may lodge a complaint with the ${authority} (${website}).`,
  prepared: (date) => `Prepared on ${date}.`,
  tableOfContents: 'Contents',
  readme: {
    start:
      'Open index.html in your web browser first: it explains what each file contains and how to read it.',
    files: [
      'index.html: a readable overview of your data',
      'data.json: all the data in a machine-readable format (JSON)',
      'csv/: one file per table, for a spreadsheet (UTF-8, comma as separator)',
      'README.txt: this guide',
    ],
    safe: 'This package contains personal data. Keep it in a safe place.',
    questions: (email) => `Questions: ${email}`,
  },
}

export const PACKAGE_WORDING: Record<PackageLanguage, PackageWording> = { nl: NL, fr: FR, en: EN }
