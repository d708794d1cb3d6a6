import { joinList, mailto, sentence, webLink, withoutFullStop } from '../../text'
import { contactLink } from '../common'
import type {
  ComplaintsWording,
  ErasureLimit,
  ExerciseWording,
  ObjectionWording,
  OtherWording,
  RightsWording,
  SecurityWording,
} from '../types'
import { headings, purposeList } from './processing'

const cont = (text: string) => sentence(text)
const list = (items: readonly string[]) => joinList(items, 'en')
const quote = (text: string) => `“${text}”`
const art = (ref: string) => `art. ${ref} AVG`

/** What a statutory retention obligation covers, after "de wettelijke bewaarplicht voor". */
const RETAINED: Record<'accounting' | 'tax' | 'social', string> = {
  accounting: 'onze boekhouding',
  tax: 'fiscale stukken',
  social: 'sociale documenten',
}

/** "de wettelijke bewaarplicht voor ..., of de antiwitwaswetgeving": the Art. 17(3) examples the register supports. */
function limitExamples(limits: readonly ErasureLimit[]): string {
  const retained = limits.flatMap((l) =>
    l === 'accounting' || l === 'tax' || l === 'social' ? [RETAINED[l]] : [],
  )
  const parts = [
    ...(retained.length > 0 ? [`de wettelijke bewaarplicht voor ${list(retained)}`] : []),
    ...(limits.includes('aml') ? ['de antiwitwaswetgeving'] : []),
  ]
  return parts.length > 0 ? parts.join(', en ') : 'een wettelijke bewaarplicht'
}

