import { mailto, webLink, withoutFullStop } from '../../text'
import { contactLink, frenchSpacing as t } from '../common'
import type {
  ComplaintsWording,
  ErasureLimit,
  ExerciseWording,
  ObjectionWording,
  OtherWording,
  RightsWording,
  SecurityWording,
} from '../types'
import { art, cont, headings, list, purposesNamed, quote } from './processing'

/** What a statutory retention obligation covers, after "l'obligation légale de conservation". */
const RETAINED: Record<'accounting' | 'tax' | 'social', string> = {
  accounting: 'de notre comptabilité',
  tax: 'des documents fiscaux',
  social: 'des documents sociaux',
}

/** "l'obligation légale de conservation ..., ou la législation anti-blanchiment": the Art. 17(3) examples the register supports. */
function limitExamples(limits: readonly ErasureLimit[]): string {
  const retained = limits.flatMap((l) =>
    l === 'accounting' || l === 'tax' || l === 'social' ? [RETAINED[l]] : [],
  )
  const parts = [
    ...(retained.length > 0 ? [`l'obligation légale de conservation ${list(retained)}`] : []),
    ...(limits.includes('aml') ? ['la législation anti-blanchiment'] : []),
  ]
  return parts.length > 0 ? parts.join(', et ') : 'une obligation légale de conservation'
}

export const rights: RightsWording = {
  intro: () =>
    t`Le RGPD vous confère les droits suivants. Certains ne s'appliquent que dans des cas déterminés ; nous précisons chaque fois lesquels.`,
  access: () => ({
    term: `Droit d'accès (${art('15')})`,
    text: [
      [
        "Vous pouvez nous demander si nous traitons des données à caractère personnel vous concernant. Si tel est le cas, vous pouvez consulter ces données et en obtenir une copie, ainsi que des informations sur les finalités, les catégories de données, les destinataires, la durée de conservation, vos droits et l'origine des données.",
      ],
    ],
  }),
  rectification: () => ({
    term: `Droit de rectification (${art('16')})`,
    text: [['Si vos données sont inexactes ou incomplètes, vous pouvez les faire rectifier ou compléter.']],
  }),
  erasure: (limits) => {
    const examples = limitExamples(limits)
    return {
      term: `Droit à l'effacement (${art('17')})`,
      text: [
        [
          "Vous pouvez nous demander d'effacer vos données, par exemple lorsque nous n'en avons plus besoin, lorsque vous retirez votre consentement ou lorsque votre opposition est fondée.",
        ],
        [
          `Ce droit n'est pas absolu. Nous pouvons conserver les données dont nous avons besoin pour respecter une obligation légale (par exemple ${examples}) ou pour constater, exercer ou défendre un droit en justice${limits.includes('disputes') ? ', par exemple en cas de litige en cours' : ''}${limits.includes('limitation') ? `${limits.includes('disputes') ? ' ou' : ','} tant que court le délai de prescription d'une telle action` : ''} (${art('17.3')}). Dans ce cas, nous vous indiquons quelles données nous conservons et pourquoi.`,
        ],
        ...(limits.includes('contract')
          ? [
              [
                `Tant qu'un contrat avec vous est en cours, nous avons besoin des données nécessaires à son exécution ; nous ne les effaçons que lorsqu'elles ne sont plus nécessaires à cette fin (${art('17.1.a')}).`,
              ],
            ]
          : []),
      ],
    }
  },
  restriction: () => ({
    term: `Droit à la limitation du traitement (${art('18')})`,
    text: [
      [
        "Vous pouvez demander que nous limitions temporairement le traitement de vos données, par exemple pendant que nous vérifions l'exactitude de vos données ou le bien-fondé de votre opposition. Nous conservons alors les données, mais nous ne les utilisons pas, sauf avec votre consentement, pour un droit en justice ou pour protéger les droits d'une autre personne. Nous vous prévenons avant de lever la limitation.",
      ],
    ],
  }),
  notification: () => ({
    term: `Notification aux destinataires (${art('19')})`,
    text: [
      [
        "Lorsque nous rectifions ou effaçons vos données ou en limitons le traitement, nous en informons les destinataires auxquels nous les avons communiquées, à moins que cela ne se révèle impossible ou n'exige des efforts disproportionnés. Sur demande, nous vous indiquons qui sont ces destinataires.",
      ],
    ],
  }),
  portability: (purposes) => ({
    term: `Droit à la portabilité des données (${art('20')})`,
    text: [
      [
        purposes.length > 0
          ? `Pour ${purposesNamed(purposes)}, vous pouvez recevoir les données que vous nous avez vous-même fournies dans un format structuré, couramment utilisé et lisible par machine (par exemple CSV ou JSON). Vous pouvez aussi nous demander de les transmettre directement à une autre organisation, lorsque c'est techniquement possible.`
          : "Lorsque nous traitons de manière automatisée, sur la base de votre consentement ou d'un contrat conclu avec vous, des données que vous nous avez vous-même fournies, vous pouvez recevoir ces données dans un format structuré, couramment utilisé et lisible par machine et les faire transmettre à une autre organisation.",
      ],
    ],
  }),
  withdrawConsent: (purposes) => ({
    term: `Droit de retirer votre consentement (${art('7.3')})`,
    text: [
      [
        `Lorsque nous traitons vos données sur la base de votre consentement, comme pour ${purposesNamed(purposes)}, vous pouvez retirer ce consentement à tout moment, aussi simplement que vous l'avez donné. Ce retrait ne remet pas en cause la licéité du traitement effectué avant celui-ci.`,
      ],
    ],
  }),
  objection: () => ({
    term: `Droit d'opposition (${art('21')})`,
    text: [
      [
        'Vous pouvez vous opposer à certains traitements. Nous expliquons ce droit séparément sous ',
        { link: '#right-to-object', text: quote(headings['right-to-object']) },
        '.',
      ],
    ],
  }),
  automated: (items, known) => {
    const decisions = items.filter((i) => i.used)
    const profiling = items.filter((i) => !i.used && i.profiling)
    const text = decisions.map((i) => [
      `Pour ${quote(i.activityName)}, nous prenons des décisions fondées exclusivement sur un traitement automatisé${i.profiling ? ', y compris le profilage' : ''}.`,
      i.logic ? t` Logique sous-jacente : ${cont(i.logic)}` : '',
      i.consequences ? t` Conséquences possibles pour vous : ${cont(i.consequences)}` : '',
    ])
    text.push([
      decisions.length > 0
        ? `Vous avez alors le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester la décision (${art('22.3')}).`
        : !known
          ? "Vous avez le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire."
          : 'Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y compris le profilage, qui produirait des effets juridiques vous concernant ou vous affecterait de manière significative de façon similaire.',
    ])
    if (profiling.length > 0) {
      text.push([
        `Pour ${list(profiling.map((i) => quote(i.activityName)))}, nous établissons certes des profils, mais nous ne prenons sur cette base aucune décision qui vous affecte de manière significative.`,
      ])
    }
    return { term: `Prise de décision automatisée (${art('22')})`, text }
  },
}

