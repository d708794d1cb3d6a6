/**
 * What a column name says about its content, in Dutch, French and English naming habits (snake_case, camelCase,
 * PascalCase, e-mail/e_mail). Names only hint: the classifier weighs the column's sampled values above them.
 */

export type Detected =
  | 'email'
  | 'phone'
  | 'fax'
  | 'iban'
  | 'national_number'
  | 'enterprise_number'
  | 'postcode'
  | 'birth_date'
  | 'ip_address'
  | 'first_name'
  | 'last_name'
  | 'full_name'
  | 'gender'
  | 'address'
  | 'city'
  | 'region'
  | 'country'
  | 'customer_number'
  | 'username'
  | 'password'
  | 'picture'
  | 'notes'
  | 'amount'
  | 'salary'
  | 'job_title'

/** "BillingPostalCode" -> ["billing", "postal", "code"]; "e-mail" -> ["e", "mail"]; accents dropped. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

interface NameRule {
  detected: Detected
  /** Each pattern is a run of tokens that must appear in the name, in order. */
  patterns: string[]
  confidence: number
  /** Only in a table that otherwise looks like a person's (a bare "name" is also an album's or a genre's). */
  needsPersonContext?: boolean
  /** Only next to other address columns ("state" is also a status). */
  needsAddressContext?: boolean
  /** Only in a table that looks like a person's, whatever the rest of the name (staff.picture, customer.notes). */
  needsPersonTable?: boolean
}

const RULES: readonly NameRule[] = [
  {
    detected: 'email',
    patterns: ['email', 'e mail', 'mail', 'courriel', 'emailadres', 'mailadres', 'adresse mail'],
    confidence: 0.6,
  },
  { detected: 'fax', patterns: ['fax', 'telefax'], confidence: 0.5 },
  {
    detected: 'phone',
    patterns: [
      'phone',
      'telephone',
      'tel',
      'telefoon',
      'telefoonnummer',
      'gsm',
      'gsmnummer',
      'mobile',
      'mobiel',
    ],
    confidence: 0.55,
  },
  {
    detected: 'phone',
    patterns: ['portable', 'cell', 'cellphone', 'mobilephone', 'telefonnummer'],
    confidence: 0.5,
  },
  {
    detected: 'national_number',
    patterns: [
      'rijksregisternummer',
      'rijksregister',
      'rrn',
      'niss',
      'insz',
      'national number',
      'nationalnumber',
      'national register',
      'registre national',
      'numero national',
      'ssn',
    ],
    confidence: 0.6,
  },
  {
    detected: 'iban',
    patterns: ['iban', 'rekeningnummer', 'bankrekening', 'bank account', 'bankaccount', 'compte bancaire'],
    confidence: 0.55,
  },
  {
    detected: 'enterprise_number',
    patterns: ['ondernemingsnummer', 'kbo', 'bce', 'vat', 'btw', 'tva', 'enterprise number', 'btwnummer'],
    confidence: 0.45,
  },
  {
    detected: 'birth_date',
    patterns: [
      'birth date',
      'birthdate',
      'date of birth',
      'dob',
      'birthday',
      'geboortedatum',
      'geboorte datum',
      'date naissance',
      'datenaissance',
      'naissance',
    ],
    confidence: 0.65,
  },
  {
    detected: 'ip_address',
    patterns: ['ip', 'ip address', 'ipaddress', 'ip adres', 'ip adresse', 'remote addr', 'ipaddr'],
    confidence: 0.55,
  },
  {
    detected: 'first_name',
    patterns: ['first name', 'firstname', 'voornaam', 'prenom', 'given name', 'forename'],
    confidence: 0.6,
  },
  {
    detected: 'last_name',
    patterns: [
      'last name',
      'lastname',
      'achternaam',
      'familienaam',
      'surname',
      'family name',
      'nom de famille',
    ],
    confidence: 0.6,
  },
  {
    detected: 'full_name',
    patterns: ['full name', 'fullname', 'display name', 'contact name', 'contactpersoon', 'volledige naam'],
    confidence: 0.55,
  },
  {
    detected: 'full_name',
    patterns: ['name', 'naam', 'nom'],
    confidence: 0.5,
    needsPersonContext: true,
  },
  {
    detected: 'gender',
    patterns: ['gender', 'sex', 'geslacht', 'sexe', 'genre'],
    confidence: 0.5,
    needsPersonContext: true,
  },
  {
    detected: 'postcode',
    patterns: ['postcode', 'postal code', 'postalcode', 'zip', 'zipcode', 'code postal'],
    confidence: 0.5,
  },
  {
    detected: 'address',
    patterns: [
      'address',
      'adres',
      'adresse',
      'street',
      'straat',
      'straatnaam',
      'rue',
      'huisnummer',
      'house number',
    ],
    confidence: 0.55,
  },
  {
    detected: 'city',
    patterns: ['city', 'gemeente', 'ville', 'town', 'stad', 'woonplaats', 'localite', 'commune', 'plaats'],
    confidence: 0.45,
  },
  {
    detected: 'region',
    patterns: [
      'state',
      'province',
      'provincie',
      'region',
      'district',
      'county',
      'arrondissement',
      'deelgemeente',
    ],
    confidence: 0.35,
    needsAddressContext: true,
  },
  { detected: 'country', patterns: ['country', 'land', 'pays'], confidence: 0.35, needsAddressContext: true },
  {
    detected: 'customer_number',
    patterns: [
      'klantnummer',
      'customer number',
      'customernumber',
      'customer no',
      'client number',
      'numero client',
      'klant nr',
    ],
    confidence: 0.55,
  },
  { detected: 'username', patterns: ['username', 'user name', 'login', 'gebruikersnaam'], confidence: 0.5 },
  {
    detected: 'password',
    patterns: ['password', 'passwd', 'wachtwoord', 'mot de passe', 'motdepasse'],
    confidence: 0.5,
  },
  {
    detected: 'picture',
    patterns: ['picture', 'photo', 'foto', 'pasfoto', 'avatar', 'portrait', 'image', 'photograph', 'selfie'],
    confidence: 0.55,
    needsPersonTable: true,
  },
  {
    detected: 'salary',
    patterns: [
      'salary',
      'salaris',
      'wage',
      'wages',
      'loon',
      'brutoloon',
      'nettoloon',
      'salaire',
      'remuneration',
    ],
    confidence: 0.55,
  },
  {
    detected: 'job_title',
    patterns: ['job title', 'jobtitle', 'job', 'functie', 'fonction', 'occupation', 'beroep', 'profession'],
    confidence: 0.45,
    needsPersonTable: true,
  },
  {
    detected: 'notes',
    patterns: [
      'notes',
      'note',
      'notities',
      'notitie',
      'comment',
      'comments',
      'remark',
      'remarks',
      'opmerking',
      'opmerkingen',
      'remarque',
      'remarques',
      'commentaire',
      'commentaires',
      'memo',
    ],
    confidence: 0.5,
    needsPersonTable: true,
  },
]