export const rights: RightsWording = {
  intro: () =>
    'De AVG geeft u de volgende rechten. Sommige gelden alleen in bepaalde gevallen; wij leggen telkens uit wanneer.',
  access: () => ({
    term: `Recht op inzage (${art('15')})`,
    text: [
      [
        'U kunt ons vragen of wij persoonsgegevens over u verwerken. Is dat zo, dan kunt u die gegevens inzien en er een kopie van krijgen, samen met informatie over de doeleinden, de categorieën van gegevens, de ontvangers, de bewaartermijn, uw rechten en de herkomst van de gegevens.',
      ],
    ],
  }),
  rectification: () => ({
    term: `Recht op verbetering (${art('16')})`,
    text: [['Zijn uw gegevens onjuist of onvolledig, dan kunt u ze laten verbeteren of aanvullen.']],
  }),
  erasure: (limits) => {
    const examples = limitExamples(limits)
    return {
      term: `Recht op gegevenswissing (${art('17')})`,
      text: [
        [
          'U kunt ons vragen uw gegevens te wissen, bijvoorbeeld wanneer wij ze niet langer nodig hebben, wanneer u uw toestemming intrekt of wanneer u met succes bezwaar maakt.',
        ],
        [
          `Dat recht is niet absoluut. Wij mogen gegevens bewaren die wij nodig hebben om een wettelijke verplichting na te komen (bijvoorbeeld ${examples}) of om een rechtsvordering in te stellen, uit te oefenen of te onderbouwen${limits.includes('disputes') ? ', bijvoorbeeld bij een lopend geschil' : ''}${limits.includes('limitation') ? `${limits.includes('disputes') ? ' of' : ','} zolang de verjaringstermijn voor zo'n vordering loopt` : ''} (${art('17.3')}). In dat geval laten wij u weten welke gegevens wij bewaren en waarom.`,
        ],
        ...(limits.includes('contract')
          ? [
              [
                `Zolang een overeenkomst met u loopt, hebben wij de gegevens nodig om ze uit te voeren; die wissen wij pas wanneer ze daarvoor niet langer nodig zijn (${art('17.1.a')}).`,
              ],
            ]
          : []),
      ],
    }
  },
  restriction: () => ({
    term: `Recht op beperking van de verwerking (${art('18')})`,
    text: [
      [
        'U kunt vragen dat wij de verwerking van uw gegevens tijdelijk beperken, bijvoorbeeld terwijl wij de juistheid van uw gegevens of de gegrondheid van uw bezwaar onderzoeken. Wij bewaren de gegevens dan wel, maar gebruiken ze niet, tenzij met uw toestemming, voor een rechtsvordering of ter bescherming van de rechten van een ander. Voordat wij de beperking opheffen, laten wij u dat weten.',
      ],
    ],
  }),
  notification: () => ({
    term: `Kennisgeving aan ontvangers (${art('19')})`,
    text: [
      [
        'Verbeteren of wissen wij uw gegevens of beperken wij de verwerking, dan melden wij dat aan de ontvangers aan wie wij ze hebben verstrekt, tenzij dat onmogelijk blijkt of een onevenredige inspanning vergt. Op uw verzoek laten wij u weten wie die ontvangers zijn.',
      ],
    ],
  }),
  portability: (purposes) => ({
    term: `Recht op overdraagbaarheid van gegevens (${art('20')})`,
    text: [
      [
        purposes.length > 0
          ? `Voor ${purposeList(purposes)} kunt u de gegevens die u ons zelf hebt verstrekt, ontvangen in een gestructureerde, gangbare en machineleesbare vorm (bijvoorbeeld CSV of JSON). U kunt ons ook vragen ze rechtstreeks aan een andere organisatie te bezorgen, wanneer dat technisch mogelijk is.`
          : 'Verwerken wij gegevens die u ons zelf hebt verstrekt geautomatiseerd op basis van uw toestemming of van een overeenkomst met u, dan kunt u die gegevens ontvangen in een gestructureerde, gangbare en machineleesbare vorm en ze aan een andere organisatie laten bezorgen.',
      ],
    ],
  }),
  withdrawConsent: (purposes) => ({
    term: `Recht om uw toestemming in te trekken (${art('7.3')})`,
    text: [
      [
        `Verwerken wij uw gegevens op basis van uw toestemming, zoals voor ${purposeList(purposes)}, dan kunt u die toestemming op elk moment intrekken, even eenvoudig als u ze hebt gegeven. Dat doet geen afbreuk aan de rechtmatigheid van de verwerking vóór de intrekking.`,
      ],
    ],
  }),
  objection: () => ({
    term: `Recht van bezwaar (${art('21')})`,
    text: [
      [
        'U kunt bezwaar maken tegen bepaalde verwerkingen. Dat recht lichten wij apart toe onder ',
        { link: '#right-to-object', text: quote(headings['right-to-object']) },
        '.',
      ],
    ],
  }),
  automated: (items, known) => {
    const decisions = items.filter((i) => i.used)
    const profiling = items.filter((i) => !i.used && i.profiling)
    const text = decisions.map((i) => [
      `Voor ${quote(i.activityName)} nemen wij beslissingen die uitsluitend op geautomatiseerde verwerking berusten${i.profiling ? ', met inbegrip van profilering' : ''}.`,
      i.logic ? ` Hoe dat werkt: ${cont(i.logic)}` : '',
      i.consequences ? ` Mogelijke gevolgen voor u: ${cont(i.consequences)}` : '',
    ])
    if (decisions.length > 0) {
      text.push([
        `U hebt in dat geval het recht op menselijke tussenkomst, het recht om uw standpunt kenbaar te maken en het recht om de beslissing aan te vechten (${art('22.3')}).`,
      ])
    } else if (!known) {
      text.push([
        'U hebt het recht niet te worden onderworpen aan een beslissing die uitsluitend op geautomatiseerde verwerking, met inbegrip van profilering, berust en die rechtsgevolgen voor u heeft of u anderszins in aanmerkelijke mate treft.',
      ])
    } else {
      text.push([
        'Wij nemen geen beslissingen over u die uitsluitend op geautomatiseerde verwerking, met inbegrip van profilering, berusten en die rechtsgevolgen hebben of u anderszins in aanmerkelijke mate treffen.',
      ])
    }
    if (profiling.length > 0) {
      text.push([
        `Voor ${list(profiling.map((i) => quote(i.activityName)))} stellen wij wel profielen op, maar wij nemen op basis daarvan geen beslissingen die u in aanmerkelijke mate treffen.`,
      ])
    }
    return { term: `Geautomatiseerde besluitvorming (${art('22')})`, text }
  },
}

