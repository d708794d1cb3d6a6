import type { Language } from '../../db/schema'

/** Texts of the answer package download page (/p/{slug}/download/{token}) in the three languages. */
export interface DownloadWording {
  title: string
  intro: (organisation: string) => string
  file: string
  size: string
  available: string
  availableUntil: (date: string) => string
  once: string
  open: string
  device: string
  button: string
  invalidTitle: string
  invalid: string
  newLink: (contact: string | null) => string
  units: { bytes: string; kilo: string; mega: string }
}

export const DOWNLOAD_WORDING: Record<Language, DownloadWording> = {
  nl: {
    title: 'Uw gegevens downloaden',
    intro: (org) =>
      `${org} heeft als antwoord op uw verzoek een bestand voor u klaargezet. Het is een zip-bestand met uw persoonsgegevens: een leesbaar overzicht (index.html), de gegevens in een machineleesbaar formaat (data.json) en één CSV-bestand per tabel.`,
    file: 'Bestand',
    size: 'Grootte',
    available: 'Beschikbaar',
    availableUntil: (date) => `tot en met ${date}`,
    once: 'U kunt het bestand één keer downloaden. Daarna wissen wij het en werkt deze link niet meer.',
    open: 'Pak het zip-bestand uit en open index.html in uw webbrowser. Bewaar het bestand op een veilige plaats.',
    device: 'Download het bij voorkeur op een toestel dat alleen u gebruikt.',
    button: 'Bestand downloaden',
    invalidTitle: 'Deze link werkt niet meer',
    invalid:
      'Deze downloadlink is ongeldig, verlopen of al gebruikt. Om uw gegevens te beschermen, werkt een link maar één keer en slechts gedurende een beperkte tijd.',
    newLink: (contact) =>
      contact
        ? `Hebt u het bestand nog nodig? Vraag een nieuwe link aan via ${contact} en vermeld de referentie van uw verzoek.`
        : 'Hebt u het bestand nog nodig? Vraag een nieuwe link aan bij de organisatie die u hem stuurde en vermeld de referentie van uw verzoek.',
    units: { bytes: 'bytes', kilo: 'kB', mega: 'MB' },
  },
  fr: {
    title: 'Télécharger vos données',
    intro: (org) =>
      `En réponse à votre demande, ${org} a préparé un fichier à votre intention. Il s’agit d’un fichier zip contenant vos données à caractère personnel\u00a0: un aperçu lisible (index.html), les données dans un format lisible par machine (data.json) et un fichier CSV par table.`,
    file: 'Fichier',
    size: 'Taille',
    available: 'Disponible',
    availableUntil: (date) => `jusqu’au ${date} inclus`,
    once: 'Vous pouvez télécharger le fichier une seule fois. Il est ensuite effacé et ce lien ne fonctionne plus.',
    open: 'Décompressez le fichier zip et ouvrez index.html dans votre navigateur. Conservez le fichier en lieu sûr.',
    device: 'Téléchargez-le de préférence sur un appareil que vous êtes seul(e) à utiliser.',
    button: 'Télécharger le fichier',
    invalidTitle: 'Ce lien ne fonctionne plus',
    invalid:
      'Ce lien de téléchargement n’est pas valide, a expiré ou a déjà été utilisé. Pour protéger vos données, un lien ne fonctionne qu’une seule fois et pendant une durée limitée.',
    newLink: (contact) =>
      contact
        ? `Vous avez encore besoin du fichier\u00a0? Demandez un nouveau lien à ${contact} en mentionnant la référence de votre demande.`
        : 'Vous avez encore besoin du fichier\u00a0? Demandez un nouveau lien à l’organisation qui vous l’a envoyé, en mentionnant la référence de votre demande.',
    units: { bytes: 'octets', kilo: 'Ko', mega: 'Mo' },
  },
  en: {
    title: 'Download your data',
    intro: (org) =>
      `In answer to your request, ${org} has prepared a file for you. It is a zip file with your personal data: a readable overview (index.html), the data in a machine-readable format (data.json) and one CSV file per table.`,
    file: 'File',
    size: 'Size',
    available: 'Available',
    availableUntil: (date) => `until ${date} inclusive`,
    once: 'You can download the file once. After that we erase it and this link no longer works.',
    open: 'Unzip the file and open index.html in your web browser. Keep the file in a safe place.',
    device: 'Preferably download it on a device that only you use.',
    button: 'Download the file',
    invalidTitle: 'This link no longer works',
    invalid:
      'This download link is invalid, has expired or has already been used. To protect your data, a link works only once and for a limited time.',
    newLink: (contact) =>
      contact
        ? `Do you still need the file? Ask for a new link at ${contact}, quoting the reference of your request.`
        : 'Do you still need the file? Ask the organisation that sent it to you for a new link, quoting the reference of your request.',
    units: { bytes: 'bytes', kilo: 'KB', mega: 'MB' },
  },
}