/** Money a person paid or owes, in a row that belongs to them (payment.amount, invoice.total). */
const AMOUNT_WORDS = new Set(
  'amount amounts total paid bedrag totaal betaald montant paye somme sum'.split(' '),
)

const PERSON_TABLES = new Set(
  (
    'customer customers client clients klant klanten employee employees werknemer werknemers personeel user users ' +
    'person persons people persoon personen member members lid leden contact contacts patient patients student ' +
    'students leerling leerlingen candidate candidates kandidaat sollicitant applicant applicants subscriber ' +
    'subscribers abonne abonnee account accounts staff utilisateur utilisateurs gebruiker gebruikers'
  ).split(' '),
)
const PERSON_COLUMNS: readonly Detected[] = [
  'email',
  'first_name',
  'last_name',
  'birth_date',
  'phone',
  'national_number',
]
const ADDRESS_COLUMNS: readonly Detected[] = ['address', 'city', 'postcode']

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) {
    if (run.every((t, j) => tokens[i + j] === t)) return true
  }
  return false
}

export interface NameHit {
  detected: Detected
  confidence: number
  /** The name pattern that matched, for the reason shown to the user. */
  pattern: string
}

/** "address2" and "address_line_1" read as "address": a trailing number tells lines apart, not meanings. */
function meaningTokens(name: string): string[] {
  return nameTokens(name)
    .map((t) => (/^[a-z]+\d+$/.test(t) ? t.replace(/\d+$/, '') : t))
    .filter((t) => !/^\d+$/.test(t))
}

/** The first rule whose pattern the name contains, without context conditions. */
function plainHit(name: string): { rule: NameRule; pattern: string } | null {
  const tokens = meaningTokens(name)
  const joined = tokens.join('')
  for (const rule of RULES) {
    for (const pattern of rule.patterns) {
      const run = pattern.split(' ')
      // A bare "name" is only a person's name when it is the whole column name (not company_name).
      if (rule.needsPersonContext) {
        if (tokens.join(' ') === pattern) return { rule, pattern }
        continue
      }
      if (containsRun(tokens, run) || (run.length > 1 && tokens.includes(run.join(''))))
        return { rule, pattern }
      if (run.length === 1 && pattern.length >= 8 && joined === pattern) return { rule, pattern }
    }
  }
  return null
}

/** A table is a person's when its name says so or it has person columns such as an e-mail or a first name. */
function looksLikePersonTable(table: string, columns: readonly string[]): boolean {
  if (nameTokens(table).some((t) => PERSON_TABLES.has(t))) return true
  return columns.some((c) => {
    const hit = plainHit(c)
    return hit !== null && PERSON_COLUMNS.includes(hit.rule.detected)
  })
}

/** What the column name suggests, given the table's name and its other columns. */
export function nameHint(table: string, column: string, otherColumns: readonly string[]): NameHit | null {
  const hit = plainHit(column)
  if (!hit) return null
  const { rule, pattern } = hit
  if ((rule.needsPersonContext || rule.needsPersonTable) && !looksLikePersonTable(table, otherColumns))
    return null
  if (
    rule.needsAddressContext &&
    !otherColumns.some((c) => {
      const other = plainHit(c)
      return other !== null && ADDRESS_COLUMNS.includes(other.rule.detected)
    })
  )
    return null
  return { detected: rule.detected, confidence: rule.confidence, pattern }
}

/** The column name says it is an amount of money (amount, total, bedrag, montant...). */
export function isAmountName(column: string): boolean {
  return meaningTokens(column).some((t) => AMOUNT_WORDS.has(t))
}

/** The table's name says it holds customers (its key is then a customer number). */
export function isCustomerTable(table: string): boolean {
  return nameTokens(table).some((t) =>
    ['customer', 'customers', 'klant', 'klanten', 'client', 'clients'].includes(t),
  )
}