export const objection: ObjectionWording = {
  legitimate: ({ legitimate, publicTask }) => ({
    lead: `U kunt op elk moment, om redenen die verband houden met uw specifieke situatie, bezwaar maken tegen de verwerking van uw gegevens op basis van ${list([...(legitimate ? ['ons gerechtvaardigd belang'] : []), ...(publicTask ? ['een taak van algemeen belang'] : [])])}. Dat geldt voor de volgende verwerkingen:`,
    after: `Wij stoppen dan met die verwerking, tenzij wij dwingende gerechtvaardigde gronden aantonen die zwaarder wegen dan uw belangen, rechten en vrijheden, of de gegevens nodig hebben om een rechtsvordering in te stellen, uit te oefenen of te onderbouwen (${art('21.1')}).`,
  }),
  directMarketing: () =>
    `Tegen het gebruik van uw gegevens voor direct marketing, met inbegrip van profilering die daarmee verband houdt, kunt u altijd en zonder opgave van redenen bezwaar maken. Wij gebruiken uw gegevens dan niet langer voor dat doel (art. 21.2 en 21.3 AVG).`,
  doNotCall: () => [
    'Wilt u geen reclameoproepen meer ontvangen, ook niet van andere ondernemingen, dan kunt u uw telefoonnummer gratis laten opnemen in de Bel-me-niet-meer-lijst via ',
    webLink('https://www.bel-me-niet-meer.be'),
    '.',
  ],
  how: () => [
    'U kunt bezwaar maken via dezelfde kanalen als voor uw andere rechten (zie ',
    { link: '#exercise-rights', text: quote(headings['exercise-rights']) },
    ').',
  ],
  general: (known) =>
    `U kunt bezwaar maken tegen een verwerking op basis van een gerechtvaardigd belang of van een taak van algemeen belang, en altijd tegen direct marketing.${known ? ' Op dit moment steunen wij voor geen enkele verwerking op die gronden en gebruiken wij uw gegevens niet voor direct marketing.' : ''}`,
}

export const exercise: ExerciseWording = {
  intro: () => 'U kunt uw rechten kosteloos uitoefenen:',
  portal: (url) => ['via ons online formulier op ', webLink(url)],
  email: (email) => ['per e-mail aan ', mailto(email)],
  post: (name, address) => [`per brief aan ${name}, ${address}`],
  channel: (channel, contact, details) => {
    const extra = details ? ` (${withoutFullStop(details)})` : ''
    if (channel === 'in_person') return [`aan ons onthaal${contact ? `, ${contact}` : ''}${extra}`]
    if (channel === 'phone') return [`telefonisch op ${contact ?? ''}${extra}`]
    if (channel === 'social_media') return [`via sociale media: ${contact ?? ''}${extra}`]
    return ['via het contactformulier op ', contactLink(contact), extra]
  },
  deadline: () =>
    `Wij beantwoorden uw verzoek zonder onnodige vertraging en uiterlijk binnen een maand na ontvangst. Is uw verzoek complex of ontvangen wij veel verzoeken, dan kunnen wij die termijn met twee maanden verlengen. In dat geval laten wij u dat binnen de eerste maand weten, met de reden van de verlenging (${art('12.3')}).`,
  identity: () =>
    'Om te voorkomen dat iemand anders uw gegevens opvraagt, gaan wij na of het verzoek echt van u komt. Wij vragen daarbij niet meer dan nodig en vragen niet standaard een kopie van uw identiteitskaart. Is een kopie toch nodig, dan mag u uw foto en uw rijksregisternummer afschermen; wij verwijderen de kopie zodra uw identiteit gecontroleerd is.',
  excessive: () =>
    `Is een verzoek kennelijk ongegrond of buitensporig, bijvoorbeeld omdat het telkens herhaald wordt, dan kunnen wij een redelijke vergoeding vragen of weigeren erop in te gaan (${art('12.5')}). Wij laten u dat vooraf weten en motiveren onze beslissing.`,
  refusal: () =>
    `Gaan wij niet of niet volledig op uw verzoek in, dan laten wij u binnen een maand weten waarom, en dat u klacht kunt indienen bij de Gegevensbeschermingsautoriteit of naar de rechter kunt stappen (${art('12.4')}).`,
}

