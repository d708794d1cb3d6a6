import { gdprArticle, gdprArticles } from '../../articles'
import { asSentence } from '../../format'
import type { LetterWording } from './types'

const a = (provision: string) => gdprArticle(provision, 'nl')
const as = (...provisions: string[]) => gdprArticles(provisions, 'nl')
const about = 'Uw verzoek over uw persoonsgegevens'
const packageFormat =
  'in een gestructureerde, gangbare en machineleesbare vorm (JSON en CSV, met een beschrijving van de velden)'

/** Dutch: formal, as a Belgian privacy lawyer writes to a data subject. */
export const nl: LetterWording = {
  salutation: 'Geachte heer, geachte mevrouw,',
  closing: 'Met vriendelijke groeten,',
  dateLabel: 'Datum',
  referenceLabel: 'Referentie',
  subjectLabel: 'Betreft',
  subjects: {
    acknowledgement: (r) => `Ontvangstbevestiging van uw verzoek over uw persoonsgegevens (ref. ${r})`,
    identity_needed: (r) => `${about} (ref. ${r}): bevestiging van uw identiteit`,
    extension: (r) => `${about} (ref. ${r}): verlenging van de antwoordtermijn`,
    fee_warning: (r) => `${about} (ref. ${r}): vergoeding voor de behandeling`,
    completed: (r) => `${about} (ref. ${r}): ons antwoord`,
    partially_refused: (r) => `${about} (ref. ${r}): ons antwoord en gedeeltelijke weigering`,
    refused: (r) => `${about} (ref. ${r}): weigering om gevolg te geven`,
    forwarded: (r) => `${about} (ref. ${r}): doorgestuurd naar de verwerkingsverantwoordelijke`,
  },
  channels: {
    portal: 'via ons online formulier',
    email: 'per e-mail',
    phone: 'telefonisch',
    letter: 'per brief',
    in_person: 'persoonlijk, bij ons op kantoor',
    social_media: 'via sociale media',
    web_form: 'via het contactformulier op onze website',
  },
  signature: {
    dpo: 'Functionaris voor gegevensbescherming',
    privacyContact: 'Contactpersoon gegevensbescherming',
  },

  receivedIntro: (d, r) =>
    `Op ${d} hebben wij uw verzoek over uw persoonsgegevens ontvangen (referentie ${r}).`,
  typesIntro: 'Uw verzoek betreft:',
  questions: (r, email) =>
    `Hebt u vragen over deze brief, neem dan contact met ons op${email ? ` via ${email}` : ''}, met vermelding van referentie ${r}.`,

  acknowledgement: {
    received: (d, channel) =>
      `Wij bevestigen dat wij uw verzoek over uw persoonsgegevens op ${d} ${channel} hebben ontvangen.`,
    oralSummary:
      'Omdat u uw verzoek mondeling hebt gedaan, hebben wij het hierboven samengevat. Klopt die samenvatting niet, laat het ons dan zo snel mogelijk weten.',
    reference: (r) =>
      `Uw verzoek is geregistreerd onder referentie ${r}. Wij vragen u die referentie te vermelden in al uw verdere contacten met ons over dit verzoek.`,
    deadline: (due) =>
      `Wij beantwoorden uw verzoek zonder onnodige vertraging en uiterlijk op ${due} (${a('12.3')}). Is uw verzoek bijzonder complex of ontvangen wij een groot aantal verzoeken, dan kan die termijn met twee maanden worden verlengd. In dat geval brengen wij u daarvan vóór ${due} op de hoogte, met opgave van de redenen.`,
    nextSteps:
      'Wij gaan nu na welke persoonsgegevens wij over u verwerken en in welke systemen, en behandelen uw verzoek. Hebben wij meer informatie van u nodig om uw verzoek te verduidelijken, dan nemen wij contact met u op.',
    identityConfirmed:
      'Wij hebben al kunnen vaststellen dat het verzoek van u uitgaat; wij hebben daarvoor geen bijkomende gegevens van u nodig.',
    identityProportionate:
      'Om te vermijden dat uw gegevens aan iemand anders worden bekendgemaakt, gaan wij na of het verzoek wel degelijk van u uitgaat. Wij doen dat op een evenredige manier: wij vragen niet meer gegevens dan nodig en vragen niet standaard een kopie van uw identiteitskaart. Hebben wij toch een bijkomend gegeven nodig, dan laten wij u dat weten en leggen wij uit waarom.',
    statusLink: 'U kunt de stand van uw verzoek op elk moment volgen via de volgende beveiligde link:',
  },

  identity: {
    why: `Voordat wij gevolg kunnen geven aan uw verzoek, moeten wij ons ervan vergewissen dat het wel degelijk van u uitgaat. Zo voorkomen wij dat uw persoonsgegevens aan een onbevoegde persoon worden bekendgemaakt (${a('12.6')}).`,
    reason: (reason) => `De reden daarvoor is de volgende: ${asSentence(reason)}`,
    neededIntro: 'Wij vragen u ons daarom het volgende te bezorgen:',
    evidence: {
      email_confirmation:
        'de bevestiging van uw e-mailadres, via de link of de code die wij u afzonderlijk toesturen',
      customer_number: 'uw klant- of dossiernummer bij ons',
      account_login: 'een bevestiging van uw verzoek door u aan te melden op uw klantenaccount',
      additional_details: 'enkele gegevens waarmee wij u met zekerheid in onze bestanden kunnen terugvinden',
      id_document_masked:
        'een kopie van uw identiteitskaart of een ander identiteitsbewijs, waarop u uw foto en uw rijksregisternummer hebt afgeschermd',
    },
    details: (details) => `Ter verduidelijking: ${asSentence(details)}`,
    maskAdvice: (org) =>
      `Bezorgt u ons een kopie van een identiteitsbewijs, scherm dan uw foto en uw rijksregisternummer af, bijvoorbeeld door ze onleesbaar te maken, en vermeld op de kopie dat ze uitsluitend bestemd is voor ${org} in het kader van dit verzoek. Wij gebruiken de kopie alleen om uw identiteit te controleren en verwijderen ze onmiddellijk na die controle.`,
    proportionate:
      'Wij vragen niet meer dan wat nodig is om vast te stellen dat het verzoek van u uitgaat, en wij gebruiken deze gegevens voor geen enkel ander doel.',
    clockReceipt: (due) =>
      `De termijn om op uw verzoek te antwoorden, loopt tot ${due}. Hoe sneller wij de gevraagde gegevens ontvangen, hoe sneller wij uw verzoek kunnen behandelen.`,
    clockConfirmed: `De termijn van een maand om op uw verzoek te antwoorden (${a('12.3')}) gaat in zodra wij uw identiteit hebben kunnen bevestigen.`,
    notEstablished: `Ontvangen wij die gegevens niet, of volstaan zij niet om uw identiteit vast te stellen, dan kunnen wij geen gevolg geven aan uw verzoek (${a('12.6')}). Wij laten u dat dan schriftelijk weten.`,
    howToReply: (email) =>
      `U kunt ons de gevraagde gegevens bezorgen door op dit bericht te antwoorden${email ? ` of door te schrijven naar ${email}` : ''}, met vermelding van uw referentie.`,
  },

  extension: {
    originalDeadline: (due) => `Wij moeten uw verzoek in principe uiterlijk op ${due} beantwoorden.`,
    extended: (due) =>
      `Wij hebben meer tijd nodig om uw verzoek zorgvuldig te behandelen. Daarom verlengen wij de antwoordtermijn met twee maanden, zoals artikel 12.3 van de Algemene Verordening Gegevensbescherming (AVG) toelaat wanneer dat nodig is gelet op de complexiteit en het aantal verzoeken. Wij zullen u uiterlijk op ${due} antwoorden.`,
    reasonsIntro: 'De redenen voor deze verlenging zijn de volgende:',
    meanwhile:
      'Wij zetten de behandeling van uw verzoek intussen voort en antwoorden u zodra wij kunnen, zonder het einde van de verlengde termijn af te wachten.',
    disagree: (website) =>
      `Bent u het niet eens met deze verlenging, dan kunt u ons dat laten weten. U kunt ook klacht indienen bij de Gegevensbeschermingsautoriteit (${website}).`,
  },

  fee: {
    judgement: (ground) =>
      `Na onderzoek zijn wij van oordeel dat uw verzoek ${ground === 'excessive' ? 'buitensporig' : 'kennelijk ongegrond'} is in de zin van ${a('12.5')}, om de volgende redenen:`,
    amount: (amount) =>
      `In dat geval mogen wij een redelijke vergoeding vragen die rekening houdt met de administratieve kosten van de behandeling van uw verzoek. Die vergoeding bedraagt ${amount}.`,
    confirm:
      'Voordat wij die kosten maken, laten wij u de keuze. Wenst u dat wij uw verzoek tegen betaling van die vergoeding behandelen, laat het ons dan weten. Wij zetten de behandeling voort zodra wij uw bevestiging en de betaling hebben ontvangen.',
    payment: (details) => `Betalingsgegevens: ${asSentence(details)}`,
    withdraw:
      'U kunt uw verzoek ook intrekken of beperken, bijvoorbeeld tot gegevens die u nog niet eerder van ons hebt ontvangen. In dat geval bekijken wij opnieuw of een vergoeding verantwoord is. Zonder uw bevestiging rekenen wij niets aan.',
  },

  completed: {
    intro: 'Met deze brief delen wij u mee welk gevolg wij aan uw verzoek hebben gegeven.',
    accessNoData: `Na een zorgvuldig onderzoek van onze systemen kunnen wij u bevestigen dat wij geen persoonsgegevens over u verwerken (${a('15.1')}).`,
    accessDownload: (until) =>
      `U vindt een kopie van de persoonsgegevens die wij over u verwerken (${a('15.3')}) in een beveiligd downloadpakket${until ? `, dat beschikbaar is tot en met ${until}` : ''}. Wij raden u aan de bestanden${until ? ' vóór die datum' : ''} te downloaden en ze op een veilige plaats te bewaren.`,
    accessLinkSeparately:
      'Om uw gegevens te beschermen, bezorgen wij u de link naar dat pakket in een afzonderlijk bericht.',
    packageFiles: 'Het pakket bevat ook deze documenten:',
    accessEnclosed: `U vindt in bijlage bij deze brief een kopie van de persoonsgegevens die wij over u verwerken (${a('15.3')}).`,
    accessInformation: `Hieronder vindt u bovendien de informatie over de verwerking van uw gegevens waarop u volgens ${a('15')} recht hebt.`,
    portabilityDownload: (until) =>
      `De gegevens die u ons zelf hebt verstrekt, vindt u ${packageFormat} in een beveiligd downloadpakket${until ? `, dat beschikbaar is tot en met ${until}` : ''} (${a('20.1')}).`,
    portabilitySamePackage: `De gegevens die u ons zelf hebt verstrekt, vindt u bovendien ${packageFormat} in hetzelfde downloadpakket (${a('20.1')}).`,
    portabilityEnclosed: `De gegevens die u ons zelf hebt verstrekt, vindt u ${packageFormat} in bijlage (${a('20.1')}).`,
    portabilityTransmitted: (recipient) =>
      `Zoals u vroeg, hebben wij de gegevens die u ons zelf hebt verstrekt, in een gestructureerde, gangbare en machineleesbare vorm rechtstreeks aan ${recipient} bezorgd (${a('20.2')}).`,
    rectified: 'Wij hebben uw gegevens als volgt verbeterd of aangevuld:',
    rectifiedGeneric: 'Wij hebben uw gegevens verbeterd of aangevuld zoals u vroeg.',
    erased: 'Wij hebben de volgende gegevens gewist:',
    nothingErased: 'Wij konden geen gegevens wissen, om de redenen die hieronder zijn vermeld.',
    keptIntro:
      'Sommige gegevens moeten of mogen wij nog bewaren. Wij bewaren ze niet langer dan nodig, schermen ze af en gebruiken ze uitsluitend voor het doel dat hieronder is vermeld:',
    kept: {
      legal_obligation: (rule) =>
        `wij moeten deze gegevens bewaren op grond van een wettelijke verplichting (${a('17.3.b')})${rule ? ` – ${rule}` : ''}`,
      legal_claims: (rule) =>
        `wij hebben deze gegevens nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering (${a('17.3.e')})${rule ? ` – ${rule}` : ''}`,
      ongoing_contract: (rule) =>
        `wij hebben deze gegevens nog nodig voor de uitvoering van de lopende overeenkomst met u (${a('17.1.a')})${rule ? ` – ${rule}` : ''}`,
      freedom_of_expression: (rule) =>
        `deze gegevens zijn nodig voor de uitoefening van het recht op vrijheid van meningsuiting en informatie (${a('17.3.a')})${rule ? ` – ${rule}` : ''}`,
      public_health: (rule) =>
        `deze gegevens zijn nodig om redenen van algemeen belang op het gebied van de volksgezondheid (${a('17.3.c')})${rule ? ` – ${rule}` : ''}`,
      archiving_research: (rule) =>
        `deze gegevens zijn nodig met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistiek (${a('17.3.d')})${rule ? ` – ${rule}` : ''}`,
    },
    keptUntil: (until) => `Wij wissen ze uiterlijk op ${until}.`,
    keptUnderLegalHold: (systems) =>
      `De gegevens in ${systems} vallen onder een juridische blokkering (een geschil, een gerechtelijke procedure of een onderzoek door een overheid) en moeten voorlopig bewaard blijven: ze zijn nodig voor de vaststelling, uitoefening of onderbouwing van een rechtsvordering (${a('17.3.e')}). Wij wissen ze zodra die blokkering afloopt.`,
    restricted: (scope) =>
      `Wij hebben de verwerking van uw gegevens beperkt (${a('18.1')})${scope ? `: ${asSentence(scope)}` : '.'}`,
    restrictionMeaning: `Zolang de beperking geldt, bewaren wij die gegevens, maar verwerken wij ze niet verder, tenzij met uw toestemming, voor de instelling, uitoefening of onderbouwing van een rechtsvordering, ter bescherming van de rechten van een andere natuurlijke persoon of rechtspersoon of om gewichtige redenen van algemeen belang (${a('18.2')}).`,
    restrictionLifting: `Voordat wij de beperking opheffen, brengen wij u daarvan op de hoogte (${a('18.3')}).`,
    objectionDirectMarketing: `Wij gebruiken uw persoonsgegevens niet langer voor direct marketing, ook niet voor profilering die daarmee verband houdt (${a('21.3')}). Om uw bezwaar duurzaam te respecteren, bewaren wij alleen de gegevens die nodig zijn om u op onze interne uitsluitingslijst te herkennen.`,
    objectionLegitimateInterest: `Wij hebben uw bezwaar ingewilligd (${a('21.1')}) en de volgende verwerkingen van uw gegevens stopgezet:`,
    objectionLegitimateInterestGeneric: `Wij hebben uw bezwaar ingewilligd en verwerken uw gegevens niet langer voor het doel waartegen u bezwaar hebt gemaakt (${a('21.1')}).`,
    consentWithdrawn: (purposes) =>
      purposes
        ? `Wij hebben de intrekking van uw toestemming geregistreerd en verwerken uw gegevens niet langer voor de volgende doeleinden: ${purposes}.`
        : 'Wij hebben de intrekking van uw toestemming geregistreerd en verwerken uw gegevens niet langer voor de doeleinden waarvoor u die toestemming had gegeven.',
    consentLawfulBefore: `De intrekking geldt voor de toekomst: zij doet geen afbreuk aan de rechtmatigheid van de verwerking op basis van uw toestemming vóór de intrekking (${a('7.3')}).`,
    stopContact:
      'Wij hebben u opgenomen in onze interne lijst van personen die niet langer gecontacteerd wensen te worden. Wij nemen voortaan via geen enkel kanaal nog contact met u op voor commerciële doeleinden. Wij bewaren daarvoor alleen de gegevens die nodig zijn om u op die lijst te herkennen.',
    stopContactRequired:
      'Berichten die wij u moeten sturen in het kader van een lopende overeenkomst of op grond van een wettelijke verplichting, zoals facturen, blijft u ontvangen.',
    doNotCallList:
      'Wenst u ook door andere ondernemingen niet meer voor reclame te worden opgebeld, dan kunt u uw telefoonnummer gratis laten opnemen in de Bel-me-niet-meer-lijst via www.bel-me-niet-meer.be.',
    recipientsHeading: `Kennisgeving aan ontvangers (${a('19')})`,
    recipientsNotified:
      'Wij hebben de verbetering, wissing of beperking meegedeeld aan de ontvangers aan wie wij uw gegevens hadden verstrekt:',
    noRecipientsToNotify:
      'Wij hadden uw gegevens niet verstrekt aan ontvangers die van de verbetering, wissing of beperking op de hoogte moesten worden gebracht.',
  },

  refusal: {
    partialIntro:
      'Wij kunnen slechts gedeeltelijk op uw verzoek ingaan. Hieronder leggen wij uit wat wij hebben gedaan, en waarom wij op een deel van uw verzoek niet ingaan.',
    refusedHeading: 'Wat wij niet inwilligen',
    refusedTypesIntro: 'Wij geven geen gevolg aan uw verzoek voor zover het betrekking heeft op:',
    refusedScope: (scope) =>
      `Wij geven geen gevolg aan het volgende deel van uw verzoek: ${asSentence(scope)}`,
    fullIntro: 'Na zorgvuldig onderzoek hebben wij beslist geen gevolg te geven aan uw verzoek.',
    reasonsIntro: 'De redenen daarvoor zijn de volgende:',
    ground: {
      manifestly_unfounded: () =>
        `Wij beschouwen het verzoek daarom als kennelijk ongegrond in de zin van ${a('12.5')}.`,
      excessive: () => `Wij beschouwen het verzoek daarom als buitensporig in de zin van ${a('12.5')}.`,
      identity_not_established: () =>
        `Wij konden niet met voldoende zekerheid vaststellen dat het verzoek van u uitgaat. Zolang dat niet het geval is, mogen wij uw persoonsgegevens niet bekendmaken of wijzigen (${a('12.6')}).`,
      legal_obligation: (reference) =>
        `Een wettelijke verplichting die op ons rust${reference ? ` (${reference})` : ''}, belet ons om daaraan gevolg te geven.`,
      compelling_legitimate_grounds: () =>
        `Wij zijn van oordeel dat er voor de betrokken verwerking dwingende gerechtvaardigde gronden bestaan die zwaarder wegen dan uw belangen, rechten en vrijheden, of dat de verwerking nodig is voor de instelling, uitoefening of onderbouwing van een rechtsvordering (${a('21.1')}).`,
      other: () => null,
    },
    identityRetry:
      'Bezorgt u ons alsnog de gegevens waarom wij hebben gevraagd, dan behandelen wij uw verzoek verder.',
  },

  remedies: {
    heading: 'Uw rechtsmiddelen',
    complaint: `Bent u het niet eens met deze beslissing, dan hebt u het recht klacht in te dienen bij de Gegevensbeschermingsautoriteit (${as('12.4', '77')}):`,
    court: `U kunt ook een beroep instellen bij de rechter (${a('79')}), onder meer bij de voorzitter van de rechtbank van eerste aanleg, zetelend zoals in kort geding (artikel 209 van de wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens).`,
  },

  forwarded: {
    processor: (c) =>
      `Uw verzoek heeft betrekking op persoonsgegevens die wij niet voor onszelf verwerken, maar in opdracht van ${c}. Wij treden daarbij op als verwerker (${a('28')}); ${c} is de verwerkingsverantwoordelijke en beslist over uw verzoek.`,
    forwardedOn: (c, d) =>
      `Wij hebben uw verzoek daarom op ${d} aan ${c} bezorgd. Wij verlenen ${c} de bijstand die nodig is om uw verzoek te beantwoorden (${a('28.3.e')}).`,
    contact: (c, contact) => `U kunt ${c} ook rechtstreeks contacteren: ${contact}.`,
    noContact: (c) => `Voor verdere vragen over uw verzoek kunt u zich rechtstreeks tot ${c} wenden.`,
  },
}
