import { gdprArticle, gdprArticles } from '../../articles'
import { asSentence, frenchSpacing as t } from '../../format'
import type { LetterWording } from './types'

const a = (provision: string) => gdprArticle(provision, 'fr')
const as = (...provisions: string[]) => gdprArticles(provisions, 'fr')
const about = 'Votre demande relative à vos données à caractère personnel'
const packageFormat =
  'dans un format structuré, couramment utilisé et lisible par machine (JSON et CSV, avec une description des champs)'

/** French: formal, as a Belgian privacy lawyer writes to a data subject. */
export const fr: LetterWording = {
  salutation: 'Madame, Monsieur,',
  closing: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  dateLabel: 'Date',
  referenceLabel: 'Référence',
  subjectLabel: 'Objet',
  subjects: {
    acknowledgement: (r) =>
      `Accusé de réception de votre demande relative à vos données à caractère personnel (réf. ${r})`,
    identity_needed: (r) => t`${about} (réf. ${r}) : vérification de votre identité`,
    extension: (r) => t`${about} (réf. ${r}) : prolongation du délai de réponse`,
    fee_warning: (r) => t`${about} (réf. ${r}) : frais de traitement`,
    completed: (r) => t`${about} (réf. ${r}) : notre réponse`,
    partially_refused: (r) => t`${about} (réf. ${r}) : notre réponse et refus partiel`,
    refused: (r) => t`${about} (réf. ${r}) : refus d'y donner suite`,
    forwarded: (r) => t`${about} (réf. ${r}) : transmission au responsable du traitement`,
  },
  channels: {
    portal: 'via notre formulaire en ligne',
    email: 'par e-mail',
    phone: 'par téléphone',
    letter: 'par courrier',
    in_person: 'en personne, dans nos bureaux',
    social_media: 'via les réseaux sociaux',
    web_form: 'via le formulaire de contact de notre site',
  },
  signature: {
    dpo: 'Délégué à la protection des données',
    privacyContact: 'Personne de contact pour la protection des données',
  },

  receivedIntro: (d, r) =>
    `Nous avons reçu le ${d} votre demande relative à vos données à caractère personnel (référence ${r}).`,
  typesIntro: t`Votre demande porte sur :`,
  questions: (r, email) =>
    `Pour toute question concernant le présent courrier, vous pouvez nous contacter${email ? ` à l'adresse ${email}` : ''}, en mentionnant la référence ${r}.`,

  acknowledgement: {
    received: (d, channel) =>
      `Nous accusons réception de votre demande relative à vos données à caractère personnel, reçue le ${d} ${channel}.`,
    oralSummary:
      'Votre demande nous ayant été présentée oralement, nous la résumons ci-dessus. Si ce résumé ne correspond pas à votre demande, nous vous prions de nous en informer dans les meilleurs délais.',
    reference: (r) =>
      `Votre demande est enregistrée sous la référence ${r}. Nous vous prions de mentionner cette référence dans toute correspondance ultérieure relative à cette demande.`,
    deadline: (due) =>
      `Nous répondrons à votre demande dans les meilleurs délais et au plus tard le ${due} (${a('12.3')}). Si votre demande est particulièrement complexe ou si nous recevons un nombre important de demandes, ce délai peut être prolongé de deux mois. Dans ce cas, nous vous en informerons avant le ${due}, en vous indiquant les motifs de la prolongation.`,
    nextSteps:
      "Nous vérifions à présent quelles données à caractère personnel nous traitons à votre sujet et dans quels systèmes, et nous traitons votre demande. Si nous avons besoin d'informations complémentaires pour préciser votre demande, nous prendrons contact avec vous.",
    identityConfirmed: t`Nous avons déjà pu établir que la demande émane bien de vous ; nous n'avons besoin d'aucune information complémentaire à cet effet.`,
    identityProportionate: t`Afin d'éviter que vos données ne soient communiquées à une autre personne, nous vérifions que la demande émane bien de vous. Nous le faisons de manière proportionnée : nous ne demandons pas plus d'informations que nécessaire et nous ne demandons pas systématiquement une copie de votre carte d'identité. Si une information complémentaire devait malgré tout être nécessaire, nous vous en informerons en vous expliquant pourquoi.`,
    statusLink: t`Vous pouvez suivre à tout moment l'état d'avancement de votre demande au moyen du lien sécurisé suivant :`,
  },

  identity: {
    why: `Avant de pouvoir donner suite à votre demande, nous devons nous assurer qu'elle émane bien de vous. Nous évitons ainsi que vos données à caractère personnel soient communiquées à une personne non autorisée (${a('12.6')}).`,
    reason: (reason) => t`Le motif en est le suivant : ${asSentence(reason)}`,
    neededIntro: t`Nous vous prions dès lors de bien vouloir nous communiquer :`,
    evidence: {
      email_confirmation:
        'la confirmation de votre adresse e-mail, au moyen du lien ou du code que nous vous envoyons séparément',
      customer_number: 'votre numéro de client ou de dossier chez nous',
      account_login: 'une confirmation de votre demande en vous connectant à votre compte client',
      additional_details:
        'quelques informations permettant de vous retrouver avec certitude dans nos fichiers',
      id_document_masked:
        "une copie de votre carte d'identité ou d'un autre document d'identité, sur laquelle vous aurez masqué votre photo et votre numéro de registre national",
    },
    details: (details) => t`Précisions : ${asSentence(details)}`,
    maskAdvice: (org) =>
      `Si vous nous communiquez une copie d'un document d'identité, nous vous invitons à masquer votre photo et votre numéro de registre national, par exemple en les rendant illisibles, et à indiquer sur la copie qu'elle est destinée exclusivement à ${org} dans le cadre de la présente demande. Nous utilisons cette copie uniquement pour vérifier votre identité et la supprimons immédiatement après cette vérification.`,
    proportionate:
      "Nous ne demandons que ce qui est nécessaire pour établir que la demande émane de vous, et nous n'utilisons ces informations à aucune autre fin.",
    clockReceipt: (due) =>
      `Le délai pour répondre à votre demande court jusqu'au ${due}. Plus vite nous recevrons les informations demandées, plus vite nous pourrons traiter votre demande.`,
    clockConfirmed: `Le délai d'un mois pour répondre à votre demande (${a('12.3')}) court à partir du moment où nous aurons pu vérifier votre identité.`,
    notEstablished: `Si nous ne recevons pas ces informations, ou si elles ne suffisent pas à établir votre identité, nous ne pourrons pas donner suite à votre demande (${a('12.6')}). Nous vous en informerons alors par écrit.`,
    howToReply: (email) =>
      `Vous pouvez nous communiquer les informations demandées en répondant au présent message${email ? ` ou en écrivant à ${email}` : ''}, en mentionnant votre référence.`,
  },

  extension: {
    originalDeadline: (due) => `En principe, nous devons répondre à votre demande au plus tard le ${due}.`,
    extended: (due) =>
      `Nous avons besoin de plus de temps pour traiter votre demande avec le soin requis. C'est pourquoi nous prolongeons le délai de réponse de deux mois, comme le permet l'article 12.3 du règlement général sur la protection des données (RGPD) lorsque cela est nécessaire compte tenu de la complexité et du nombre de demandes. Nous vous répondrons au plus tard le ${due}.`,
    reasonsIntro: t`Les motifs de cette prolongation sont les suivants :`,
    meanwhile:
      "Nous poursuivons entre-temps le traitement de votre demande et vous répondrons dès que possible, sans attendre l'expiration du délai prolongé.",
    disagree: (website) =>
      `Si vous n'êtes pas d'accord avec cette prolongation, vous pouvez nous en faire part. Vous pouvez également introduire une plainte auprès de l'Autorité de protection des données (${website}).`,
  },

  fee: {
    judgement: (ground) =>
      t`Après examen, nous estimons que votre demande est ${ground === 'excessive' ? 'excessive' : 'manifestement infondée'} au sens de l'${a('12.5')}, pour les motifs suivants :`,
    amount: (amount) =>
      `Dans ce cas, nous pouvons exiger le paiement de frais raisonnables tenant compte des coûts administratifs liés au traitement de votre demande. Ces frais s'élèvent à ${amount}.`,
    confirm:
      "Avant d'engager ces coûts, nous vous laissons le choix. Si vous souhaitez que nous traitions votre demande moyennant le paiement de ces frais, nous vous prions de nous le faire savoir. Nous poursuivrons le traitement dès réception de votre confirmation et du paiement.",
    payment: (details) => t`Modalités de paiement : ${asSentence(details)}`,
    withdraw:
      "Vous pouvez également retirer ou limiter votre demande, par exemple aux données que vous n'avez pas encore reçues de notre part. Dans ce cas, nous réexaminerons si des frais se justifient. Aucun montant ne vous sera facturé sans votre confirmation.",
  },

  completed: {
    intro: 'Par le présent courrier, nous vous informons de la suite que nous avons donnée à votre demande.',
    accessNoData: `Après un examen attentif de nos systèmes, nous pouvons vous confirmer que nous ne traitons aucune donnée à caractère personnel vous concernant (${a('15.1')}).`,
    accessDownload: (until) =>
      `Vous trouverez une copie des données à caractère personnel que nous traitons à votre sujet (${a('15.3')}) dans un dossier de téléchargement sécurisé${until ? `, disponible jusqu'au ${until} inclus` : ''}. Nous vous conseillons de télécharger les fichiers${until ? ' avant cette date' : ''} et de les conserver en lieu sûr.`,
    accessLinkSeparately:
      'Afin de protéger vos données, nous vous communiquons le lien vers ce dossier dans un message distinct.',
    packageFiles: 'Le paquet contient également ces documents :',
    accessEnclosed: `Vous trouverez en annexe au présent courrier une copie des données à caractère personnel que nous traitons à votre sujet (${a('15.3')}).`,
    accessInformation: `Vous trouverez en outre ci-dessous les informations relatives au traitement de vos données auxquelles vous avez droit en vertu de l'${a('15')}.`,
    portabilityDownload: (until) =>
      `Les données que vous nous avez fournies vous-même se trouvent, ${packageFormat}, dans un dossier de téléchargement sécurisé${until ? `, disponible jusqu'au ${until} inclus` : ''} (${a('20.1')}).`,
    portabilitySamePackage: `Les données que vous nous avez fournies vous-même se trouvent en outre, ${packageFormat}, dans le même dossier de téléchargement (${a('20.1')}).`,
    portabilityEnclosed: `Vous trouverez également en annexe, ${packageFormat}, les données que vous nous avez fournies vous-même (${a('20.1')}).`,
    portabilityTransmitted: (recipient) =>
      `Comme vous l'avez demandé, nous avons transmis directement à ${recipient} les données que vous nous avez fournies vous-même, dans un format structuré, couramment utilisé et lisible par machine (${a('20.2')}).`,
    rectified: t`Nous avons rectifié ou complété vos données comme suit :`,
    rectifiedGeneric: 'Nous avons rectifié ou complété vos données conformément à votre demande.',
    erased: t`Nous avons effacé les données suivantes :`,
    nothingErased: "Nous n'avons pu effacer aucune donnée, pour les motifs indiqués ci-dessous.",
    keptIntro: t`Certaines données doivent ou peuvent encore être conservées. Nous ne les conservons que le temps nécessaire, en accès restreint, et les utilisons exclusivement aux fins indiquées ci-dessous :`,
    kept: {
      legal_obligation: (rule) =>
        `nous devons conserver ces données en vertu d'une obligation légale (${a('17.3.b')})${rule ? ` – ${rule}` : ''}`,
      legal_claims: (rule) =>
        `ces données sont nécessaires à la constatation, à l'exercice ou à la défense de droits en justice (${a('17.3.e')})${rule ? ` – ${rule}` : ''}`,
      ongoing_contract: (rule) =>
        `ces données restent nécessaires à l'exécution du contrat en cours avec vous (${a('17.1.a')})${rule ? ` – ${rule}` : ''}`,
      freedom_of_expression: (rule) =>
        `ces données sont nécessaires à l'exercice du droit à la liberté d'expression et d'information (${a('17.3.a')})${rule ? ` – ${rule}` : ''}`,
      public_health: (rule) =>
        `ces données sont nécessaires pour des motifs d'intérêt public dans le domaine de la santé publique (${a('17.3.c')})${rule ? ` – ${rule}` : ''}`,
      archiving_research: (rule) =>
        `ces données sont nécessaires à des fins archivistiques dans l'intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques (${a('17.3.d')})${rule ? ` – ${rule}` : ''}`,
    },
    keptUntil: (until) => `Nous les effacerons au plus tard le ${until}.`,
    keptUnderLegalHold: (systems) =>
      t`Les données conservées dans ${systems} font l’objet d’un gel juridique (un litige, une procédure judiciaire ou une inspection par une autorité) et doivent être conservées pour l’instant : elles sont nécessaires à la constatation, à l’exercice ou à la défense de droits en justice (${a('17.3.e')}). Nous les effacerons dès la fin de ce gel.`,
    restricted: (scope) =>
      scope
        ? t`Nous avons limité le traitement de vos données (${a('18.1')}) : ${asSentence(scope)}`
        : `Nous avons limité le traitement de vos données (${a('18.1')}).`,
    restrictionMeaning: `Tant que la limitation s'applique, nous conservons ces données mais ne les traitons pas autrement, sauf avec votre consentement, pour la constatation, l'exercice ou la défense de droits en justice, pour la protection des droits d'une autre personne physique ou morale, ou pour des motifs importants d'intérêt public (${a('18.2')}).`,
    restrictionLifting: `Nous vous informerons avant de lever cette limitation (${a('18.3')}).`,
    objectionDirectMarketing: `Nous n'utilisons plus vos données à caractère personnel à des fins de marketing direct, y compris pour le profilage lié à ce marketing (${a('21.3')}). Afin de respecter durablement votre opposition, nous conservons uniquement les données nécessaires pour vous reconnaître sur notre liste interne d'exclusion.`,
    objectionLegitimateInterest: t`Nous avons fait droit à votre opposition (${a('21.1')}) et avons cessé les traitements suivants de vos données :`,
    objectionLegitimateInterestGeneric: `Nous avons fait droit à votre opposition et ne traitons plus vos données aux fins visées par celle-ci (${a('21.1')}).`,
    consentWithdrawn: (purposes) =>
      purposes
        ? t`Nous avons enregistré le retrait de votre consentement et ne traitons plus vos données pour les finalités suivantes : ${purposes}.`
        : 'Nous avons enregistré le retrait de votre consentement et ne traitons plus vos données pour les finalités auxquelles vous aviez consenti.',
    consentLawfulBefore: t`Ce retrait vaut pour l'avenir : il ne compromet pas la licéité du traitement fondé sur votre consentement effectué avant ce retrait (${a('7.3')}).`,
    stopContact:
      'Nous avons inscrit vos coordonnées sur notre liste interne des personnes qui ne souhaitent plus être contactées. Nous ne prendrons plus contact avec vous à des fins commerciales, par quelque canal que ce soit. Nous conservons à cet effet uniquement les données nécessaires pour vous reconnaître sur cette liste.',
    stopContactRequired:
      "Vous continuerez à recevoir les communications que nous devons vous adresser dans le cadre d'un contrat en cours ou en vertu d'une obligation légale, comme les factures.",
    doNotCallList: t`Si vous ne souhaitez plus recevoir d'appels publicitaires d'autres entreprises non plus, vous pouvez faire inscrire gratuitement votre numéro de téléphone sur la liste « Ne m'appelez plus » via www.ne-m-appelez-plus.be.`,
    recipientsHeading: `Notification aux destinataires (${a('19')})`,
    recipientsNotified: t`Nous avons notifié la rectification, l'effacement ou la limitation aux destinataires auxquels nous avions communiqué vos données :`,
    noRecipientsToNotify:
      "Nous n'avions communiqué vos données à aucun destinataire devant être informé de la rectification, de l'effacement ou de la limitation.",
  },

  refusal: {
    partialIntro:
      'Nous ne pouvons donner suite à votre demande que partiellement. Nous vous exposons ci-dessous ce que nous avons fait, ainsi que les motifs pour lesquels nous ne donnons pas suite à une partie de votre demande.',
    refusedHeading: 'Ce à quoi nous ne donnons pas suite',
    refusedTypesIntro: t`Nous ne donnons pas suite à votre demande en ce qu'elle porte sur :`,
    refusedScope: (scope) =>
      t`Nous ne donnons pas suite à la partie suivante de votre demande : ${asSentence(scope)}`,
    fullIntro: 'Après un examen attentif, nous avons décidé de ne pas donner suite à votre demande.',
    reasonsIntro: t`Les motifs de cette décision sont les suivants :`,
    ground: {
      manifestly_unfounded: () =>
        `Nous considérons dès lors la demande comme manifestement infondée au sens de l'${a('12.5')}.`,
      excessive: () => `Nous considérons dès lors la demande comme excessive au sens de l'${a('12.5')}.`,
      identity_not_established: () =>
        `Nous n'avons pas pu établir avec une certitude suffisante que la demande émane de vous. Tant que ce n'est pas le cas, nous ne pouvons ni communiquer ni modifier vos données à caractère personnel (${a('12.6')}).`,
      legal_obligation: (reference) =>
        `Une obligation légale qui nous incombe${reference ? ` (${reference})` : ''} nous empêche d'y donner suite.`,
      compelling_legitimate_grounds: () =>
        `Nous estimons qu'il existe, pour le traitement concerné, des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou que ce traitement est nécessaire à la constatation, à l'exercice ou à la défense de droits en justice (${a('21.1')}).`,
      other: () => null,
    },
    identityRetry:
      'Si vous nous communiquez encore les informations demandées, nous poursuivrons le traitement de votre demande.',
  },

  remedies: {
    heading: 'Vos voies de recours',
    complaint: t`Si vous n'êtes pas d'accord avec cette décision, vous avez le droit d'introduire une plainte auprès de l'Autorité de protection des données (${as('12.4', '77')}) :`,
    court: `Vous pouvez également former un recours juridictionnel (${a('79')}), notamment devant le président du tribunal de première instance siégeant comme en référé (article 209 de la loi du 30 juillet 2018 relative à la protection des personnes physiques à l'égard des traitements de données à caractère personnel).`,
  },

  forwarded: {
    processor: (c) =>
      t`Votre demande porte sur des données à caractère personnel que nous ne traitons pas pour notre propre compte, mais pour le compte de ${c}. Nous agissons à cet égard en qualité de sous-traitant (${a('28')}) ; ${c} est le responsable du traitement et statue sur votre demande.`,
    forwardedOn: (c, d) =>
      `Nous avons dès lors transmis votre demande à ${c} le ${d}. Nous apportons à ${c} l'assistance nécessaire pour y répondre (${a('28.3.e')}).`,
    contact: (c, contact) => t`Vous pouvez également contacter directement ${c} : ${contact}.`,
    noContact: (c) =>
      `Pour toute question ultérieure concernant votre demande, vous pouvez vous adresser directement à ${c}.`,
  },
}