export const complaints: ComplaintsWording = {
  contactUsFirst: (email) => [
    'Hebt u een vraag of een klacht over de manier waarop wij met uw gegevens omgaan, neem dan eerst contact met ons op',
    ...(email ? [' via ', mailto(email)] : []),
    '. Wij zoeken graag samen met u naar een oplossing.',
  ],
  authority: () =>
    `U hebt ook het recht om klacht in te dienen bij de Belgische toezichthoudende autoriteit (${art('77')}):`,
  authorityDetails: () => [
    [{ strong: 'Gegevensbeschermingsautoriteit' }],
    ['Drukpersstraat 35, 1000 Brussel'],
    ['Telefoon: +32 2 274 48 00'],
    ['E-mail: ', mailto('contact@apd-gba.be')],
    ['Website: ', webLink('https://www.gegevensbeschermingsautoriteit.be')],
  ],
  court: () =>
    `Daarnaast kunt u naar de rechter stappen (${art('79')}), onder meer met een vordering bij de voorzitter van de rechtbank van eerste aanleg, die zetelt zoals in kort geding (art. 209 van de wet van 30 juli 2018). U kunt ook een vergoeding vorderen voor schade die u door een inbreuk lijdt (${art('82')}).`,
}

export const security: SecurityWording = {
  intro: () =>
    `Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beschermen tegen verlies, vernietiging, ongeoorloofde toegang, wijziging of verspreiding (${art('32')}). Wij stemmen die maatregelen af op de risico's van elke verwerking.`,
  technical: () => 'Technische maatregelen:',
  organisational: () => 'Organisatorische maatregelen:',
  storageIntro: () => 'Uw gegevens staan op de volgende plaatsen:',
  storage: ({ system, country, location, certifications }) => {
    const where = [country, location].filter((x) => x !== undefined)
    const place = where.length === 2 ? `${where[0]} (${where[1]})` : (where[0] ?? '')
    const certified = certifications.length > 0 ? `gecertificeerd volgens ${list(certifications)}` : ''
    return `${system}: ${[place, certified].filter((x) => x !== '').join(', ')}`
  },
  limits: (email) => [
    'Geen enkele beveiliging is absoluut. Hebt u de indruk dat uw gegevens niet goed beveiligd zijn of dat er sprake is van misbruik, neem dan meteen contact met ons op',
    ...(email ? [' via ', mailto(email)] : []),
    '.',
  ],
  breach: () =>
    `Gebeurt er toch een datalek, dan melden wij dat zonder onredelijke vertraging en waar mogelijk binnen 72 uur aan de Gegevensbeschermingsautoriteit, tenzij het lek waarschijnlijk geen risico voor u inhoudt (${art('33')}). Houdt het lek een hoog risico in voor uw rechten en vrijheden, dan brengen wij u ook zelf zonder onredelijke vertraging op de hoogte, met uitleg over wat er gebeurd is en welke maatregelen wij nemen (${art('34')}).`,
  breachPromise: (hours) =>
    `Heeft een datalek waarschijnlijk gevolgen voor u, dan brengen wij u daar persoonlijk van op de hoogte${hours ? `, binnen ${hours} uur nadat wij het hebben vastgesteld` : ''}.`,
}