export const objection: ObjectionWording = {
  legitimate: ({ legitimate, publicTask }) => ({
    lead: t`Vous pouvez à tout moment, pour des raisons tenant à votre situation particulière, vous opposer au traitement de vos données fondé sur ${list([...(legitimate ? ['notre intérêt légitime'] : []), ...(publicTask ? ["une mission d'intérêt public"] : [])])}. Cela concerne les traitements suivants :`,
    after: `Nous cessons alors ce traitement, à moins que nous ne démontrions qu'il existe des motifs légitimes et impérieux qui prévalent sur vos intérêts, droits et libertés, ou que les données soient nécessaires à la constatation, à l'exercice ou à la défense d'un droit en justice (${art('21.1')}).`,
  }),
  directMarketing: () =>
    "Vous pouvez à tout moment, et sans avoir à vous justifier, vous opposer à l'utilisation de vos données à des fins de marketing direct, y compris au profilage lié à ce marketing. Nous cessons alors d'utiliser vos données à cette fin (art. 21.2 et 21.3 RGPD).",
  doNotCall: () => [
    `Si vous ne souhaitez plus recevoir d'appels publicitaires, y compris d'autres entreprises, vous pouvez faire inscrire gratuitement votre numéro de téléphone sur la liste ${quote("Ne-m'appelez-plus")} via `,
    webLink('https://www.ne-m-appelez-plus.be'),
    '.',
  ],
  how: () => [
    'Vous pouvez exercer ce droit par les mêmes canaux que vos autres droits (voir ',
    { link: '#exercise-rights', text: quote(headings['exercise-rights']) },
    ').',
  ],
  general: (known) =>
    `Vous pouvez vous opposer à un traitement fondé sur un intérêt légitime ou sur une mission d'intérêt public, et toujours au marketing direct.${known ? " À l'heure actuelle, aucun de nos traitements ne repose sur ces bases et nous n'utilisons pas vos données à des fins de marketing direct." : ''}`,
}

