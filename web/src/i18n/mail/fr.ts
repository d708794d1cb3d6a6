import type { mailNl } from './nl'

/** French texts of the installation's mail server and mail. */
export const mailFr: typeof mailNl = {
  server: {
    title: 'Serveur de messagerie de l’installation',
    intro:
      'Custos envoie par ce serveur les e-mails de toutes les organisations de cette installation. Chaque organisation signe ses e-mails de son nom et de son contact vie privée ; l’adresse d’expéditeur ci-dessous reste la même.',
    adminOnly: 'Seuls les administrateurs de l’installation voient et modifient ceci.',
    sources: {
      settings: 'Configuré sur cette page.',
      environment: 'Configuré par l’environnement (CUSTOS_SMTP_URL). Ce que vous enregistrez ici prévaut.',
      none: 'Aucun serveur de messagerie n’est configuré : les e-mails sont retenus dans la boîte d’envoi jusqu’à ce que vous en configuriez un.',
    },
    host: 'Serveur (hôte)',
    hostHint: 'Par exemple smtp.votrefournisseur.be',
    port: 'Port',
    portHint: 'En général 587 (STARTTLS) ou 465 (TLS).',
    security: 'Sécurité',
    securities: {
      starttls: 'STARTTLS (port 587)',
      tls: 'TLS dès le départ (port 465)',
      none: 'Aucune (seulement sur un réseau de confiance)',
    },
    user: 'Nom d’utilisateur',
    password: 'Mot de passe',
    passwordKept: 'Laissez vide pour garder le mot de passe enregistré.',
    mailFrom: 'Adresse d’expéditeur',
    mailFromHint:
      'Par exemple Vie privée <privacy@votredomaine.be>. Les e-mails d’une organisation portent son nom.',
    save: 'Enregistrer le serveur',
    saved: 'Enregistré. Les e-mails retenus sont maintenant envoyés.',
    remove: 'Effacer la configuration',
    removed: 'Effacé. L’environnement s’applique à nouveau.',
    testTitle: 'Message de test',
    testTo: 'Envoyer à',
    testOrganization: 'Signé par',
    testSend: 'Envoyer un message de test',
    testSent: 'Le serveur de messagerie a accepté le message de test (expéditeur : {{from}}).',
  },
  outbox: {
    title: 'E-mails de l’installation',
    intro:
      'Les e-mails qui n’appartiennent à aucune organisation, comme les liens de réinitialisation de mot de passe. Seuls les administrateurs de l’installation les voient.',
    noServer:
      'Aucun serveur de messagerie n’est configuré : ces e-mails n’ont pas été envoyés. Ne transmettez un lien de réinitialisation qu’à la personne elle-même, par un canal sûr.',
    empty: 'Aucun e-mail.',
    showText: 'Afficher le texte',
  },
}