export const other: OtherWording = {
  cookiePolicy: (url) => [
    'Welke cookies en vergelijkbare technieken wij op onze website gebruiken en hoe u ze kunt beheren, leest u in ons ',
    { link: url, text: 'cookiebeleid' },
    '.',
  ],
  cookiesUsed: () =>
    'Onze website gebruikt cookies en vergelijkbare technieken. Cookies die niet strikt noodzakelijk zijn om de website te laten werken, plaatsen wij alleen met uw voorafgaande toestemming, die u op elk moment even eenvoudig kunt intrekken als u ze gegeven hebt.',
  noCookies: () => 'Onze website plaatst geen cookies en gebruikt geen vergelijkbare technieken.',
  cookieInventory: (necessaryOnly) =>
    necessaryOnly
      ? 'Onze website plaatst alleen de volgende cookies, die strikt noodzakelijk zijn om de website te laten werken. Daarvoor is uw toestemming niet vereist.'
      : 'Onze website plaatst de volgende cookies. Strikt noodzakelijke cookies plaatsen wij zonder uw toestemming; alle andere alleen met uw voorafgaande toestemming, die u op elk moment even eenvoudig kunt intrekken als u ze gegeven hebt.',
  cookieHead: ['Cookie', 'Geplaatst door', 'Doel', 'Bewaartermijn'],
  cookiePurpose: (purpose) =>
    ({
      strictly_necessary: 'Strikt noodzakelijk',
      functional: 'Functioneel (voorkeuren)',
      analytics: 'Statistiek',
      marketing: 'Marketing',
    })[purpose],
  cookieParty: (party, provider, country) =>
    party === 'first'
      ? `Wijzelf${provider ? `, via ${provider}` : ''}`
      : `${provider ?? 'Een derde'} (derde partij${country ? `, ${country}` : ''})`,
  minors: (age) => [
    `Onze diensten zijn niet bedoeld voor kinderen jonger dan ${age} jaar. Wij verzamelen niet bewust persoonsgegevens van kinderen onder die leeftijd zonder de toestemming van een ouder of voogd.`,
    ...(age === 13
      ? [
          'Dat is de leeftijd die de Belgische wet van 30 juli 2018 (art. 7) bepaalt voor toestemming voor online diensten.',
        ]
      : age > 13
        ? [
            `In België kunnen jongeren vanaf 13 jaar zelf toestemming geven voor online diensten (art. 7 van de wet van 30 juli 2018); wij hanteren de strengere leeftijd van ${age} jaar.`,
          ]
        : []),
    'Denkt u dat wij toch zonder die toestemming gegevens van een kind hebben verzameld, neem dan contact met ons op; wij wissen die gegevens dan.',
  ],
  thirdPartyLinks: () => [
    'Onze website bevat links naar websites van anderen. Wij zijn niet verantwoordelijk voor de manier waarop die websites met persoonsgegevens omgaan: daarvoor gelden hun eigen privacyverklaringen.',
  ],
  changes: (where, subscribable) => [
    'Wij kunnen deze privacyverklaring aanpassen, bijvoorbeeld wanneer onze verwerkingen of de wetgeving veranderen.',
    ...(where ? [' De meest recente versie vindt u altijd op ', webLink(where), '.'] : []),
    ...(where && subscribable
      ? [
          ' Op die pagina kunt u uw e-mailadres achterlaten; wij verwittigen u dan wanneer wij een belangrijke wijziging publiceren.',
        ]
      : []),
  ],
  version: (version, date) =>
    version !== undefined && date
      ? `Versie ${version}, van kracht sinds ${date}.`
      : version !== undefined
        ? `Versie ${version}.`
        : `Van kracht sinds ${date}.`,
  draft: () => 'Ontwerp, nog niet gepubliceerd.',
}