export const exercise: ExerciseWording = {
  intro: () => t`Vous pouvez exercer vos droits gratuitement :`,
  portal: (url) => ['via notre formulaire en ligne sur ', webLink(url)],
  email: (email) => ["par e-mail à l'adresse ", mailto(email)],
  post: (name, address) => [`par courrier adressé à ${name}, ${address}`],
  channel: (channel, contact, details) => {
    const extra = details ? ` (${withoutFullStop(details)})` : ''
    if (channel === 'in_person') return [`à notre accueil${contact ? `, ${contact}` : ''}${extra}`]
    if (channel === 'phone') return [`par téléphone au ${contact ?? ''}${extra}`]
    if (channel === 'social_media') return [t`via les réseaux sociaux : ` + `${contact ?? ''}${extra}`]
    return ['via le formulaire de contact sur ', contactLink(contact), extra]
  },
  deadline: () =>
    `Nous répondons à votre demande dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de sa réception. Si votre demande est complexe ou si nous recevons un grand nombre de demandes, ce délai peut être prolongé de deux mois. Dans ce cas, nous vous en informons dans le premier mois, en indiquant les motifs de la prolongation (${art('12.3')}).`,
  identity: () =>
    t`Pour éviter qu'une autre personne n'obtienne vos données, nous vérifions que la demande émane bien de vous. Nous ne demandons pas plus que nécessaire et nous ne demandons pas systématiquement une copie de votre carte d'identité. Si une copie est malgré tout nécessaire, vous pouvez masquer votre photo et votre numéro de registre national ; nous supprimons la copie dès que votre identité a été vérifiée.`,
  excessive: () =>
    `Si une demande est manifestement infondée ou excessive, notamment en raison de son caractère répétitif, nous pouvons exiger le paiement de frais raisonnables ou refuser d'y donner suite (${art('12.5')}). Nous vous en informons au préalable et motivons notre décision.`,
  refusal: () =>
    `Si nous ne donnons pas suite à votre demande, ou pas entièrement, nous vous en indiquons les motifs dans un délai d'un mois et vous informons de la possibilité d'introduire une plainte auprès de l'Autorité de protection des données ou un recours juridictionnel (${art('12.4')}).`,
}

export const complaints: ComplaintsWording = {
  contactUsFirst: (email) => [
    "Si vous avez une question ou une réclamation concernant la manière dont nous traitons vos données, contactez-nous d'abord",
    ...(email ? [" à l'adresse ", mailto(email)] : []),
    '. Nous chercherons volontiers une solution avec vous.',
  ],
  authority: () =>
    t`Vous avez également le droit d'introduire une plainte auprès de l'autorité de contrôle belge (${art('77')}) :`,
  authorityDetails: () => [
    [{ strong: 'Autorité de protection des données' }],
    ['Rue de la Presse 35, 1000 Bruxelles'],
    [t`Téléphone : +32 2 274 48 00`],
    [t`E-mail : `, mailto('contact@apd-gba.be')],
    [t`Site web : `, webLink('https://www.autoriteprotectiondonnees.be')],
  ],
  court: () =>
    `Vous pouvez en outre saisir les juridictions (${art('79')}), notamment par une action devant le président du tribunal de première instance siégeant comme en référé (art. 209 de la loi du 30 juillet 2018). Vous pouvez aussi demander réparation du dommage que vous subissez du fait d'une violation (${art('82')}).`,
}

export const security: SecurityWording = {
  intro: () =>
    `Nous prenons des mesures techniques et organisationnelles appropriées pour protéger vos données contre la perte, la destruction, l'accès non autorisé, la modification ou la divulgation (${art('32')}). Nous adaptons ces mesures aux risques de chaque traitement.`,
  technical: () => t`Mesures techniques :`,
  organisational: () => t`Mesures organisationnelles :`,
  storageIntro: () => t`Vos données se trouvent aux endroits suivants :`,
  storage: ({ system, country, location, certifications }) => {
    const where = [country, location].filter((x) => x !== undefined)
    const place = where.length === 2 ? `${where[0]} (${where[1]})` : (where[0] ?? '')
    const certified = certifications.length > 0 ? `certifié ${list(certifications)}` : ''
    return `${system}${t` : `}${[place, certified].filter((x) => x !== '').join(', ')}`
  },
  limits: (email) => [
    "Aucune sécurité n'est absolue. Si vous avez l'impression que vos données ne sont pas correctement protégées ou qu'il y a des indices d'abus, contactez-nous sans attendre",
    ...(email ? [" à l'adresse ", mailto(email)] : []),
    '.',
  ],
  breach: () =>
    `Si une violation de données se produit malgré tout, nous la notifions à l'Autorité de protection des données dans les meilleurs délais et, si possible, dans les 72 heures, à moins qu'elle ne soit pas susceptible d'engendrer un risque pour vous (${art('33')}). Si la violation est susceptible d'engendrer un risque élevé pour vos droits et libertés, nous vous en informons également directement dans les meilleurs délais, en expliquant ce qui s'est passé et les mesures que nous prenons (${art('34')}).`,
  breachPromise: (hours) =>
    `Si une violation de données est susceptible de vous concerner, nous vous en informons personnellement${hours ? `, dans les ${hours} heures après l'avoir constatée` : ''}.`,
}

export const other: OtherWording = {
  cookiePolicy: (url) => [
    'Les cookies et techniques similaires que nous utilisons sur notre site web, ainsi que la manière de les gérer, sont décrits dans notre ',
    { link: url, text: 'politique en matière de cookies' },
    '.',
  ],
  cookiesUsed: () =>
    "Notre site web utilise des cookies et des techniques similaires. Nous ne déposons les cookies qui ne sont pas strictement nécessaires à son fonctionnement qu'avec votre consentement préalable, que vous pouvez retirer à tout moment aussi simplement que vous l'avez donné.",
  noCookies: () => "Notre site web ne dépose pas de cookies et n'utilise pas de techniques similaires.",
  cookieInventory: (necessaryOnly) =>
    necessaryOnly
      ? 'Notre site web dépose uniquement les cookies suivants, strictement nécessaires à son fonctionnement. Ceux-ci ne requièrent pas votre consentement.'
      : t`Notre site web dépose les cookies suivants. Nous déposons les cookies strictement nécessaires sans votre consentement ; tous les autres uniquement avec votre consentement préalable, que vous pouvez retirer à tout moment aussi simplement que vous l'avez donné.`,
  cookieHead: ['Cookie', 'Déposé par', 'Finalité', 'Durée de conservation'],
  cookiePurpose: (purpose) =>
    ({
      strictly_necessary: 'Strictement nécessaire',
      functional: 'Fonctionnel (préférences)',
      analytics: 'Statistiques',
      marketing: 'Marketing',
    })[purpose],
  cookieParty: (party, provider, country) =>
    party === 'first'
      ? `Nous-mêmes${provider ? `, via ${provider}` : ''}`
      : `${provider ?? 'Un tiers'} (tiers${country ? `, ${country}` : ''})`,
  minors: (age) => [
    `Nos services ne s'adressent pas aux enfants de moins de ${age} ans. Nous ne collectons pas sciemment de données à caractère personnel d'enfants n'ayant pas atteint cet âge sans le consentement d'un parent ou d'un tuteur.`,
    ...(age === 13
      ? [
          'Cet âge est celui que fixe la loi belge du 30 juillet 2018 (art. 7) pour le consentement aux services en ligne.',
        ]
      : age > 13
        ? [
            t`En Belgique, les jeunes peuvent consentir eux-mêmes aux services en ligne dès 13 ans (art. 7 de la loi du 30 juillet 2018) ; nous appliquons l'âge plus strict de ${age} ans.`,
          ]
        : []),
    t`Si vous pensez que nous avons malgré tout collecté des données d'un enfant sans ce consentement, contactez-nous ; nous effacerons alors ces données.`,
  ],
  thirdPartyLinks: () => [
    t`Notre site web contient des liens vers des sites de tiers. Nous ne sommes pas responsables de la manière dont ces sites traitent les données à caractère personnel : leurs propres déclarations de confidentialité s'appliquent.`,
  ],
  changes: (where, subscribable) => [
    'Nous pouvons modifier la présente déclaration de confidentialité, par exemple lorsque nos traitements ou la législation évoluent.',
    ...(where ? [' La version la plus récente est toujours disponible sur ', webLink(where), '.'] : []),
    ...(where && subscribable
      ? [
          t` Sur cette page, vous pouvez laisser votre adresse e-mail ; nous vous préviendrons lorsque nous publierons une modification importante.`,
        ]
      : []),
  ],
  version: (version, date) =>
    version !== undefined && date
      ? `Version ${version}, en vigueur depuis le ${date}.`
      : version !== undefined
        ? `Version ${version}.`
        : `En vigueur depuis le ${date}.`,
  draft: () => 'Projet, pas encore publié.',
}
